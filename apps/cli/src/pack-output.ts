import type { CouncilConfig } from "@lac/council/quick";
import { COUNCIL_CONFIG_SCHEMA_PATH } from "@lac/council/quick";
import type { RenderProblem, TemplateSet } from "@lac/documents/render";
import { renderPack } from "@lac/documents/render";
import { CONFIG_FILE, MARKDOWNLINT_FILE, SCHEMA_FILE, mergedTextFiles } from "@lac/pack-files";
import type { CliIo } from "./cli-io.js";
import { locateConfigPath } from "./locate-config-path.js";
import { planDerivedFiles } from "./derived-formats/derived-files-plan.js";
import { loadDerivedFormats } from "./derived-formats/load-derived-formats.js";
import { councilConfigJsonSchemaFile } from "./config-json-schema.js";
import { loadCouncilSchemas } from "./council-schemas-loader.js";
import { loadDocuments } from "./documents-loader.js";
import { ExitCode } from "./exit-codes.js";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  LAC_STATE_PATH,
  LAC_STATE_VERSION,
  clearedStaleLockMessage,
  hashContent,
  PackFileLooks,
  planPackWrite,
  readLacState,
  removeLeftoverTempFiles,
  withPackLock,
  writePack,
} from "./pack-files/index.js";
import type { ObsoleteFile, PackFile, PackLockOwner, PackWriteEntry } from "./pack-files/index.js";
import { RenderedText, textOf } from "./pack-files/rendered-text.js";
import { installedTemplates } from "./pack-merge/installed-templates.js";
import { loadMerge } from "./pack-merge/load-merge.js";
import {
  BASES_FILE,
  isBasesRecord,
  mergePackFiles,
  removePending,
  stateForPlan,
  writePending,
  type FileMerge,
} from "./pack-merge/merge-pack-files.js";
import { releasesBetween } from "./pack-merge/release-notes.js";
import { changedOverrides } from "./template-overrides/changed-overrides.js";
import { councilTemplateSet, overrideProblemPlace } from "./template-overrides/council-template-set.js";
import type { Style } from "./style.js";
import { LAC_VERSION } from "./version.js";
import { lendReadBuffer } from "./compiled-code-cache.js";
import { rendersManyAgreements, setRepeatedRenderFlags } from "./v8-run-flags.js";

export { CONFIG_FILE, MARKDOWNLINT_FILE, SCHEMA_FILE };

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

/**
 * Whether the template set's manifest was checked when the set was built (as the bundled templates'
 * is): @lac/documents/render renders it without zod. Any other manifest (council templates that add
 * documents) is checked with zod, which the main entry of @lac/documents loads.
 */
function manifestChecked(templateSet: TemplateSet): boolean {
  const { manifest, checkedManifest } = templateSet as { manifest?: unknown; checkedManifest?: unknown };
  return typeof manifest === "object" && manifest !== null && checkedManifest === manifest;
}

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
  /** `markers`: write conflicts with git-style conflict markers instead of writing nothing. */
  readonly conflicts?: "refuse" | "markers";
  /** Show a unified diff of each file that would change (with --dry-run) or changed. */
  readonly diff?: boolean;
  /** lac update: say which release of the templates the pack moves from and to, and what changed. */
  readonly releaseNotes?: boolean;
  /**
   * Encode the documents into the buffer lac read its own code into (`lendReadBuffer`): for lac init,
   * which reads no pack file into it afterwards unless the folder already holds one.
   */
  readonly lendReadBuffer?: boolean;
}

function renderProblemLine(problem: RenderProblem): string {
  return problem.documentId ? `${problem.documentId}: ${problem.message}` : problem.message;
}

/** What lac does to one file, as people are told: a merge status, or the plan's action for other files. */
export type FileStatus = "create" | "unchanged" | "update" | "merged" | "conflict";

interface FileReport {
  readonly path: string;
  readonly status: FileStatus;
  /** The plan's action (create, unchanged, modify, conflict), as earlier versions of lac reported it. */
  readonly action: PackWriteEntry["action"];
  readonly reason?: string;
  readonly forced?: true;
  /** Lines of each conflict: in the file as it is (`current`) and, with markers, in the file written. */
  readonly conflicts?: readonly {
    readonly lines: string;
    readonly markedLines?: string;
  }[];
  /** Written with conflict markers. */
  readonly markers?: true;
}

const lineRange = (start: number, end: number) => (end <= start ? `line ${start}` : `lines ${start}-${end}`);

function fileReport(entry: PackWriteEntry, merge: FileMerge | undefined, markers: boolean): FileReport {
  const { path, action, reason, forced } = entry;
  const base = { path, action, ...(reason ? { reason } : {}), ...(forced ? { forced } : {}) };
  if (merge?.status === "conflict") {
    return {
      path,
      action,
      status: "conflict",
      ...(merge.reason ? { reason: merge.reason } : {}),
      ...(merge.conflicts
        ? {
            conflicts: merge.conflicts.map((conflict) => ({
              lines: lineRange(conflict.currentStart, conflict.currentEnd),
              ...(markers ? { markedLines: lineRange(conflict.markedStart, conflict.markedEnd) } : {}),
            })),
          }
        : {}),
      ...(markers && merge.base !== undefined ? { markers: true as const } : {}),
    };
  }
  if (action === "conflict") return { ...base, status: "conflict" };
  if (action === "create") return { ...base, status: "create" };
  if (action === "unchanged") return { ...base, status: "unchanged" };
  return { ...base, status: merge?.status === "merged" ? "merged" : "update" };
}

/** A conflict that stops the whole run: anything but a merge conflict written with markers. */
const blocks = (file: FileReport) => file.status === "conflict" && file.markers !== true;

function fileLine(file: FileReport, style: Style): string {
  const colour =
    file.status === "conflict"
      ? style.red
      : file.status === "unchanged"
        ? style.dim
        : file.status === "create"
          ? style.green
          : style.yellow;
  const word = colour(file.status.padEnd(9));
  const detail = [
    ...(file.reason ? [`${file.reason}${file.forced ? "; overwritten because of --force" : ""}`] : []),
    ...(file.conflicts ?? []).map(
      (conflict) =>
        `${conflict.lines}: your edits and the new render change the same lines` +
        (conflict.markedLines ? `; markers at ${conflict.markedLines}` : ""),
    ),
  ];
  return `  ${word} ${file.path}${detail.length > 0 ? style.dim(` (${detail.join("; ")})`) : ""}`;
}

function obsoleteLine(file: ObsoleteFile, style: Style): string {
  return `  ${style.dim("obsolete".padEnd(9))} ${file.path}${style.dim(" (no longer part of the pack; lac never deletes files)")}`;
}

function planLines(files: readonly FileReport[], obsolete: readonly ObsoleteFile[], style: Style): string {
  return [
    ...files.map((file) => fileLine(file, style)),
    ...obsolete.map((file) => obsoleteLine(file, style)),
  ].join("\n");
}

function countStatuses(files: readonly FileReport[], obsolete: readonly ObsoleteFile[]) {
  const count = (status: FileStatus) => files.filter((file) => file.status === status).length;
  return {
    unchanged: count("unchanged"),
    update: count("update"),
    merged: count("merged"),
    conflict: count("conflict"),
    create: count("create"),
    obsolete: obsolete.length,
  };
}

/**
 * The hash of each Word or HTML file (a path of `sources`, the derived record) that the plan writes, for
 * the pending record: a run killed after writing one then leaves it as lac's, not as a file edited since.
 */
function derivedWrites(
  entries: readonly PackWriteEntry[],
  sources: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const written: Record<string, string> = {};
  if (sources === undefined) return written;
  for (const entry of entries) {
    if ((entry.action === "create" || entry.action === "modify") && Object.hasOwn(sources, entry.path))
      written[entry.path] = hashContent(entry.content);
  }
  return written;
}

/** Text lac merges: everything it renders as text except the configuration, which is its input. */
function isMergedText(file: PackFile): file is { readonly path: string; readonly content: RenderedText } {
  return file.content instanceof RenderedText && file.path !== CONFIG_FILE;
}

/** What the run did to keep the pack whole, for the --json report. */
interface LockNotes {
  clearedStaleLock?: PackLockOwner;
  removedTempFiles?: readonly string[];
}

/**
 * Renders the pack, merges it with the files as the council left them (three ways, from the base lac
 * recorded), plans the writes, and writes (or, with --dry-run, only shows) them. A run that writes holds
 * the pack lock from reading the state to writing it, so that two runs at once cannot mix the pack.
 */
export async function writePackFlow(options: WritePackFlowOptions): Promise<ExitCode> {
  const { io, style, json } = options;
  const lockNotes: LockNotes = {};
  if (options.dryRun) return renderMergeAndWrite(options, lockNotes);

  const locked = await withPackLock(
    options.targetDir,
    { command: options.command, shownDir: options.shownDir },
    async (lock) => {
      if (lock.clearedStale !== undefined) {
        lockNotes.clearedStaleLock = lock.clearedStale;
        if (!json) io.stderr.write(`${style.yellow("note")} ${clearedStaleLockMessage(lock.clearedStale)}\n`);
      }
      return renderMergeAndWrite(options, lockNotes);
    },
  );
  if (locked.ok) return locked.value;
  if (json)
    io.stdout.write(
      `${JSON.stringify({ ...options.report, renderWarnings: [], ...lockNotes, ok: false, stage: "lock", errors: [locked.error] }, null, 2)}\n`,
    );
  else io.stderr.write(`${style.red("error")} ${locked.error.message} Nothing was written.\n`);
  return ExitCode.failed;
}

async function renderMergeAndWrite(options: WritePackFlowOptions, lockNotes: LockNotes): Promise<ExitCode> {
  const { config, io, style, json } = options;
  const markers = options.conflicts === "markers";
  const out = (text: string) => io.stdout.write(text);
  const err = (text: string) => io.stderr.write(text);
  let renderWarnings: readonly { readonly code: string; readonly message: string }[] = [];
  const report = (value: Record<string, unknown>) =>
    out(`${JSON.stringify({ ...options.report, renderWarnings, ...lockNotes, ...value }, null, 2)}\n`);

  const templates = installedTemplates(io.env);
  // The council's own templates (templates: in lac.config.yaml), compiled only when there are some.
  const own = councilTemplateSet(options.targetDir, ".", config.templates, templates.templateSet);
  if (!own.ok) {
    if (json) report({ ok: false, stage: "templates", errors: own.problems });
    else {
      err(
        `${own.problems.map((problem) => `${overrideProblemPlace(problem)} ${style.red("error")} ${problem.message}`).join("\n")}\n`,
      );
      err(`Fix the council's templates (paths are relative to the pack folder); nothing was written.\n`);
    }
    return ExitCode.failed;
  }
  // A set whose manifest was not checked when it was built is rendered by the main entry, which checks it.
  const render = manifestChecked(own.templateSet) ? renderPack : (await loadDocuments()).renderPack;
  // Many agreements from the same templates: V8's baseline compiler pays for itself (setRepeatedRenderFlags).
  if (rendersManyAgreements(config.partners.length)) setRepeatedRenderFlags();
  // Each document is kept as its UTF-8 bytes, which are hashed and written as they are (RenderedText).
  // lac init encodes them first into the buffer lac's code was read into (lendReadBuffer); lac generate
  // and lac update read every pack file afterwards, into that buffer, so they keep it.
  const rendered = render(
    config,
    own.templateSet,
    options.lendReadBuffer === true ? { utf8: true, utf8Buffer: lendReadBuffer } : { utf8: true },
  );
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

  const state = await readLacState(options.targetDir);
  if (!state.ok) {
    if (json) report({ ok: false, stage: "state", errors: [state.error] });
    else err(`${style.red("error")} ${state.error.message}\n`);
    return ExitCode.failed;
  }

  // The pack's files as @lac/pack-files lays them out (the web builder makes the same). generate keeps
  // lac.config.yaml as the person wrote it: it stays in the pack, unchanged, so that lac keeps recording it.
  const renderedFiles: PackFile[] = [
    {
      path: CONFIG_FILE,
      // Written from the configuration (with the schema's order and comments) only when it is not the text
      // the person wrote: the council's schemas are loaded only then.
      content: options.configText ?? (await loadCouncilSchemas()).stringifyCouncilConfig(config),
    },
    // The schema and the markdownlint settings, then the documents, as mergedTextFiles lays them out;
    // the documents' text is not read here (RenderedText holds their bytes), nor the schema's, whose bytes
    // are written as lac's dist folder holds them (councilConfigJsonSchemaFile).
    ...mergedTextFiles({
      schemaText: "",
      markdownlintConfig: templates.markdownlintConfig,
      documents: [],
    }).map((file) => ({
      path: file.path,
      content:
        file.path === SCHEMA_FILE ? councilConfigJsonSchemaFile() : RenderedText.ofString(file.content),
    })),
    ...rendered.documents.map((document) => ({
      path: document.path,
      content: RenderedText.ofDocument(document),
    })),
  ];

  const templatesLabel = `${rendered.templateSet.name} ${rendered.templateSet.version}`;
  // Merging and planning read the same files: each path is looked at on disk once (writePack looks again).
  const looked = new PackFileLooks();
  const merged = await mergePackFiles({
    looked,
    targetDir: options.targetDir,
    files: renderedFiles.filter(isMergedText),
    state: state.state,
    force: options.force,
    markers,
    labels: { current: "your edits", next: templatesLabel },
    loadMerge,
  });
  if (merged?.newerBases !== undefined) {
    const error = { code: "unsupported-bases-version", message: merged.newerBases, path: BASES_FILE };
    if (json) report({ ok: false, stage: "state", errors: [error] });
    else err(`${style.red("error")} ${merged.newerBases} Nothing was written.\n`);
    return ExitCode.failed;
  }
  const merges = merged?.merges;
  const mergeOf = new Map((merges ?? []).map((merge) => [merge.path, merge]));
  const mergedContent = <Content>(file: { readonly path: string; readonly content: Content }) =>
    mergeOf.get(file.path)?.content ?? file.content;

  const files: PackFile[] = renderedFiles.map((file) => ({ path: file.path, content: mergedContent(file) }));
  // What each Word and HTML file is made from, recorded in the state file (derived-source.ts).
  let derivedSources: Readonly<Record<string, string>> | undefined;
  // Word and HTML are made from the merged Markdown; their writers are loaded only when a file is to be
  // made, not for those kept as they are (made before from the same source).
  if (config.output.formats.some((format) => format !== "markdown")) {
    const documents = rendered.documents.map((document) => ({
      ...document,
      content: textOf(mergedContent(document)),
    }));
    const derived = planDerivedFiles({
      config,
      documents,
      phases: rendered.phases,
      templateSet: rendered.templateSet,
      packDir: options.targetDir,
      ...(state.state !== undefined ? { before: state.state } : {}),
      looked,
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
    const { kept, inputs, sources } = derived.plan;
    const toMake = documents.filter((_, index) => kept[index] === undefined);
    const made =
      toMake.length === 0
        ? []
        : await loadDerivedFormats().makeDerivedFiles({ ...inputs, documents: toMake });
    let next = 0;
    for (const keptFiles of kept) files.push(...(keptFiles ?? made[next++] ?? []));
    derivedSources = sources;
  }
  // The bases come after the files they belong to, so that a base is never newer than its file.
  if (merged?.basesFile !== undefined) files.push(merged.basesFile);

  const planState =
    merged === undefined
      ? state.state
      : await stateForPlan(
          options.targetDir,
          state.state,
          merged,
          {
            stateVersion: LAC_STATE_VERSION,
            lac: { version: LAC_VERSION },
            templates: { ...rendered.templateSet, sources: { ...templates.sourceHashes } },
            answers: null,
          },
          looked,
          derivedSources,
        );
  const planned = await planPackWrite({
    targetDir: options.targetDir,
    files,
    state: planState,
    force: options.force,
    looked,
  });
  if (!planned.ok) {
    if (json) report({ ok: false, stage: "plan", errors: planned.errors });
    else
      err(
        // A problem of the target folder itself ("." in --json) is said without a path before it.
        `${planned.errors.map((e) => `${style.red("error")} ${e.path === "." ? "" : `${e.path}: `}${e.message}`).join("\n")}\n`,
      );
    return ExitCode.failed;
  }
  // lac.config.yaml is the input of generate, not part of what it writes, and the bases are lac's own
  // records (the copies of the earlier layout included): never call them obsolete, nor list them.
  const plan = {
    ...planned.plan,
    obsolete: planned.plan.obsolete.filter((file) => file.path !== CONFIG_FILE && !isBasesRecord(file.path)),
  };
  // A bases record is shown only when it stops the run (read-only, say): the plan would refuse it anyway.
  const shownEntries = plan.entries.filter(
    (entry) => !isBasesRecord(entry.path) || entry.action === "conflict",
  );
  const shownFiles = shownEntries.map((entry) => fileReport(entry, mergeOf.get(entry.path), markers));
  const shownSummary = {
    ...plan.summary,
    ...Object.fromEntries(
      (["create", "unchanged", "modify", "conflict", "forced"] as const).map((key) => [
        key,
        key === "forced"
          ? shownEntries.filter((entry) => entry.forced === true).length
          : shownEntries.filter((entry) => entry.action === key).length,
      ]),
    ),
    obsolete: plan.obsolete.length,
  };
  const statuses = countStatuses(shownFiles, plan.obsolete);
  const blocking = shownFiles.filter(blocks);
  const previousTemplates = state.state?.templates;
  const release =
    options.releaseNotes === true && previousTemplates !== undefined
      ? {
          from: previousTemplates.version,
          to: rendered.templateSet.version,
          notes: releasesBetween(
            templates.changelog,
            previousTemplates.version,
            rendered.templateSet.version,
          ),
          // The bundled templates the council overrides that changed: their copies may need the change too.
          overridden: own.overridden,
          reviewOverrides: changedOverrides(
            own.overridden,
            previousTemplates.sources,
            templates.sourceHashes,
          ),
        }
      : undefined;

  const diffs = (): { path: string; diff: string }[] => {
    if (options.diff !== true) return [];
    const merge = loadMerge();
    const result: { path: string; diff: string }[] = [];
    for (const entry of shownEntries) {
      if (entry.action === "unchanged" || entry.action === "conflict") continue;
      const before = mergeOf.get(entry.path)?.current ?? "";
      result.push({
        path: entry.path,
        diff:
          typeof entry.content === "string" || entry.content instanceof RenderedText
            ? merge.unifiedDiff(entry.path, before, textOf(entry.content))
            : `Binary file ${entry.path} (made from its Markdown) would be ${entry.action === "create" ? "created" : "written again"}.\n`,
      });
    }
    return result;
  };
  const reviewText = () => {
    if (release === undefined || release.reviewOverrides.length === 0) return "";
    const lines = release.reviewOverrides.map(({ name, status }) =>
      status === "changed"
        ? `  ${name}.hbs changed in this release: compare your copy with the new one (lac templates show --bundled ${name}) and take what you need.`
        : `  ${name}.hbs: lac has no record of the bundled version your copy started from (the pack was written by an older lac); compare your copy with the bundled one (lac templates show --bundled ${name}).`,
    );
    return `${style.yellow("review")} your templates override bundled ones that may have changed; your copies are used as they are:\n${lines.join("\n")}\n`;
  };
  const releaseText = () => `${releaseNotesText()}${reviewText()}`;
  const releaseNotesText = () => {
    if (release === undefined) return "";
    if (release.from === release.to) return `The templates are still ${templatesLabel}.\n`;
    const head = `The templates move from ${rendered.templateSet.name} ${release.from} to ${release.to}.`;
    if (release.notes.length === 0)
      return `${head} Their changelog has no entry for the releases in between.\n`;
    return `${head} What changed:\n${release.notes
      .map((notes) => `\n## ${notes.version}\n\n${notes.text}\n`)
      .join("")}\n`;
  };
  const jsonBody = () => ({
    dir: options.shownDir,
    ...(release ? { templates: release } : {}),
    files: shownFiles,
    obsolete: plan.obsolete,
    summary: shownSummary,
    statuses,
    ...(options.diff === true ? { diffs: diffs() } : {}),
  });

  if (options.dryRun) {
    if (json) report({ ok: blocking.length === 0, dryRun: true, ...jsonBody() });
    else {
      out(releaseText());
      out(
        `${style.bold("Dry run:")} nothing is written. In ${options.shownDir}, lac would:\n${planLines(shownFiles, plan.obsolete, style)}\n`,
      );
      for (const { diff } of diffs()) out(`\n${diff}`);
      if (blocking.length > 0) {
        out(
          `\n${blocking.length} ${blocking.length === 1 ? "conflict" : "conflicts"}: a real run would write nothing. ${conflictAdvice(blocking, options.command, markers)}\n`,
        );
      }
    }
    return blocking.length === 0 ? ExitCode.ok : ExitCode.failed;
  }

  if (blocking.length > 0) {
    if (json) report({ ok: false, stage: "conflicts", ...jsonBody() });
    else {
      out(releaseText());
      err(
        `${style.red("error")} ${blocking.length} ${blocking.length === 1 ? "file has" : "files have"} a conflict, so lac wrote nothing:\n`,
      );
      err(`${blocking.map((file) => fileLine(file, style)).join("\n")}\n`);
      err(`${conflictAdvice(blocking, options.command, markers)}\n`);
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

  const hasWrites = plan.entries.some((entry) => entry.action !== "unchanged");
  if (hasWrites && merges !== undefined) {
    // Which base each new content comes from, for a run killed part-way (see PENDING_PATH).
    try {
      mkdirSync(join(options.targetDir, ".lac"), { recursive: true });
      await writePending(
        options.targetDir,
        merges,
        derivedWrites(plan.entries, derivedSources),
        merged?.pendingDerived,
        // Flushed to the disk only for a pack with a state file: a first run has no edits to protect
        // (see writePack).
        state.state !== undefined,
      );
    } catch (error) {
      const message = `lac could not write its record of this run under .lac (${(error as NodeJS.ErrnoException).code ?? String(error)}). Nothing was written.`;
      if (json) report({ ok: false, stage: "write", errors: [{ path: LAC_STATE_PATH, message }] });
      else err(`${style.red("error")} ${message}\n`);
      return ExitCode.failed;
    }
  }
  const written = await writePack({
    targetDir: options.targetDir,
    plan,
    state: {
      lacVersion: LAC_VERSION,
      templates: { ...rendered.templateSet, sources: { ...templates.sourceHashes } },
      answers: config,
      ...(derivedSources !== undefined ? { derived: derivedSources } : {}),
      ...(state.state !== undefined ? { before: state.state } : {}),
    },
  });
  if (!written.ok) {
    if (json) report({ ok: false, stage: "write", errors: [written.error] });
    else err(`${style.red("error")} ${written.error.message}\n`);
    return ExitCode.failed;
  }
  // Also the record of an earlier run that was killed: this run has finished its job.
  if (merges !== undefined) removePending(options.targetDir);
  if (json) {
    report({ ok: true, ...jsonBody() });
    return ExitCode.ok;
  }
  out(releaseText());
  out(`${planLines(shownFiles, plan.obsolete, style)}\n\n`);
  for (const { diff } of diffs()) out(`${diff}\n`);
  const withMarkers = shownFiles.filter((file) => file.markers === true);
  out(
    `${style.green("✓")} ${options.shownDir}: ${statuses.create} created, ${statuses.update} updated, ${statuses.merged} merged, ${statuses.unchanged} unchanged${withMarkers.length > 0 ? `, ${withMarkers.length} with conflict markers` : ""}.\n`,
  );
  if (withMarkers.length > 0) {
    out(
      `Resolve the conflict markers (<<<<<<<, =======, >>>>>>>) in ${withMarkers.map((file) => file.path).join(", ")}, keeping the text you want.\n`,
    );
  }
  const inDir = options.shownDir === "." ? "" : `${options.shownDir}/`;
  out(
    `Start with ${style.bold(`${inDir}README.md`)}: it says what each document is for and who reviews it. Every document is a draft for local legal, HR and information-governance review.\n`,
  );
  if (options.command === "lac init") {
    const dirArgument = options.shownDir === "." ? "" : ` ${shellWord(options.shownDir)}`;
    out(`To change an answer later, edit ${inDir}lac.config.yaml and run lac generate${dirArgument}.\n`);
  }
  return ExitCode.ok;
}

/** A folder as it is typed in a command: in double quotes (which every shell takes) when it has a space or the like. */
function shellWord(text: string): string {
  return /^[\w./\\@%+=:,-]+$/.test(text) ? text : `"${text}"`;
}

/**
 * What to do about the conflicts that stop a run: overlapping edits (with their lines) are settled by
 * editing them, or with markers where the command has --conflicts (lac init has not); a file lac did
 * not write, a Word or HTML file edited by hand or a read-only file is moved aside. --force overwrites both.
 */
function conflictAdvice(blocking: readonly FileReport[], command: string, markers: boolean): string {
  const overlapping = blocking.some((file) => (file.conflicts?.length ?? 0) > 0);
  const whole = blocking.some((file) => (file.conflicts?.length ?? 0) === 0);
  const canMark = command !== "lac init" && !markers;
  if (overlapping && !whole) {
    return canMark
      ? "Edit the listed lines so that only one side changes them, or run again with --conflicts=markers to write both sides with conflict markers, or with --force to take the new render and lose your edits."
      : "Edit the listed lines so that only one side changes them, or run again with --force to take the new render and lose your edits.";
  }
  const moveAside =
    "To keep a listed file, move it out of the folder (or rename it) and run lac again; or run again with --force to overwrite the listed files and lose what is in them.";
  return overlapping
    ? `Edit the listed lines so that only one side changes them${canMark ? " (or run again with --conflicts=markers to write both sides with conflict markers)" : ""}. ${moveAside}`
    : moveAside;
}
