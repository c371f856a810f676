import { rmSync, unlinkSync } from "node:fs";
import { BASES_FILE, basesFileLayout, parseBases, type Bases } from "@lac/pack-files";
import { join } from "node:path";
import { hashContent, type ContentHash } from "../pack-files/content-hash.js";
import type { LacState } from "../pack-files/lac-state.js";
import { resolveTargetRoot, type TargetRoot } from "../pack-files/locate-pack-file.js";
import {
  CONFLICT_NOT_WRITTEN_BY_LAC,
  inspectPackFile,
  type PackFile,
  type PackFileLooks,
} from "../pack-files/plan-pack-write.js";
import { RenderedText, textOf } from "../pack-files/rendered-text.js";
import { Utf8Parts } from "../pack-files/utf8-parts.js";
import { writeFileAtomic } from "../pack-files/write-file-atomic.js";
import type * as MergeText from "./merge-text.js";
import type { MergeConflict } from "./merge-text.js";

// The base of each text file (in .lac/bases): exactly what the templates rendered the last time lac
// wrote the file, before the council's edits were merged in. The next update merges from it.
export { BASES_FILE };

/**
 * Where lac kept the bases before .lac/bases (state files of layout 1): a copy of each text file
 * under .lac/base/. lac merges from those copies only in a pack without .lac/bases, and only from
 * copies the state file records as lac wrote them; it never writes there again, nor deletes them.
 */
export const LEGACY_BASE_DIR = ".lac/base";

/** Whether a pack path is one of lac's records of the bases (.lac/bases, or a copy in the earlier layout). */
export const isBasesRecord = (path: string): boolean =>
  path === BASES_FILE || path.startsWith(`${LEGACY_BASE_DIR}/`);

/**
 * Written (atomically) before the pack files and removed once the state file is written: for each file
 * about to be written, the hash of its new content and its new base. When a run is killed part-way, the
 * next run knows, for each file that already holds its new content, which base that content came from.
 */
export const PENDING_PATH = ".lac/update-pending.json";

/**
 * What an update does to one file:
 * - `unchanged`: the file already holds what lac would write;
 * - `update`: nobody edited the file since lac wrote it: it takes the new render;
 * - `merged`: both the council and the new render changed it, in different places: both are kept;
 * - `conflict`: both changed the same lines (or lac has no record of what it wrote there);
 * - `create`: a new file.
 * (`obsolete`, for files no longer in the pack, is listed by the plan.)
 */
export type MergeStatus = "unchanged" | "update" | "merged" | "conflict" | "create";

export interface FileMerge {
  readonly path: string;
  readonly status: MergeStatus;
  /**
   * What lac writes (the merge, with conflict markers when asked for them): the new render itself (its
   * bytes, a RenderedText) when the file takes it, or the file as it is when it is unchanged.
   */
  readonly content: string | RenderedText;
  /** The file as it is now, when it exists. */
  readonly current?: string;
  readonly currentHash?: ContentHash;
  /**
   * The new base, recorded in .lac/bases once the file is written: the new render (a RenderedText), or
   * for a file a killed run already wrote, the base its record names. Absent for an unresolved file.
   */
  readonly base?: string | RenderedText;
  readonly conflicts?: readonly MergeConflict[];
  /** Why the file is a conflict that markers cannot resolve. */
  readonly reason?: string;
}

export interface MergePackOptions {
  readonly targetDir: string;
  /**
   * The freshly rendered text files that lac merges (documents, the schema, the markdownlint settings):
   * their bytes (RenderedText), or their text, which is then turned into bytes.
   */
  readonly files: readonly { readonly path: string; readonly content: string | RenderedText }[];
  readonly state: LacState | undefined;
  /** Overwrite the council's edits with the new render (no merge). */
  readonly force: boolean;
  /** Write conflicts with conflict markers instead of refusing. */
  readonly markers: boolean;
  /** How the two sides of a conflict are labelled. */
  readonly labels: MergeText.MergeLabels;
  /** Loads node-diff3, only when a file needs a three-way merge. */
  readonly loadMerge: () => typeof MergeText;
  /** What this run has already seen of each path on disk (shared with the plan), so each is looked at once. */
  readonly looked?: PackFileLooks;
}

export const NO_BASE_REASON =
  "edited, and lac has no record of what it wrote here (the pack was made by an older lac), so it cannot merge";

/** Why a file cannot be merged when .lac/bases, which would hold its base, cannot be read. */
export const unreadableBasesReason = (problem: string): string =>
  `edited, and lac's record of what it wrote here cannot be read (${problem}), so it cannot merge: ` +
  `restore ${BASES_FILE} from a backup or version control, or copy this file aside, run lac again with ` +
  `--force and put your edits back`;

/** What the merge found: each file's merge, and .lac/bases as the run leaves it. */
export interface PackMerges {
  readonly merges: readonly FileMerge[];
  /** .lac/bases as this run leaves it (see basesToWrite); none when the run must stop (newerBases). */
  readonly basesFile?: PackFile;
  /** Why the run must stop, writing nothing: a newer lac wrote .lac/bases. Nothing is merged then. */
  readonly newerBases?: string;
  /**
   * The Word and HTML files runs killed part-way were writing (their pending record), by path, with the
   * hashes of what they wrote: a file that holds one is lac's, though the state file does not record it.
   */
  readonly pendingDerived: Readonly<Record<string, readonly string[]>>;
}

interface RecordedBases {
  readonly bases: Bases;
  /** Why .lac/bases cannot be read: an edited file then has no base. */
  readonly problem?: string;
  /** A newer lac wrote .lac/bases. */
  readonly newer?: string;
}

/**
 * The bases recorded before this run: those of .lac/bases; in a pack without it, written before it
 * was, the copies under .lac/base/ that the state file records. A damaged .lac/bases gives none (and
 * why): the older copies are not used then, since they may be older than what .lac/bases held.
 */
async function readBases(
  root: TargetRoot,
  state: LacState | undefined,
  pending: Pending,
  looked?: PackFileLooks,
): Promise<RecordedBases> {
  const inspection = await inspectPackFile(root, BASES_FILE, looked);
  // Not there: a pack written before .lac/bases, or none. There but not readable (the plan says why).
  if (!inspection.ok) return { bases: {}, problem: inspection.error.message };
  if (inspection.current === undefined) {
    // Gone from a pack whose state file records it: deleted, not a pack of the earlier layout.
    if (state !== undefined && Object.hasOwn(state.files, BASES_FILE))
      return { bases: {}, problem: `${BASES_FILE} is missing` };
    return { bases: await earlierCopies(root, state, looked) };
  }
  const parsed = parseBases(inspection.current.toString("utf8"));
  if (!parsed.ok)
    return parsed.reason === "newer"
      ? { bases: {}, newer: parsed.message }
      : { bases: {}, problem: parsed.message };
  // The file as lac last recorded it, unless a run was killed after writing it (its record says so):
  // a base edited by hand, even one that keeps the file's layout, would merge wrongly.
  const recordedHash =
    state !== undefined && Object.hasOwn(state.files, BASES_FILE) ? state.files[BASES_FILE] : undefined;
  const killedRun = Object.keys(pending.files).length > 0;
  if (recordedHash !== undefined && inspection.currentHash !== recordedHash && !killedRun)
    return { bases: {}, problem: `${BASES_FILE} changed since lac wrote it` };
  return { bases: parsed.bases };
}

/**
 * The copies under .lac/base/ of a pack written before .lac/bases, each only as lac wrote it: its
 * hash is the one the state file records (a copy changed since, or not recorded, is not used).
 */
async function earlierCopies(
  root: TargetRoot,
  state: LacState | undefined,
  looked?: PackFileLooks,
): Promise<Bases> {
  const bases = Object.create(null) as Record<string, string>;
  if (state === undefined) return bases;
  const prefix = `${LEGACY_BASE_DIR}/`;
  const recorded = Object.keys(state.files);
  for (let index = 0; index < recorded.length; index++) {
    const copy = recorded[index] as string;
    if (!copy.startsWith(prefix)) continue;
    const inspection = await inspectPackFile(root, copy, looked);
    if (inspection.ok && inspection.current !== undefined && inspection.currentHash === state.files[copy])
      bases[copy.slice(prefix.length)] = inspection.current.toString("utf8");
  }
  return bases;
}

/**
 * For each file: the hash of its new content, and its new base when that is not the new content itself
 * (a merged file, or one written with conflict markers). Without `base`, the new content is its own base.
 */
interface Pending {
  readonly files: Readonly<Record<string, { readonly written: string; readonly base?: string }>>;
  /**
   * Each Word or HTML file the run writes (made from the Markdown, with no base): the hash of what it
   * writes, then those of what earlier runs killed since the state file was last written wrote there.
   */
  readonly derived: Readonly<Record<string, readonly string[]>>;
}

const NO_PENDING: Pending = { files: {}, derived: {} };

/** An object that is neither null nor an array (what JSON.parse gives for `{…}`). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

async function readText(root: TargetRoot, path: string, looked?: PackFileLooks): Promise<string | undefined> {
  const inspection = await inspectPackFile(root, path, looked);
  return inspection.ok && inspection.current !== undefined ? inspection.current.toString("utf8") : undefined;
}

async function readPending(root: TargetRoot, looked?: PackFileLooks): Promise<Pending> {
  const text = await readText(root, PENDING_PATH, looked);
  if (text === undefined) return NO_PENDING;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A damaged record of a run that was killed: the bases in .lac/bases still hold.
    return NO_PENDING;
  }
  if (!isRecord(parsed)) return NO_PENDING;
  // Only entries of the shapes lac writes are read: a record damaged or edited by hand is not trusted
  // further than that (objects without a prototype, so that no path can set one).
  const files = Object.create(null) as Record<string, { written: string; base?: string }>;
  const given = isRecord(parsed.files) ? parsed.files : {};
  for (const path of Object.keys(given)) {
    const entry = given[path];
    if (!isRecord(entry) || typeof entry.written !== "string") continue;
    if (entry.base === undefined) files[path] = { written: entry.written };
    else if (typeof entry.base === "string") files[path] = { written: entry.written, base: entry.base };
  }
  const derived = Object.create(null) as Record<string, readonly string[]>;
  const hashes = isRecord(parsed.derived) ? parsed.derived : {};
  for (const path of Object.keys(hashes)) {
    const list = hashes[path];
    const strings = Array.isArray(list) ? list.filter((hash) => typeof hash === "string") : [];
    if (strings.length > 0) derived[path] = strings;
  }
  return { files, derived };
}

/**
 * Merges each rendered text file with the file as the council left it, from the base lac recorded.
 * Reads files only; `undefined` when the target folder cannot be read (the plan reports why).
 */
export async function mergePackFiles(options: MergePackOptions): Promise<PackMerges | undefined> {
  const rooted =
    options.looked === undefined
      ? await resolveTargetRoot(options.targetDir)
      : options.looked.targetRoot(options.targetDir);
  if (!rooted.ok) return undefined;
  const root = rooted.root;
  const pending = await readPending(root, options.looked);
  // .lac/bases is read when a file needs its base, or when the bases of this run's files alone do not
  // make the file as it is (see below).
  let recorded: RecordedBases | undefined;
  const merges: FileMerge[] = [];
  // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
  const files = options.files;
  for (let index = 0; index < files.length; index++) {
    const { path, content } = files[index] as (typeof files)[number];
    const next = typeof content === "string" ? RenderedText.ofString(content) : content;
    const nextHash = hashContent(next);
    // The file's bytes are kept only when they are not the new render's (to merge them, or show a diff).
    const inspection = await inspectPackFile(root, path, options.looked, { unless: next });
    if (!inspection.ok || inspection.currentHash === undefined) {
      merges.push({ path, status: "create", content: next, base: next });
      continue;
    }
    const currentHash = inspection.currentHash;
    // A file that holds the new render's bytes (its SHA-256 hash, which the state file records anyway):
    // unchanged, without decoding it into a string (fresh memory twice the pack's size, for a run that
    // changes nothing; the text of a file is only needed to merge it or to show a diff).
    if (currentHash === nextHash) {
      merges.push({ path, currentHash, status: "unchanged", content: next, base: next });
      continue;
    }
    const current = (inspection.current as Buffer).toString("utf8");
    const known = { path, current, currentHash };
    // The same text in other bytes (not UTF-8 as lac writes it, say) is unchanged too, as before.
    if (current === next.text) {
      merges.push({ ...known, status: "unchanged", content: next, base: next });
      continue;
    }
    if (options.force) {
      merges.push({ ...known, status: "update", content: next, base: next });
      continue;
    }
    recorded ??= await readBases(root, options.state, pending, options.looked);
    if (recorded.newer !== undefined) return { merges: [], newerBases: recorded.newer, pendingDerived: {} };
    const journal = Object.hasOwn(pending.files, path) ? pending.files[path] : undefined;
    const recordedHash =
      options.state !== undefined && Object.hasOwn(options.state.files, path)
        ? options.state.files[path]
        : undefined;
    // A file that already holds the new content of a killed run: its base is in the record, or is that content.
    const journalBase =
      journal === undefined || journal.written !== currentHash
        ? undefined
        : typeof journal.base === "string"
          ? journal.base
          : journal.base === undefined
            ? current
            : undefined;
    const base =
      journalBase ??
      (Object.hasOwn(recorded.bases, path) ? recorded.bases[path] : undefined) ??
      (recordedHash === currentHash ? current : undefined);
    if (base === undefined) {
      const reason =
        recordedHash === undefined
          ? CONFLICT_NOT_WRITTEN_BY_LAC
          : recorded.problem !== undefined
            ? unreadableBasesReason(recorded.problem)
            : NO_BASE_REASON;
      merges.push({ ...known, status: "conflict", content: next, reason });
    } else if (base === current) {
      merges.push({ ...known, status: "update", content: next, base: next });
    } else if (base === next.text) {
      merges.push({ ...known, status: "unchanged", content: current, base: next });
    } else {
      const merged = options.loadMerge().mergeText(base, current, next.text, options.labels);
      if (merged.ok) {
        const status = merged.text === current ? "unchanged" : "merged";
        merges.push({ ...known, status, content: merged.text, base: next });
      } else {
        merges.push({
          ...known,
          status: "conflict",
          content: options.markers ? merged.marked : next,
          conflicts: merged.conflicts,
          ...(options.markers ? { base: next } : {}),
        });
      }
    }
  }
  // The bases of files not merged this run (no longer rendered, or left unresolved) stay recorded. Most
  // runs have none: then .lac/bases, if it holds exactly this run's bases, is not read again (its text is
  // fresh memory twice its size, which a run that changes nothing would decode for nothing).
  if (recorded === undefined) {
    const own = basesToWrite(merges, {});
    const ownHash = hashContent(own.content);
    // Known without hashing the file when it holds exactly these bytes (see InspectionNeeds).
    const inspection = await inspectPackFile(root, BASES_FILE, options.looked, { unless: own.content });
    if (inspection.ok && inspection.currentHash === ownHash)
      return { merges, basesFile: own, pendingDerived: pending.derived };
    recorded = await readBases(root, options.state, pending, options.looked);
    if (recorded.newer !== undefined) return { merges: [], newerBases: recorded.newer, pendingDerived: {} };
    // No base recorded for a file outside this run's (a first run has none): the bases to write are this
    // run's own, already made (making them again would take another buffer the size of the pack).
    if (onlyBasesOf(merges, recorded.bases))
      return { merges, basesFile: own, pendingDerived: pending.derived };
  }
  return { merges, basesFile: basesToWrite(merges, recorded.bases), pendingDerived: pending.derived };
}

/** True when every path of `recordedBases` gets a new base from `merges`, which then replace them all. */
function onlyBasesOf(merges: readonly FileMerge[], recordedBases: Bases): boolean {
  const recordedPaths = Object.keys(recordedBases);
  if (recordedPaths.length === 0) return true;
  const newBases = new Set<string>();
  for (let index = 0; index < merges.length; index++) {
    const { path, base } = merges[index] as FileMerge;
    if (base !== undefined) newBases.add(path);
  }
  return recordedPaths.every((path) => newBases.has(path));
}

/**
 * .lac/bases as this run leaves it: the new base of each file merged, and the recorded base of
 * every other file (one not rendered any more, or left unresolved). Written after the files it holds the
 * bases of, so that a base is never newer than its file. Its content is the file's bytes in parts
 * (Utf8Parts): each rendered text's own bytes and the lines between them, never joined into one
 * string or one buffer.
 */
function basesToWrite(
  merges: readonly FileMerge[],
  recordedBases: Bases,
): PackFile & { readonly content: Utf8Parts } {
  const bases = Object.create(null) as Record<string, string | RenderedText>;
  for (const path of Object.keys(recordedBases)) bases[path] = recordedBases[path] as string;
  for (let index = 0; index < merges.length; index++) {
    const { path, base } = merges[index] as FileMerge;
    if (base !== undefined) bases[path] = base;
  }
  return { path: BASES_FILE, content: Utf8Parts.of(basesFileLayout(bases, textLength)) };
}

/** A base's length as a text, in UTF-16 code units (what .lac/bases records), without decoding it. */
const textLength = (base: string | RenderedText): number =>
  typeof base === "string" ? base.length : base.textLength;

/**
 * The state the plan should judge the files by: a merged file is lac's to write (its current content
 * went into the merge), and so is .lac/bases, and so is a Word or HTML file of this run (a path of
 * `derivedPaths`) that holds what a run killed part-way wrote into it (its pending record says so). Other
 * files keep what the state file recorded.
 */
export async function stateForPlan(
  targetDir: string,
  state: LacState | undefined,
  { merges, pendingDerived }: PackMerges,
  template: Omit<LacState, "files">,
  looked?: PackFileLooks,
  derivedPaths: Readonly<Record<string, unknown>> = {},
): Promise<LacState> {
  const files: Record<string, string> = { ...state?.files };
  for (let index = 0; index < merges.length; index++) {
    const merge = merges[index] as FileMerge;
    if (merge.base !== undefined && merge.currentHash !== undefined) files[merge.path] = merge.currentHash;
  }
  const rooted = looked === undefined ? await resolveTargetRoot(targetDir) : looked.targetRoot(targetDir);
  if (rooted.ok) {
    // Only the hash is needed here (and by the plan, which compares it with the new file's).
    const inspection = await inspectPackFile(rooted.root, BASES_FILE, looked, "hash");
    if (inspection.ok && inspection.currentHash !== undefined) files[BASES_FILE] = inspection.currentHash;
    // Only this run's Word and HTML files: the record says nothing of any other file.
    for (const path of Object.keys(pendingDerived)) {
      if (!Object.hasOwn(derivedPaths, path)) continue;
      const derived = await inspectPackFile(rooted.root, path, looked, "hash");
      const current = derived.ok ? derived.currentHash : undefined;
      if (current !== undefined && pendingDerived[path]?.includes(current)) files[path] = current;
    }
  }
  return { ...(state ?? template), files };
}

/**
 * Records, before any pack file is written, which base each new content comes from, and the hash of each
 * Word or HTML file the run writes (`derived`: they have no base, but a run killed after writing one must
 * not leave it looking edited). The hashes an earlier record holds (`earlier`, of runs killed since the
 * state file was last written) are kept: a file one of them wrote is still lac's if this run is killed too.
 * `durable`: flushed to the disk (fsync) before any pack file is written, so that a power cut cannot leave
 * the new files without it; a pack's first run, which has no edits to protect, need not wait for the disk.
 */
export async function writePending(
  targetDir: string,
  merges: readonly FileMerge[],
  derived: Readonly<Record<string, string>> = {},
  earlier: Readonly<Record<string, readonly string[]>> = {},
  durable = true,
): Promise<void> {
  const files: Record<string, { written: string; base?: string }> = {};
  for (const merge of merges) {
    if (merge.base === undefined) continue;
    const written = hashContent(merge.content);
    // Most new contents are their own base: the record then holds only their hash, not a copy of the pack.
    files[merge.path] = merge.base === merge.content ? { written } : { written, base: textOf(merge.base) };
  }
  const hashes = Object.create(null) as Record<string, string[]>;
  for (const path of Object.keys(earlier)) hashes[path] = [...(earlier[path] ?? [])];
  for (const path of Object.keys(derived)) {
    const written = derived[path] as string;
    hashes[path] = [written, ...(hashes[path] ?? []).filter((hash) => hash !== written)];
  }
  const record = Object.keys(hashes).length > 0 ? { files, derived: hashes } : { files };
  await writeFileAtomic(join(targetDir, ...PENDING_PATH.split("/")), `${JSON.stringify(record)}\n`, {
    durable,
  });
}

/** Once the state file records the run, the pending record is no longer needed. */
export function removePending(targetDir: string): void {
  const path = join(targetDir, ...PENDING_PATH.split("/"));
  // Usually there is none. unlinkSync tells so without Node.js 20's rmSync, which loads its
  // recursive remover for every call; anything but "not there" goes to rmSync, for its own error.
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") rmSync(path, { force: true });
  }
}
