import type { Stats } from "node:fs";
import { constants } from "node:fs";
import { accessSync, mkdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { hashContent } from "./content-hash.js";
import {
  LAC_STATE_PATH,
  LAC_STATE_VERSION,
  safeParseLacState,
  serialiseLacState,
  type LacState,
} from "./lac-state.js";
import { locatePackFile, resolveTargetRoot, type TargetRoot } from "./locate-pack-file.js";
import { joinUnder, splitLast } from "./plain-path.js";
import { checkPackPath } from "./pack-path.js";
import {
  inspectPackFile,
  PackFileLooks,
  type PackWriteEntry,
  type PackWritePlan,
} from "./plan-pack-write.js";
import { writeFileAtomic } from "./write-file-atomic.js";

/** What lac records about this run besides the file hashes. */
export interface PackStateInput {
  readonly lacVersion: string;
  readonly templates: LacState["templates"];
  /** The council configuration the pack was rendered from (stored as JSON; `undefined` is stored as `null`). */
  readonly answers: unknown;
  /**
   * Each Word or HTML file's path → the hash of what this run made it from (derived-source.ts), recorded
   * as `derived` for the files the state records as written by this run.
   */
  readonly derived?: Readonly<Record<string, string>>;
  /** The state file before this run: its `derived` record is kept for a file this run did not write. */
  readonly before?: Pick<LacState, "files" | "derived">;
}

export interface WritePackOptions {
  readonly targetDir: string;
  readonly plan: PackWritePlan;
  readonly state: PackStateInput;
}

export type WritePackErrorCode =
  | "unresolved-conflicts"
  | "invalid-state-data"
  | "target-not-writable"
  | "unsafe-path"
  | "changed-since-plan"
  | "write-failed"
  | "state-write-failed";

export interface WritePackError {
  readonly code: WritePackErrorCode;
  readonly message: string;
  /** The pack path (relative) or folder (absolute) at fault. */
  readonly path: string;
  /** Pack files already written when a write failed part-way; empty or absent when nothing was written. */
  readonly written?: readonly string[];
}

export type WritePackResult =
  | { readonly ok: true; readonly written: readonly string[] }
  | { readonly ok: false; readonly error: WritePackError };

const NOTHING_WRITTEN = "lac has not written or changed any file.";

function fail(
  code: WritePackErrorCode,
  path: string,
  message: string,
  written?: readonly string[],
): WritePackResult {
  return { ok: false, error: { code, path, message, ...(written !== undefined ? { written } : {}) } };
}

function osCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/** The nearest existing part of `folder` that is a file rather than a folder, if there is one. */
async function blockingFile(folder: string): Promise<string | undefined> {
  let current = folder;
  for (;;) {
    let stats: Stats | undefined;
    try {
      stats = statSync(current);
    } catch {
      stats = undefined;
    }
    if (stats !== undefined) return stats.isDirectory() ? undefined : current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

async function folderHint(code: string, folder: string): Promise<string> {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "You do not have permission to write there. Check the folder's permissions, or choose a folder you can write to.";
    case "EROFS":
      return "The disk is read-only. Choose a folder on a disk you can write to.";
    case "ENOTDIR":
    case "EEXIST": {
      const file = await blockingFile(folder);
      const what = file === undefined ? "A part of the path" : file;
      return `${what} is a file, not a folder. Move or rename that file, or choose another target folder.`;
    }
    case "ENOSPC":
    case "EDQUOT":
      return "The disk is full (or your quota is used up). Free some space, then run lac again.";
    default:
      return "Check that the folder can be created and written to, then run lac again.";
  }
}

async function notWritable(folder: string, error: unknown): Promise<WritePackResult> {
  const code = osCode(error);
  const hint = await folderHint(code, folder);
  return fail(
    "target-not-writable",
    folder,
    `lac cannot write to the folder ${folder} (${code}). ${hint} ${NOTHING_WRITTEN}`,
  );
}

function listConflicts(conflicts: readonly PackWriteEntry[]): WritePackResult {
  const lines = conflicts.map((entry) => `  - ${entry.path}: ${entry.reason ?? "conflict"}`).join("\n");
  const count = conflicts.length === 1 ? "1 file holds" : `${conflicts.length} files hold`;
  return fail(
    "unresolved-conflicts",
    conflicts[0]?.path ?? ".",
    `${NOTHING_WRITTEN} ${count} work that is not lac's and would be overwritten:\n${lines}\n` +
      `Look at each one (--dry-run shows the plan), copy anything you want to keep, then move the file away ` +
      `or run lac again with --force to overwrite them.`,
  );
}

/** Checks, just before writing, that every file still looks as it did when the plan was made. */
async function recheck(
  root: TargetRoot,
  entries: readonly PackWriteEntry[],
): Promise<WritePackResult | undefined> {
  // A pass of its own: every file is looked at again, and each folder on the way once.
  const looked = new PackFileLooks({ files: false });
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as PackWriteEntry;
    const inspection = await inspectPackFile(root, entry.path, looked, "hash");
    if (!inspection.ok) {
      return fail("unsafe-path", entry.path, `${inspection.error.message} ${NOTHING_WRITTEN}`);
    }
    const now = inspection.currentHash;
    const expected = entry.action === "create" ? undefined : entry.currentHash;
    if (now !== expected) {
      return fail(
        "changed-since-plan",
        entry.path,
        `${JSON.stringify(entry.path)} changed on disk after lac looked at it. ${NOTHING_WRITTEN} Run lac again to make a new plan.`,
      );
    }
  }
  const stateLocation = await locatePackFile(root, LAC_STATE_PATH, looked.folders);
  if (!stateLocation.ok) {
    return fail("unsafe-path", LAC_STATE_PATH, `${stateLocation.problem.message} ${NOTHING_WRITTEN}`);
  }
  return undefined;
}

/** Creates every folder the pack needs, then checks each can be written to, before any file is touched. */
/** Creates the folders the pack needs and checks they can be written; on failure, removes those it created. */
export async function prepareFolders(folders: readonly string[]): Promise<WritePackResult | undefined> {
  const created: string[] = [];
  const undo = () => {
    // Remove, deepest first, the folders this run created: they are still empty.
    for (const folder of [...created].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty after all, or already gone: leave it.
      }
    }
  };
  for (let index = 0; index < folders.length; index++) {
    const folder = folders[index] as string;
    try {
      const first = mkdirSync(folder, { recursive: true });
      for (
        let current = folder;
        first !== undefined && current.length >= first.length;
        current = dirname(current)
      ) {
        created.push(current);
        if (current === first) break;
      }
    } catch (error) {
      undo();
      return notWritable(folder, error);
    }
  }
  for (let index = 0; index < folders.length; index++) {
    const folder = folders[index] as string;
    try {
      accessSync(folder, constants.W_OK | constants.X_OK);
    } catch (error) {
      undo();
      return notWritable(folder, error);
    }
  }
  return undefined;
}

/**
 * The hash of every file lac can vouch for: the whole pack once it is written, or, after a write that
 * failed part-way (`written` given), the files it did write and those that were already as they should be
 * or as lac last wrote them, so that a second run sees none of lac's own files as edited by a person.
 */
function recordedFiles(plan: PackWritePlan, written?: ReadonlySet<string>): Record<string, string> {
  const files: Record<string, string> = {};
  // Files lac wrote before that are no longer in the pack stay recorded while nobody has edited them,
  // so that lac can say again and again that they are no longer part of the pack.
  const obsolete = plan.obsolete;
  for (let index = 0; index < obsolete.length; index++) {
    const file = obsolete[index] as (typeof obsolete)[number];
    if (file.recordedHash !== undefined) files[file.path] = file.recordedHash;
  }
  const entries = plan.entries;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as PackWriteEntry;
    if (written === undefined || written.has(entry.path) || entry.action === "unchanged") {
      files[entry.path] = hashContent(entry.content);
    } else if (entry.action === "modify" && entry.forced !== true && entry.currentHash !== undefined) {
      files[entry.path] = entry.currentHash;
    }
  }
  return files;
}

/**
 * What each Word or HTML file recorded in `files` (recordedFiles) was made from: this run's source for a
 * file whose recorded hash is that of its planned content, and the earlier state's for one that a write
 * that failed part-way left as the earlier run wrote it. Undefined when the run makes no such files.
 */
function recordedDerived(
  plan: PackWritePlan,
  state: PackStateInput,
  written?: ReadonlySet<string>,
): Record<string, string> | undefined {
  const sources = state.derived;
  if (sources === undefined) return undefined;
  const own = (record: Readonly<Record<string, string>> | undefined, key: string) =>
    record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
  const derived: Record<string, string> = {};
  const entries = plan.entries;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as PackWriteEntry;
    const source = own(sources, entry.path);
    if (source === undefined) continue;
    // The same conditions as recordedFiles: the hash recorded is that of the planned content…
    if (written === undefined || written.has(entry.path) || entry.action === "unchanged") {
      derived[entry.path] = source;
    } else if (entry.action === "modify" && entry.forced !== true && entry.currentHash !== undefined) {
      // …or that of the file on disk, made from the earlier source if the earlier state says so.
      const earlier = own(state.before?.derived, entry.path);
      if (earlier !== undefined && own(state.before?.files, entry.path) === entry.currentHash)
        derived[entry.path] = earlier;
    }
  }
  return derived;
}

/** The new state file's text: the recorded hashes, the versions and the answers. */
async function buildStateText(
  plan: PackWritePlan,
  state: PackStateInput,
  written?: ReadonlySet<string>,
): Promise<
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly result: WritePackResult }
> {
  const refuse = (detail: string) => ({
    ok: false as const,
    result: fail(
      "invalid-state-data",
      LAC_STATE_PATH,
      `lac cannot record this run in ${LAC_STATE_PATH}: ${detail}. ${NOTHING_WRITTEN}`,
    ),
  });
  const files = recordedFiles(plan, written);
  const derived = recordedDerived(plan, state, written);
  const parsed = await safeParseLacState({
    stateVersion: LAC_STATE_VERSION,
    lac: { version: state.lacVersion },
    templates: state.templates,
    answers: state.answers === undefined ? null : state.answers,
    files,
    ...(derived !== undefined ? { derived } : {}),
  });
  if (!parsed.success) {
    return refuse(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; "));
  }
  try {
    return { ok: true, text: serialiseLacState(parsed.data) };
  } catch (error) {
    // JSON cannot hold some values, such as a BigInt or an object that contains itself.
    return refuse(`the answers cannot be stored as JSON (${(error as Error).message})`);
  }
}

/**
 * Writes a plan made by `planPackWrite`, then records what it wrote in `.lac/state.json`.
 *
 * Refuses (writing nothing) if the plan has a conflict that was not forced, if the target folder cannot be
 * written to, or if a file changed on disk since the plan was made. Each `create` and `modify` file is written
 * atomically (temporary file in the same folder, then rename). No other file is ever deleted or changed, and
 * obsolete files stay where they are. The state file then records the hash of every file in the pack, the
 * lac and template versions, and the answers.
 */
/** The file's text, or undefined when it cannot be read. */
function currentText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

const ABSENT = { absent: true } as const;
const NOT_KNOWN_ABSENT = {} as const;
const DURABLE = { durable: true } as const;
const NOT_DURABLE = {} as const;

export async function writePack(options: WritePackOptions): Promise<WritePackResult> {
  const { targetDir, plan, state } = options;

  const conflicts = plan.entries.filter((entry) => entry.action === "conflict");
  if (conflicts.length > 0) return listConflicts(conflicts);

  for (let index = 0; index < plan.entries.length; index++) {
    const entry = plan.entries[index] as PackWriteEntry;
    const problem = checkPackPath(entry.path);
    if (problem !== undefined)
      return fail("unsafe-path", entry.path, `${problem.message} ${NOTHING_WRITTEN}`);
  }

  const stateText = await buildStateText(plan, state);
  if (!stateText.ok) return stateText.result;

  const rooted = await resolveTargetRoot(targetDir);
  if (!rooted.ok) {
    const folder = resolve(targetDir);
    if (rooted.problem.code === "target-not-a-folder") return notWritable(folder, { code: "ENOTDIR" });
    return fail("target-not-writable", folder, `${rooted.problem.message} ${NOTHING_WRITTEN}`);
  }
  const root = rooted.root;

  const toWrite = plan.entries.filter((entry) => entry.action === "create" || entry.action === "modify");
  const changed = await recheck(root, toWrite);
  if (changed !== undefined) return changed;

  const statePath = joinUnder(root.dir, LAC_STATE_PATH);
  // Nothing changed: write nothing at all, not even the state file.
  if (toWrite.length === 0 && currentText(statePath) === stateText.text) return { ok: true, written: [] };
  const folders = new Set<string>([root.dir, dirname(statePath)]);
  for (let index = 0; index < toWrite.length; index++) {
    folders.add(splitLast(joinUnder(root.dir, (toWrite[index] as PackWriteEntry).path)).dir);
  }
  const prepared = await prepareFolders([...folders].sort((a, b) => a.length - b.length));
  if (prepared !== undefined) return prepared;

  // The state file is flushed to the disk (fsync) before lac exits when it replaces an earlier one: it is
  // then the record that tells a person's edits from lac's own writing, and a power cut must not leave the
  // next run with the old record and the new files. A pack's first record (no state file before) protects no
  // edit: a run that finds the files without it takes them for files lac did not write, and writes none of
  // them without --force, so the first one is written without waiting for the disk (about a millisecond).
  const stateWrite = state.before !== undefined ? DURABLE : NOT_DURABLE;
  const written: string[] = [];
  for (let index = 0; index < toWrite.length; index++) {
    const entry = toWrite[index] as PackWriteEntry;
    try {
      // recheck has just seen that a file to create is not there: no permission of its own to keep.
      await writeFileAtomic(
        joinUnder(root.dir, entry.path),
        entry.content,
        entry.action === "create" ? ABSENT : NOT_KNOWN_ABSENT,
      );
    } catch (error) {
      if (written.length > 0) {
        // Record what was written, so that the next run does not take lac's own files for a person's.
        const partial = await buildStateText(plan, state, new Set(written));
        if (partial.ok) {
          try {
            await writeFileAtomic(statePath, partial.text, stateWrite);
          } catch {
            // The error below says what failed; the old state file is still there.
          }
        }
      }
      const done = written.length === 0 ? "No file was changed." : `Already written: ${written.join(", ")}.`;
      return fail(
        "write-failed",
        entry.path,
        `lac could not write ${JSON.stringify(entry.path)} (${osCode(error)}); it is left as it was. ${done} ` +
          `Fix the problem and run the same command again: files already written will show as unchanged.`,
        written,
      );
    }
    written.push(entry.path);
  }

  try {
    await writeFileAtomic(statePath, stateText.text, stateWrite);
  } catch (error) {
    return fail(
      "state-write-failed",
      LAC_STATE_PATH,
      `lac wrote the pack files but could not update ${LAC_STATE_PATH} (${osCode(error)}). ` +
        `Fix the problem and run the same command again, so that lac records what it wrote.`,
      written,
    );
  }
  return { ok: true, written };
}
