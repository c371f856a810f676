// lac report's own bundle (report.cjs): the command, with the chart library (Vega, Vega-Lite) and the Word and
// HTML writers. bin.ts loads it instead of commands.cjs when lac report runs, as it loads validate.cjs for lac
// validate: loading commands.cjs only to find lac report's code there was a twentieth of a report's time.
import { mainOf } from "./run-command.js";
import { runReport } from "./report/run-report.js";

export const main = mainOf({ report: () => Promise.resolve({ run: runReport }) });

/** For commands.cjs, which loads this bundle when lac report is run through it (commands/report.ts). */
export { runReport } from "./report/run-report.js";
