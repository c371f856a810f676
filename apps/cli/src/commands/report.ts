import { createRequire } from "../node-module.js";
import { join } from "node:path";
import type { CommandInput } from "../command-spec.js";
import { cacheFolder, loadBundle } from "../compiled-code-cache.js";
import type { ExitCode } from "../exit-codes.js";
import type * as Report from "../report/run-report.js";

/**
 * `lac report`: its code, with the chart library (Vega, Vega-Lite, resvg) and the Word and HTML writers, is
 * in its own bundle (dist/report.cjs), loaded only when the command runs.
 */
export async function run(input: CommandInput): Promise<ExitCode> {
  const file = join(__dirname, "report.cjs");
  // Through lac's own code cache on every Node.js (its own files, "report-…", beside the commands' ones): the
  // bundle is large, and compiling it was a tenth of a report's time. Node's compile cache is not enough: it is
  // written when the file is compiled, before the functions a report runs have been compiled.
  if (cacheFolder(process.env) === undefined) {
    const bundle = createRequire(file)(file) as typeof Report;
    return bundle.runReport(input);
  }
  const loaded = loadBundle<typeof Report>(file, "report", process.env);
  const code = await loaded.exports.runReport(input);
  loaded.saveCache();
  return code;
}
