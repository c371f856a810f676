import nodeModule from "node:module";
import { join } from "node:path";
import type { CommandInput } from "../command-spec.js";
import type { ExitCode } from "../exit-codes.js";
import type * as Report from "../report/run-report.js";

/**
 * `lac report`: its code, with the chart library (Vega, Vega-Lite, resvg) and the Word and HTML writers, is
 * in its own bundle (dist/report.cjs), loaded only when the command runs.
 */
export async function run(input: CommandInput): Promise<ExitCode> {
  const file = join(__dirname, "report.cjs");
  const bundle = nodeModule.createRequire(file)(file) as typeof Report;
  return bundle.runReport(input);
}
