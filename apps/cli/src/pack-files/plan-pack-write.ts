import { closeSync, fstatSync, openSync } from "node:fs";
import { readIntoScratch } from "../compiled-code-cache.js";
import { hashContent, type ContentHash } from "./content-hash.js";
import { LAC_STATE_PATH, type LacState } from "./lac-state.js";
import {
  FolderLooks,
  locatePackFileNow,
  resolveTargetRootNow,
  type PackLocationProblemCode,
  type TargetRoot,
  type TargetRootResult,
} from "./locate-pack-file.js";
import { checkPackPath, type PackPathProblemCode } from "./pack-path.js";
import { RenderedText } from "./rendered-text.js";
import type { Utf8Parts } from "./utf8-parts.js";

/**
 * One rendered file of the implementation pack: a relative POSIX path and its full content, as text
 * (written as UTF-8: Markdown, YAML, JSON, HTML), as bytes (a Word file, a rendered text) or as bytes in
 * parts (.lac/bases, which holds every text of the pack).
 */
export interface PackFile {
  readonly path: string;
  readonly content: string | Uint8Array | Utf8Parts;
}

/**
 * What writing the pack would do to one file:
 * - `create`: the file does not exist yet;
 * - `unchanged`: the file already holds exactly this content;
 * - `modify`: lac wrote the file and nobody has edited it since, so lac may update it
 *   (or, with `forced: true`, it would have been a conflict but `force` was given);
 * - `conflict`: the file holds work that is not lac's, so lac must not overwrite it.
 */
export type PackWriteAction = "create" | "unchanged" | "modify" | "conflict";

export const CONFLICT_NOT_WRITTEN_BY_LAC = "exists and was not written by lac";
export const CONFLICT_EDITED_SINCE_WRITTEN = "edited since lac last wrote it";
export const CONFLICT_READ_ONLY = "read-only";

export interface PackWriteEntry {
  readonly path: string;
  readonly action: PackWriteAction;
  /** Why a file is a conflict (kept when `force` turns it into a `modify`). */
  readonly reason?: string;
  /** Present on a `modify` that is only allowed because of `force`: the CLI should say what it overwrote. */
  readonly forced?: true;
  readonly content: PackFile["content"];
  /** Hash of the file on disk when the plan was made; absent when the file did not exist. */
  readonly currentHash?: ContentHash;
}

/** A file lac wrote before (it is in the state file) that the pack no longer contains. lac never deletes it. */
export interface ObsoleteFile {
  readonly path: string;
  /** True when the file no longer holds what lac wrote (or lac could not safely check). */
  readonly edited: boolean;
  /** The hash lac recorded, for an unedited file: lac keeps recording it, so that it stays lac's. */
  readonly recordedHash?: ContentHash;
}

export interface PackWriteSummary {
  readonly create: number;
  readonly unchanged: number;
  /** Every `modify`, forced ones included. */
  readonly modify: number;
  readonly conflict: number;
  /** The `modify` entries that `force` turned from conflicts. */
  readonly forced: number;
  readonly obsolete: number;
}

export interface PackWritePlan {
  /** One entry per pack file, in the order the files were given. */
  readonly entries: readonly PackWriteEntry[];
  /** Sorted by path. Only files that still exist are listed. */
  readonly obsolete: readonly ObsoleteFile[];
  readonly summary: PackWriteSummary;
}

export type PackPlanErrorCode =
  PackPathProblemCode | PackLocationProblemCode | "duplicate-path" | "file-and-folder";

export interface PackPlanError {
  /** The pack path at fault, relative to the target folder ("." for the target folder itself). */
  readonly path: string;
  readonly code: PackPlanErrorCode;
  readonly message: string;
}

export type PlanPackWriteResult =
  | { readonly ok: true; readonly plan: PackWritePlan }
  | { readonly ok: false; readonly errors: readonly PackPlanError[] };

export interface PlanPackWriteOptions {
  readonly targetDir: string;
  readonly files: readonly PackFile[];
  /** What `readLacState` found, or `undefined` when lac has not written to this folder before. */
  readonly state: LacState | undefined;
  /** Turn conflicts into forced modifies. */
  readonly force?: boolean;
  /** What this run has already seen on disk (see {@link PackFileLooks}); a new pass when absent. */
  readonly looked?: PackFileLooks;
}

function recordedHash(state: LacState | undefined, path: string): string | undefined {
  return state !== undefined && Object.hasOwn(state.files, path) ? state.files[path] : undefined;
}

/** Refuses pack paths that are badly spelt, listed twice, or both a file and a folder. Touches no disk. */
function checkPackPaths(files: readonly PackFile[]): PackPlanError[] {
  const errors: PackPlanError[] = [];
  const byFoldedCase = new Map<string, string>();
  const paths = new Set<string>();
  for (let index = 0; index < files.length; index++) paths.add((files[index] as PackFile).path);
  const clashes = new Set<string>();
  // Indexed loops, and each folder on the way as a slice of the path (not a split and a join for each):
  // with V8's optimising compilers off (as lac runs), each for…of step and destructuring allocates.
  for (let index = 0; index < files.length; index++) {
    const path = (files[index] as PackFile).path;
    const problem = checkPackPath(path);
    if (problem !== undefined) {
      errors.push({ path, ...problem });
      continue;
    }
    const folded = path.toLowerCase();
    const earlier = byFoldedCase.get(folded);
    if (earlier === path) {
      errors.push({
        path,
        code: "duplicate-path",
        message: `The pack lists ${JSON.stringify(path)} more than once. Two partners or neighbourhoods may have names that give the same file name; make the names different.`,
      });
    } else if (earlier !== undefined) {
      errors.push({
        path,
        code: "duplicate-path",
        message: `The pack paths ${JSON.stringify(earlier)} and ${JSON.stringify(path)} differ only in upper and lower case, and Windows and macOS treat them as the same file. Make the names differ by more than case.`,
      });
    } else {
      byFoldedCase.set(folded, path);
    }
    for (let end = path.indexOf("/"); end >= 0; end = path.indexOf("/", end + 1)) {
      const folder = path.slice(0, end);
      if (paths.has(folder) && !clashes.has(folder)) {
        clashes.add(folder);
        errors.push({
          path: folder,
          code: "file-and-folder",
          message: `The pack has a file ${JSON.stringify(folder)} and also needs ${JSON.stringify(folder)} to be a folder for ${JSON.stringify(path)}. Rename one of them.`,
        });
      }
    }
  }
  return errors;
}

export type Inspection =
  | {
      readonly ok: true;
      /**
       * The file's bytes, when it exists and they were kept (see {@link InspectionNeeds}); `undefined`
       * for a file that is not there, or whose bytes were not needed.
       */
      readonly current: Buffer | undefined;
      /** The hash of the file's bytes, when it exists: the test of whether it does. */
      readonly currentHash?: ContentHash;
      readonly readOnly?: boolean;
    }
  | { readonly ok: false; readonly error: PackPlanError };

/**
 * What a caller needs of a file it inspects beside its hash: its bytes (`"bytes"`), only its hash
 * (`"hash"`), or its bytes unless they are those of `unless` (what lac rendered for it, whose bytes are
 * then known). A file is read into one buffer, reused from file to file, and hashed there; its bytes
 * are copied out only when they are needed: for a run that changes nothing, reading the pack into a
 * new buffer for each file was fresh memory the size of the pack (on the machines lac is measured on,
 * fresh memory is most of the cost of reading a file). A file that holds the bytes of `unless` is not
 * hashed at all: its hash is that of `unless`, which the run hashes anyway for the state file, and
 * comparing bytes takes a few microseconds where hashing them took about a millisecond a megabyte (for a
 * run that changes nothing, the whole pack and .lac/bases).
 */
export type InspectionNeeds = "bytes" | "hash" | { readonly unless: RenderedText | Utf8Parts };

const NEEDS_BYTES: InspectionNeeds = "bytes";

/**
 * What one pass over the pack has seen on disk: the folders on the way, and (with `files`) each file's
 * inspection, so that merging and planning, which read the same files one after the other while the
 * run holds the pack lock, look at each path once. `writePack` checks every file again, with a pass of
 * its own, just before writing.
 */
export class PackFileLooks {
  readonly folders = new FolderLooks();
  private readonly inspections: Map<string, Inspection> | undefined;

  constructor(options: { readonly files: boolean } = { files: true }) {
    this.inspections = options.files ? new Map() : undefined;
  }

  seen(path: string): Inspection | undefined {
    return this.inspections?.get(path);
  }

  remember(path: string, inspection: Inspection): void {
    this.inspections?.set(path, inspection);
  }

  private rootDir: string | undefined;
  private rooted: TargetRootResult | undefined;

  /**
   * The target folder, resolved once for the pass as each file is looked at once (merging and planning
   * each resolved it, every component of it looked at again); a pass of its own resolves it each time.
   */
  targetRoot(targetDir: string): TargetRootResult {
    if (this.inspections === undefined) return resolveTargetRootNow(targetDir);
    if (this.rooted === undefined || this.rootDir !== targetDir) {
      this.rooted = resolveTargetRootNow(targetDir);
      this.rootDir = targetDir;
    }
    return this.rooted;
  }
}

/** Locates a pack file inside the target folder and reads what is there now. */
export async function inspectPackFile(
  root: TargetRoot,
  path: string,
  looked?: PackFileLooks,
  needs: InspectionNeeds = NEEDS_BYTES,
): Promise<Inspection> {
  return inspectPackFileNow(root, path, looked, needs);
}

/** {@link inspectPackFile}, without a promise (a pass over the pack inspects every file of it). */
export function inspectPackFileNow(
  root: TargetRoot,
  path: string,
  looked?: PackFileLooks,
  needs: InspectionNeeds = NEEDS_BYTES,
): Inspection {
  const seen = looked?.seen(path);
  // A file seen without its bytes is read again by a caller that needs them (a pass does that only for
  // a path it lists twice, which the plan refuses).
  if (seen !== undefined && !lacksBytes(seen, needs)) return seen;
  const inspection = inspect(root, path, looked?.folders, needs);
  looked?.remember(path, inspection);
  return inspection;
}

/** True when `inspection` is of a file whose bytes were not kept, and `needs` needs them. */
function lacksBytes(inspection: Inspection, needs: InspectionNeeds): boolean {
  if (!inspection.ok || inspection.currentHash === undefined || inspection.current !== undefined)
    return false;
  return (
    needs === "bytes" || (typeof needs === "object" && hashContent(needs.unless) !== inspection.currentHash)
  );
}

/** Whether `bytes` are those of `expected`, compared part by part (the parts of .lac/bases are not joined). */
function sameBytes(bytes: Buffer, expected: RenderedText | Utf8Parts): boolean {
  if (bytes.byteLength !== expected.byteLength) return false;
  if (expected instanceof RenderedText) return bytes.equals(expected);
  let at = 0;
  const parts = expected.parts;
  // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as Uint8Array;
    if (bytes.compare(part, 0, part.byteLength, at, at + part.byteLength) !== 0) return false;
    at += part.byteLength;
  }
  return true;
}

function inspect(
  root: TargetRoot,
  path: string,
  folders: FolderLooks | undefined,
  needs: InspectionNeeds,
): Inspection {
  const location = locatePackFileNow(root, path, folders);
  if (!location.ok) return { ok: false, error: { path, ...location.problem } };
  if (!location.exists) return { ok: true, current: undefined };
  try {
    const fd = openSync(location.absolutePath, "r");
    try {
      // The file's mode from the same look as its size: a file nobody may write to was made read-only
      // on purpose, and lac treats it as a person's.
      const stats = fstatSync(fd);
      const readOnly = (stats.mode & 0o222) === 0;
      // Read into lac's scratch buffer (pages touched already), as readFileSync reads it.
      const { buffer, length } = readIntoScratch(fd, stats.isFile() ? stats.size : 0);
      const bytes = buffer.subarray(0, length);
      const expected = typeof needs === "object" ? needs.unless : undefined;
      // The bytes lac rendered for the file: their hash, which the run makes anyway (see InspectionNeeds).
      if (expected !== undefined && sameBytes(bytes, expected)) {
        return { ok: true, current: undefined, currentHash: hashContent(expected), readOnly };
      }
      const currentHash = hashContent(bytes);
      const keep = needs === "bytes" || (expected !== undefined && hashContent(expected) !== currentHash);
      // A copy of its own: the shared buffer is read into again by the next file.
      const current = keep ? Buffer.from(bytes) : undefined;
      return { ok: true, current, currentHash, readOnly };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: true, current: undefined };
    return {
      ok: false,
      error: {
        path,
        code: "unreadable",
        message: `lac could not read ${JSON.stringify(path)} (${code ?? String(error)}), so it cannot tell whether it is safe to change. Check the file's permissions.`,
      },
    };
  }
}

function classify(
  file: PackFile,
  currentHash: ContentHash | undefined,
  readOnly: boolean,
  state: LacState | undefined,
  force: boolean,
) {
  if (currentHash === undefined) return { path: file.path, action: "create" as const, content: file.content };
  const base = { path: file.path, content: file.content, currentHash };
  // A file is told unchanged by its SHA-256 hash, which the state file records anyway, rather than by
  // comparing bytes here, which would keep the file's bytes (a Word file, .lac/bases) as a copy of their
  // own: for a run that changes nothing that was fresh memory the size of the pack (on the machines lac is
  // measured on, fresh memory is most of the cost of reading it). The merge, which inspects the text files
  // first, compares their bytes with the render's in lac's scratch buffer, and gives such a file the
  // render's hash without hashing it (InspectionNeeds).
  if (currentHash === hashContent(file.content)) return { ...base, action: "unchanged" as const };
  const recorded = recordedHash(state, file.path);
  if (recorded === currentHash && !readOnly) return { ...base, action: "modify" as const };
  const reason = readOnly
    ? CONFLICT_READ_ONLY
    : recorded === undefined
      ? CONFLICT_NOT_WRITTEN_BY_LAC
      : CONFLICT_EDITED_SINCE_WRITTEN;
  return force
    ? { ...base, action: "modify" as const, reason, forced: true as const }
    : { ...base, action: "conflict" as const, reason };
}

function findObsolete(
  root: TargetRoot,
  state: LacState | undefined,
  packPaths: ReadonlySet<string>,
  looked: PackFileLooks,
): { obsolete: ObsoleteFile[]; errors: PackPlanError[] } {
  const obsolete: ObsoleteFile[] = [];
  const errors: PackPlanError[] = [];
  if (state === undefined) return { obsolete, errors };
  for (const [path, recorded] of Object.entries(state.files)) {
    if (packPaths.has(path)) continue;
    const problem = checkPackPath(path);
    if (problem !== undefined) {
      errors.push({
        path,
        code: problem.code,
        message: `The state file ${LAC_STATE_PATH} lists a file lac wrote before with an unsafe path: ${problem.message} Restore ${LAC_STATE_PATH}, or delete it and run with --force.`,
      });
      continue;
    }
    const location = locatePackFileNow(root, path, looked.folders);
    if (!location.ok) {
      // A file under something that is now a file cannot exist; anything else lac will not look into.
      if (location.problem.code !== "parent-is-file") obsolete.push({ path, edited: true });
      continue;
    }
    if (!location.exists) continue;
    const inspection = inspectPackFileNow(root, path, looked, "hash");
    if (!inspection.ok) obsolete.push({ path, edited: true });
    else if (inspection.currentHash !== undefined) {
      const edited = inspection.currentHash !== recorded;
      obsolete.push(edited ? { path, edited } : { path, edited, recordedHash: recorded as ContentHash });
    }
  }
  obsolete.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { obsolete, errors };
}

function summarise(entries: readonly PackWriteEntry[], obsolete: readonly ObsoleteFile[]): PackWriteSummary {
  const count = (action: PackWriteAction) => entries.filter((entry) => entry.action === action).length;
  return {
    create: count("create"),
    unchanged: count("unchanged"),
    modify: count("modify"),
    conflict: count("conflict"),
    forced: entries.filter((entry) => entry.forced === true).length,
    obsolete: obsolete.length,
  };
}

/**
 * Decides, without writing anything, what writing the rendered pack into `targetDir` would do to each file.
 *
 * A file is `unchanged` when it already holds the new content, `modify` when the state file records the hash
 * of what is there now (lac wrote it and nobody edited it), and otherwise a `conflict`. Unsafe paths (absolute,
 * with `..`, through a symbolic link out of the target folder, under an existing file, …) make the whole plan
 * fail with one error per path, so nothing can be written.
 */
export async function planPackWrite(options: PlanPackWriteOptions): Promise<PlanPackWriteResult> {
  const { targetDir, files, state, force = false, looked = new PackFileLooks() } = options;
  const rooted = looked.targetRoot(targetDir);
  if (!rooted.ok) return { ok: false, errors: [{ path: ".", ...rooted.problem }] };
  const root = rooted.root;

  const errors = checkPackPaths(files);
  const badPaths = new Set(errors.map((error) => error.path));

  const stateLocation = locatePackFileNow(root, LAC_STATE_PATH, looked.folders);
  if (!stateLocation.ok) errors.push({ path: LAC_STATE_PATH, ...stateLocation.problem });

  const entries: PackWriteEntry[] = [];
  // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
  for (let index = 0; index < files.length; index += 1) {
    const file = files[index] as PackFile;
    // checkPackPaths checked each path: one that failed is among the bad paths.
    if (badPaths.has(file.path)) continue;
    // Each file is told unchanged by its hash (see classify): its bytes are not needed.
    const inspection = inspectPackFileNow(root, file.path, looked, "hash");
    if (!inspection.ok) errors.push(inspection.error);
    else entries.push(classify(file, inspection.currentHash, inspection.readOnly === true, state, force));
  }

  const packPaths = new Set(files.map((file) => file.path));
  const found = findObsolete(root, state, packPaths, looked);
  errors.push(...found.errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: { entries, obsolete: found.obsolete, summary: summarise(entries, found.obsolete) },
  };
}
