// Writes the JSON Schema of lac.config.yaml next to the built code: dist/lac.config.schema.json.
// Run after tsup (see the "build" script); the package exports it as @lac/council/lac.config.schema.json.
import { writeFileSync } from "node:fs";
import process from "node:process";
import { URL } from "node:url";
import { councilConfigJsonSchema } from "../dist/index.js";

const target = new URL("../dist/lac.config.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(councilConfigJsonSchema(), null, 2)}\n`);
process.stdout.write("wrote dist/lac.config.schema.json\n");
