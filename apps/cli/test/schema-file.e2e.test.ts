import { parseBases } from "@lac/pack-files";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { councilConfigJsonSchema } from "@lac/council";
import { afterAll, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

// The build writes the JSON Schema text once (tsup.config.ts: dist/lac.config.schema.json), and lac
// copies that text into each pack and prints it with lac schema: it must be the text of the council's
// zod schema, as lac made it at run time before.
const expected = `${JSON.stringify(councilConfigJsonSchema(), null, 2)}\n`;
const distFile = fileURLToPath(new URL("../dist/lac.config.schema.json", import.meta.url));

describe("the JSON Schema file made at build time", () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  it("is the text of the council's zod schema", () => {
    expect(readFileSync(distFile, "utf8")).toBe(expected);
  });

  it("is what lac schema prints", () => {
    const run = runLac(["schema"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it("is what lac init writes into the pack, with its base in .lac/bases", () => {
    const run = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    expect(run.status).toBe(0);
    expect(readFileSync(join(folder.dir, "pack/.lac/lac.config.schema.json"), "utf8")).toBe(expected);
    const bases = parseBases(readFileSync(join(folder.dir, "pack/.lac/bases"), "utf8"));
    expect(bases.ok && bases.bases[".lac/lac.config.schema.json"]).toBe(expected);
  });
});
