import type { CouncilConfigResult } from "./config-problem.js";
import { placedResult, readCouncilYaml, type ParseCouncilConfigOptions } from "./read-council-yaml.js";
import { validateCouncilConfig } from "./validate-council-config.js";

export {
  MAX_ALIAS_COUNT,
  MAX_CONFIG_TEXT_LENGTH,
  readCouncilYaml,
  readCouncilYamlWithDocument,
} from "./read-council-yaml.js";
export type { CouncilYaml, ParseCouncilConfigOptions, ReadCouncilYamlResult } from "./read-council-yaml.js";

/**
 * Reads the text of a `lac.config.yaml` file and validates it.
 *
 * Every error and warning has a path and the 1-based line and column of the offending YAML node
 * (of the parent mapping for a missing key, of the key itself for an unknown key).
 * It never throws for bad input: syntax errors, duplicate keys, alias bombs, an empty file, a root
 * that is not a mapping, and something other than text (bytes read without an encoding: a
 * `wrong-type` error for the whole file) are all returned as errors.
 *
 * @param text - The text of the file, read with an encoding: `readFileSync(path, "utf8")`.
 * @param options - `fileName` (default `"lac.config.yaml"`), used in messages about the whole file.
 * @throws {TypeError} Only for a programming mistake in the options: `options` that is not an object,
 * or a `fileName` that is not text.
 */
export function parseCouncilConfig(
  text: string,
  options: ParseCouncilConfigOptions = {},
): CouncilConfigResult {
  const read = readCouncilYaml(text, options);
  if (!read.ok) return read;
  return placedResult(read, validateCouncilConfig(read.data, { cap: false }));
}
