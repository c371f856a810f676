import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CouncilConfig } from "@lac/council";
import { parseCouncilConfig } from "@lac/council";

const require = createRequire(import.meta.url);

/** A bundled example configuration of @lac/council, parsed and validated. */
export function exampleConfig(
  name: "brackenford" | "cwm-teg" | "wendleshire" | "hollinbrook" | "kingsmere",
): CouncilConfig {
  const file = require.resolve(`@lac/council/examples/${name}.lac.config.yaml`);
  const result = parseCouncilConfig(readFileSync(file, "utf8"), { fileName: file });
  if (!result.ok) throw new Error(`The example ${name} does not parse: ${JSON.stringify(result.errors)}`);
  return result.config;
}
