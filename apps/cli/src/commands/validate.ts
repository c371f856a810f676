import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseCouncilConfigQuickly } from "@lac/council/quick";
import { loadCouncilSchemas } from "../council-schemas-loader.js";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { FOLDER_NOT_FILE, MAX_TEXT_FILE_BYTES, decodeText, readTextFile } from "../read-text-file.js";
import { problemLines, problemsJson } from "../report-problems.js";
import { createStyle } from "../style.js";

export async function run({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  // "-" reads the configuration from standard input: cat lac.config.yaml | lac validate -
  const fromStdin = positionals[0] === "-";
  const fileName = fromStdin ? "<stdin>" : (positionals[0] ?? "lac.config.yaml");
  const style = createStyle(io.color && !options.json);
  // A person who typed lac validate - at a terminal would otherwise see nothing while lac waits.
  if (fromStdin && io.stdinIsTerminal?.() === true)
    io.stderr.write(
      "lac validate - reads the configuration from standard input: paste it, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows). Or give its file: lac validate lac.config.yaml.\n",
    );
  const read =
    fromStdin && io.readStdin
      ? await io.readStdin(MAX_TEXT_FILE_BYTES + 1).then(
          (bytes) => decodeText(bytes, "standard input"),
          (error: unknown) => ({
            ok: false as const,
            message: `standard input cannot be read (${error instanceof Error ? error.message : String(error)}).`,
          }),
        )
      : await readTextFile(
          resolve(io.cwd, fileName),
          fileName,
          "Run lac init to create one, or give the file: lac validate <file>, or lac validate - to read standard input.",
        );
  if (!read.ok) {
    // A pack folder given instead of its configuration: name the file to give.
    const packConfig = join(fileName, "lac.config.yaml");
    const message =
      !fromStdin && read.message.endsWith(FOLDER_NOT_FILE) && existsSync(resolve(io.cwd, packConfig))
        ? `${read.message.slice(0, -1)}: the pack's configuration is ${packConfig} (lac validate ${packConfig}).`
        : read.message;
    if (options.json)
      io.stdout.write(
        `${JSON.stringify({ ok: false, file: fileName, valid: false, errors: [{ file: fileName, message }], warnings: [] }, null, 2)}\n`,
      );
    else io.stderr.write(`${style.red("error")} ${message}\n`);
    return ExitCode.failed;
  }
  // A valid configuration is told without zod; one with a problem is explained by zod.
  const result =
    parseCouncilConfigQuickly(read.text, { fileName }) ??
    (await loadCouncilSchemas()).parseCouncilConfig(read.text, { fileName });
  const errors = result.ok ? [] : result.errors;
  const warnings = result.warnings ?? [];
  if (options.json) {
    const report = {
      ok: result.ok,
      file: fileName,
      valid: result.ok,
      errors: problemsJson(errors, fileName),
      warnings: problemsJson(warnings, fileName),
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return result.ok ? ExitCode.ok : ExitCode.failed;
  }
  const all = [...errors, ...warnings];
  if (all.length > 0) io.stderr.write(`${problemLines(all, fileName, style)}\n`);
  const summary = `${errors.length} ${errors.length === 1 ? "error" : "errors"}, ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}`;
  if (result.ok) io.stdout.write(`${style.green("✓")} ${fileName} is valid (${summary}).\n`);
  else io.stderr.write(`${style.red("✗")} ${fileName} is not valid (${summary}).\n`);
  return result.ok ? ExitCode.ok : ExitCode.failed;
}
