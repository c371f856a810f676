import { join, resolve } from "node:path";
import { shownPath } from "../shown-path.js";
import { parseCouncilConfigQuickly } from "@lac/council/quick";
import type { CommandInput } from "../command-spec.js";
import { loadCouncilSchemas } from "../council-schemas-loader.js";
import { ExitCode } from "../exit-codes.js";
import { CONFIG_FILE, writePackFlow } from "../pack-output.js";
import { notAFolder } from "../pack-folder.js";
import { readTextFile } from "../read-text-file.js";
import { problemLines, problemsJson } from "../report-problems.js";
import { createStyle } from "../style.js";

/** How `lac update` differs from `lac generate`: it says which release of the templates it moves to. */
export interface RenderAgainOptions {
  readonly releaseNotes: boolean;
}

export async function run(input: CommandInput): Promise<ExitCode> {
  return renderAgain(input, { releaseNotes: false });
}

/**
 * Reads lac.config.yaml, renders the pack again and merges it into the files as the council left them:
 * `lac generate` (the configuration changed) and `lac update` (the templates changed) alike.
 */
export async function renderAgain(
  { positionals, options, io }: CommandInput,
  { releaseNotes }: RenderAgainOptions,
): Promise<ExitCode> {
  const json = options.json === true;
  const style = createStyle(io.color && !json);
  const conflicts = options.conflicts;
  if (conflicts !== undefined && conflicts !== "markers" && conflicts !== "refuse") {
    const message = `--conflicts must be "markers" (write both sides with conflict markers) or "refuse" (write nothing; the default), not ${JSON.stringify(conflicts)}.`;
    if (json)
      io.stdout.write(`${JSON.stringify({ ok: false, stage: "usage", errors: [{ message }] }, null, 2)}\n`);
    else io.stderr.write(`${style.red("error")} ${message}\n`);
    return ExitCode.usage;
  }
  const targetDir = resolve(io.cwd, positionals[0] ?? ".");
  const shownDir = shownPath(io.cwd, positionals[0] ?? ".");
  const shownConfig = shownDir === "." ? CONFIG_FILE : join(shownDir, CONFIG_FILE);
  const read = await readTextFile(
    join(targetDir, CONFIG_FILE),
    shownConfig,
    `Run lac init${shownDir === "." ? "" : ` ${shownDir}`} to create it.`,
  );
  if (!read.ok) {
    // A pack folder given that is a file, or is not there, is most likely a typo: say so, rather than
    // "cannot be read (ENOTDIR)" or only "run lac init" there.
    const notFolder = positionals[0] === undefined ? undefined : notAFolder(targetDir, shownDir);
    const message =
      notFolder === undefined
        ? read.message
        : `${notFolder}: give the pack folder (the folder of lac.config.yaml), ${
            notFolder.endsWith("does not exist")
              ? `or run lac init ${shownDir} to start a new pack there.`
              : "or leave it out to use the current folder."
          }`;
    if (json)
      io.stdout.write(
        `${JSON.stringify({ ok: false, stage: "config", errors: [{ file: shownConfig, message }] }, null, 2)}\n`,
      );
    else io.stderr.write(`${style.red("error")} ${message}\n`);
    return ExitCode.failed;
  }
  // A valid configuration is told without zod; zod (the council's schemas) explains a problem.
  const parsed =
    parseCouncilConfigQuickly(read.text, { fileName: shownConfig }) ??
    (await loadCouncilSchemas()).parseCouncilConfig(read.text, { fileName: shownConfig });
  if (!parsed.ok) {
    if (json) {
      io.stdout.write(
        `${JSON.stringify({ ok: false, stage: "config", errors: problemsJson(parsed.errors, shownConfig) }, null, 2)}\n`,
      );
    } else {
      io.stderr.write(
        `${problemLines([...parsed.errors, ...(parsed.warnings ?? [])], shownConfig, style)}\n`,
      );
      io.stderr.write(`Fix ${shownConfig} (lac validate lists the same problems); nothing was written.\n`);
    }
    return ExitCode.failed;
  }
  if (!json && parsed.warnings.length > 0)
    io.stderr.write(`${problemLines(parsed.warnings, shownConfig, style)}\n`);
  return writePackFlow({
    command: releaseNotes ? "lac update" : "lac generate",
    config: parsed.config,
    targetDir,
    shownDir,
    configText: read.text,
    dryRun: options["dry-run"] === true,
    force: options.force === true,
    json,
    io,
    style,
    report: { warnings: problemsJson(parsed.warnings, shownConfig) },
    configSource: { name: shownConfig, text: read.text },
    conflicts: conflicts === "markers" ? "markers" : "refuse",
    diff: options.diff === true,
    releaseNotes,
  });
}
