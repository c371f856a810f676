// Telling a valid configuration without zod: the quick validator (quick-validate.ts) and the
// warnings. A configuration with a problem is left to zod (validate-council-config.ts), which
// explains it.
import { createProblem, type ConfigProblem, type CouncilConfigResult } from "./config-problem.js";
import { councilConfigWarnings, type Finding } from "./council-config-warnings.js";
import {
  placedResult,
  readCouncilYamlWithPlaces,
  type ParseCouncilConfigOptions,
} from "./read-council-yaml.js";
import { quickParseCouncilConfig } from "./quick-validate.js";

/** A warning finding as a problem (without a place in a file). */
export function warningProblem(finding: Finding): ConfigProblem {
  return createProblem({
    severity: "warning",
    code: finding.code,
    message: finding.message,
    path: finding.path,
    hint: finding.hint,
    fix: finding.fix,
  });
}

/**
 * What `validateCouncilConfig` gives for valid configuration data (the parsed configuration and its
 * warnings), told without zod; `undefined` when the data has a problem, which only
 * `validateCouncilConfig` (with zod) explains.
 */
export function validateCouncilConfigQuickly(value: unknown): CouncilConfigResult | undefined {
  const quick = quickParseCouncilConfig(value);
  if (quick === undefined) return undefined;
  return { ok: true, config: quick, warnings: councilConfigWarnings(quick).map(warningProblem) };
}

/**
 * What `parseCouncilConfig` gives for the text of a configuration, without zod, or `undefined` when
 * the configuration reads as YAML but has a problem that only `parseCouncilConfig` (with zod)
 * explains: call it then. A text that cannot be read as a configuration (a YAML syntax error, an
 * empty file, …) gives the same errors as `parseCouncilConfig`.
 */
export function parseCouncilConfigQuickly(
  text: string,
  options: ParseCouncilConfigOptions = {},
): CouncilConfigResult | undefined {
  // A whole configuration: its warnings are placed, so the places are read with the data.
  const read = readCouncilYamlWithPlaces(text, options);
  if (!read.ok) return read;
  const result = validateCouncilConfigQuickly(read.data);
  return result === undefined ? undefined : placedResult(read, result);
}
