import type { CouncilConfig } from "@lac/council";
import { COUNCIL_CONFIG_SCHEMA_PATH, stringifyCouncilConfig } from "@lac/council";
import type { RenderProblem } from "@lac/documents";
import { renderPack } from "@lac/documents";
import { markdownlintConfig, templateSet } from "@lac/templates";
import type { CliIo } from "./cli-io.js";
import { locateConfigPath } from "./locate-config-path.js";
import { loadDerivedFormats } from "./derived-formats/load-derived-formats.js";
import { councilConfigJsonSchemaText } from "./config-json-schema.js";
import { ExitCode } from "./exit-codes.js";
import {
  clearedStaleLockMessage,
  planPackWrite,
  readLacState,
  removeLeftoverTempFiles,
  withPackLock,
  writePack,
} from "./pack-files/index.js";
import type {
  PackFile,
  PackLockOwner,
  PackStateInput,
  PackWriteEntry,
  PackWritePlan,
} from "./pack-files/index.js";
import type { Style } from "./style.js";
import { LAC_VERSION } from "./version.js";

export const CONFIG_FILE = "lac.config.yaml";
export const SCHEMA_FILE = ".lac/lac.config.schema.json";

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*\n/;

/**
 * The text with `# yaml-language-server: $schema=…` (lac's schema file) as its first line. A byte-order
 * mark is dropped (it would otherwise end up after the new first line, in the middle of the file), and
 * the file keeps one kind of line ending: CRLF if the answers file used CRLF, LF otherwise.
 */
export function withSchemaLine(text: string): string {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const eol = withoutBom.includes("\r\n") ? "\r\n" : "\n";
  const lf = withoutBom.replace(/\r\n?/g, "\n");
  const line = `# yaml-language-server: $schema=${COUNCIL_CONFIG_SCHEMA_PATH}\n`;
  const result = SCHEMA_LINE.test(lf) ? lf.replace(SCHEMA_LINE, line) : `${line}\n${lf}`;
  return eol === "\n" ? result : result.replace(/\n/g, eol);
}

/** The pack's markdownlint settings: markdownlint's default rules, except line length. */
export const MARKDOWNLINT_FILE = ".markdownlint.jsonc";

export interface WritePackFlowOptions {
  readonly config: CouncilConfig;
  readonly targetDir: string;
  /** The command writing the pack, such as `lac generate`: written in the pack lock for a run that finds it taken. */
  readonly command: string;
  /** How the target folder is shown to people. */
  readonly shownDir: string;
  /** The text of lac.config.yaml as the person wrote it (generate), or undefined to write it from the configuration (init). */
  readonly configText?: string;
  readonly dryRun: boolean;
  readonly force: boolean;
  readonly json: boolean;
  readonly io: CliIo;
  readonly style: Style;
  /** Extra fields for the --json report. */
  readonly report?: Record<string, unknown>;
  /** The YAML the configuration came from (lac.config.yaml or an answers file), to locate problems in it. */
  readonly configSource?: { readonly name: string; readonly text: string };
}

function renderProblemLine(problem: RenderProblem): string {
  return problem.documentId ? `${problem.documentId}: ${problem.message}` : problem.message;
}

const ACTION_WORDS = {
  create: "create",
  unchanged: "unchanged",
  modify: "modify",
  conflict: "conflict",
} as const;

function entryLine(entry: PackWriteEntry, style: Style): string {
  const colour =
    entry.action === "conflict"
      ? style.red
      : entry.action === "unchanged"
        ? style.dim
        : entry.action === "create"
          ? style.green
          : style.yellow;
  const word = colour(ACTION_WORDS[entry.action].padEnd(9));
  const reason = entry.reason
    ? style.dim(` (${entry.reason}${entry.forced ? "; overwritten because of --force" : ""})`)
    : "";
  return `  ${word} ${entry.path}${reason}`;
}

function planLines(plan: PackWritePlan, style: Style): string {
  const lines = plan.entries.map((entry) => entryLine(entry, style));
  for (const file of plan.obsolete) {
    lines.push(
      `  ${style.dim("kept".padEnd(9))} ${file.path}${style.dim(" (no longer part of the pack; lac never deletes files)")}`,
    );
  }
  return lines.join("\n");
}

/** Renders the pack, plans the writes, and writes (or, with --dry-run, only shows) them. */
export async function writePackFlow(options: WritePackFlowOptions): Promise<ExitCode> {
  const { config, io, style, json } = options;
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  let renderWarnings: readonly { readonly code: string; readonly message: string }[] = [];
  /** What the run did to keep the pack whole, for the --json report. */
  const lockNotes: { clearedStaleLock?: PackLockOwner; removedTempFiles?: readonly string[] } = {};
  const report = (value: Record<string, unknown>) =>
    out(`${JSON.stringify({ ...options.report, renderWarnings, ...lockNotes, ...value }, null, 2)}\n`);

  const rendered = renderPack(config, templateSet);
  if (!rendered.ok) {
    if (json) report({ ok: false, stage: "render", errors: rendered.errors });
    else {
      err(`${style.red("error")} the pack could not be rendered:\n`);
      err(`${rendered.errors.map((problem) => `  ${renderProblemLine(problem)}`).join("\n")}\n`);
    }
    return ExitCode.failed;
  }

  for (const warning of rendered.warnings) {
    if (!json) err(`${style.yellow("warning")} ${warning.message}\n`);
  }
  renderWarnings = rendered.warnings;

  const files: PackFile[] = [];
  // generate keeps lac.config.yaml as the person wrote it: it stays in the pack, unchanged, so that
  // lac keeps recording it.
  files.push({ path: CONFIG_FILE, content: options.configText ?? stringifyCouncilConfig(config) });
  files.push({ path: SCHEMA_FILE, content: councilConfigJsonSchemaText });
  files.push({ path: MARKDOWNLINT_FILE, content: markdownlintConfig });
  for (const document of rendered.documents) files.push({ path: document.path, content: document.content });
  // Word and HTML are made from the Markdown; their writers are loaded only when asked for.
  if (config.output.formats.some((format) => format !== "markdown")) {
    const derived = await loadDerivedFormats().derivePackFiles({
      config,
      documents: rendered.documents,
      phases: rendered.phases,
      templateSet: rendered.templateSet,
      packDir: options.targetDir,
    });
    if (!derived.ok) {
      const { path, message } = derived.problem;
      const pathText = path.join(".");
      const place = options.configSource ? locateConfigPath(options.configSource.text, path) : undefined;
      const where =
        options.configSource && place ? `${options.configSource.name}:${place.line}:${place.column} ` : "";
      if (json)
        report({
          ok: false,
          stage: "formats",
          errors: [
            {
              ...(place && options.configSource ? { file: options.configSource.name, ...place } : {}),
              path: pathText,
              message,
            },
          ],
        });
      else err(`${where}${style.red("error")} ${pathText}: ${message} Nothing was written.\n`);
      return ExitCode.failed;
    }
    files.push(...derived.files);
  }

  if (options.dryRun) return planAndWrite(options, files, rendered.templateSet, report, lockNotes);

  const locked = await withPackLock(
    options.targetDir,
    { command: options.command, shownDir: options.shownDir },
    async (lock) => {
      if (lock.clearedStale !== undefined) {
        lockNotes.clearedStaleLock = lock.clearedStale;
        if (!json) err(`${style.yellow("note")} ${clearedStaleLockMessage(lock.clearedStale)}\n`);
      }
      return planAndWrite(options, files, rendered.templateSet, report, lockNotes);
    },
  );
  if (locked.ok) return locked.value;
  if (json) report({ ok: false, stage: "lock", errors: [locked.error] });
  else err(`${style.red("error")} ${locked.error.message} Nothing was written.\n`);
  return ExitCode.failed;
}

/** Reads the state file, plans the writes, and writes (or, with --dry-run, only shows) them. */
async function planAndWrite(
  options: WritePackFlowOptions,
  files: readonly PackFile[],
  templates: PackStateInput["templates"],
  report: (value: Record<string, unknown>) => unknown,
  lockNotes: { removedTempFiles?: readonly string[] },
): Promise<ExitCode> {
  const { config, io, style, json } = options;
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  const state = await readLacState(options.targetDir);
  if (!state.ok) {
    if (json) report({ ok: false, stage: "state", errors: [state.error] });
    else err(`${style.red("error")} ${state.error.message}\n`);
    return ExitCode.failed;
  }
  const planned = await planPackWrite({
    targetDir: options.targetDir,
    files,
    state: state.state,
    force: options.force,
  });
  if (!planned.ok) {
    if (json) report({ ok: false, stage: "plan", errors: planned.errors });
    else err(`${planned.errors.map((e) => `${style.red("error")} ${e.path}: ${e.message}`).join("\n")}\n`);
    return ExitCode.failed;
  }
  // lac.config.yaml is the input of generate, not part of what it writes: never call it obsolete.
  const plan = {
    ...planned.plan,
    obsolete: planned.plan.obsolete.filter((file) => file.path !== CONFIG_FILE),
  };
  const files_ = plan.entries.map(({ path, action, reason, forced }) => ({ path, action, reason, forced }));
  const conflicts = plan.entries.filter((entry) => entry.action === "conflict");

  if (options.dryRun) {
    if (json)
      report({
        ok: conflicts.length === 0,
        dryRun: true,
        dir: options.shownDir,
        files: files_,
        obsolete: plan.obsolete,
        summary: plan.summary,
      });
    else {
      out(
        `${style.bold("Dry run:")} nothing is written. In ${options.shownDir}, lac would:\n${planLines(plan, style)}\n`,
      );
      if (conflicts.length > 0) {
        out(
          `\n${conflicts.length} ${conflicts.length === 1 ? "conflict" : "conflicts"}: a real run would write nothing. Use --force to overwrite.\n`,
        );
      }
    }
    return conflicts.length === 0 ? ExitCode.ok : ExitCode.failed;
  }

  if (conflicts.length > 0) {
    if (json)
      report({ ok: false, stage: "conflicts", dir: options.shownDir, files: files_, summary: plan.summary });
    else {
      err(
        `${style.red("error")} ${conflicts.length} ${conflicts.length === 1 ? "file holds" : "files hold"} work that lac did not write, so lac wrote nothing:\n`,
      );
      err(`${conflicts.map((entry) => entryLine(entry, style)).join("\n")}\n`);
      err(`Move ${conflicts.length === 1 ? "it" : "them"} aside, or run again with --force to overwrite.\n`);
    }
    return ExitCode.failed;
  }

  // A run killed while writing leaves its temporary files; this run holds the lock, so any there are not
  // another run's.
  const leftovers = await removeLeftoverTempFiles(options.targetDir, [
    ...plan.entries.map((entry) => entry.path),
    ...Object.keys(state.state?.files ?? {}),
  ]);
  if (leftovers.removed.length > 0) {
    lockNotes.removedTempFiles = leftovers.removed;
    if (!json) {
      const count = leftovers.removed.length;
      err(
        `${style.yellow("note")} removed ${count === 1 ? "a temporary file" : `${count} temporary files`} left by an earlier lac run that stopped while writing: ${leftovers.removed.join(", ")}\n`,
      );
    }
  }

  const written = await writePack({
    targetDir: options.targetDir,
    plan,
    state: { lacVersion: LAC_VERSION, templates, answers: config },
  });
  if (!written.ok) {
    if (json) report({ ok: false, stage: "write", errors: [written.error] });
    else err(`${style.red("error")} ${written.error.message}\n`);
    return ExitCode.failed;
  }
  if (json) {
    report({
      ok: true,
      dir: options.shownDir,
      files: files_,
      obsolete: plan.obsolete,
      summary: plan.summary,
    });
    return ExitCode.ok;
  }
  out(`${planLines(plan, style)}\n\n`);
  const { summary } = plan;
  out(
    `${style.green("✓")} ${options.shownDir}: ${summary.create} created, ${summary.modify} updated, ${summary.unchanged} unchanged.\n`,
  );
  out(
    `Start with ${style.bold(`${options.shownDir === "." ? "" : `${options.shownDir}/`}README.md`)}. Every document is a draft for local legal, HR and information-governance review.\n`,
  );
  return ExitCode.ok;
}
