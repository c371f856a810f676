import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writevSync,
} from "node:fs";
import { randomHex } from "../crypto-and-flags.js";
import { childOf, splitLast } from "./plain-path.js";
import { Utf8Parts } from "./utf8-parts.js";

/** Marks lac's temporary files: `.<name>.lac-<random>.tmp`, always in the same folder as the file. */
export const TEMP_FILE_MARKER = ".lac-";

/**
 * Exactly the names `writeFileAtomic` gives its temporary files: `.<name>.lac-<12 hex digits>.tmp`, or
 * `.lac-<12 hex digits>.tmp` for a long name. Only files with such a name are lac's to remove.
 */
export const TEMP_FILE_PATTERN = /^(?:\..+)?\.lac-[0-9a-f]{12}\.tmp$/;

/**
 * The errors a rename gives on Windows while another program (an antivirus scanner, a search indexer,
 * a sync client such as OneDrive) briefly holds the file open. They pass, so a rename is tried again.
 */
const TRANSIENT_RENAME_ERRORS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  win32: ["EPERM", "EBUSY", "EACCES"],
};

/** How long, in all, renames are retried: long enough for a virus scan of a document, short enough to give up. */
export const RENAME_RETRY_BUDGET_MS = 3000;

export interface RenameRetryOptions {
  /** The platform whose transient errors are retried (default: this one). */
  readonly platform?: NodeJS.Platform;
  /** The rename to try (default: `fs.renameSync`); tests inject failures here. */
  readonly rename?: (from: string, to: string) => void;
  /** How long to wait between tries (default: a timer). */
  readonly sleep?: (ms: number) => Promise<unknown>;
  /** How long to keep trying, in milliseconds (default: {@link RENAME_RETRY_BUDGET_MS}). */
  readonly budgetMs?: number;
}

/**
 * Renames `from` to `to`, trying again for a short while (waiting 10 ms, then twice as long each time,
 * at most 3 seconds in all) when Windows refuses with EPERM, EBUSY or EACCES because another program
 * holds the file, as npm's graceful-fs does. Any other error, or the same error on another platform
 * (where it means what it says), is thrown at once; the last error is thrown when time runs out.
 */
export async function renameWithRetry(
  from: string,
  to: string,
  options: RenameRetryOptions = {},
): Promise<void> {
  const rename = options.rename ?? renameSync;
  const wait = options.sleep ?? sleep;
  const transient = TRANSIENT_RENAME_ERRORS[options.platform ?? process.platform] ?? [];
  const budget = options.budgetMs ?? RENAME_RETRY_BUDGET_MS;
  let waited = 0;
  let delay = 10;
  for (;;) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined || !transient.includes(code) || waited >= budget) throw error;
      const pause = Math.min(delay, budget - waited);
      await wait(pause);
      waited += pause;
      delay = Math.min(delay * 2, 500);
    }
  }
}

/** Waits `ms` milliseconds (a plain timer: node:timers/promises would be one more module to load at every run). */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Random hexadecimal digits not used yet, drawn 64 names at a time (one call for a pack, not one a file). */
let unusedRandomHex = "";

/** 12 random hexadecimal digits (6 random bytes), for a temporary name. */
function randomHex12(): string {
  if (unusedRandomHex.length < 12) unusedRandomHex = randomHex(6 * 64);
  const random = unusedRandomHex.slice(0, 12);
  unusedRandomHex = unusedRandomHex.slice(12);
  return random;
}

function tempPathFor(filePath: string): string {
  const { dir, name } = splitLast(filePath);
  const random = randomHex12();
  // Keep the temporary name within the 255-byte limit most file systems have.
  const prefix = Buffer.byteLength(name, "utf8") > 200 ? "" : `.${name}`;
  return childOf(dir, `${prefix}${TEMP_FILE_MARKER}${random}.tmp`);
}

/**
 * Writes the bytes of `content` to `fd` in one writev(2): libuv writes every part, as many at a time as
 * the system allows, and goes on after a short write (an error is thrown as the operating system's).
 */
function writeParts(fd: number, content: Utf8Parts): void {
  if (content.parts.length === 0) return;
  const written = writevSync(fd, content.parts as Uint8Array[]);
  if (written !== content.byteLength)
    throw Object.assign(new Error(`wrote ${written} of ${content.byteLength} bytes`), { code: "EIO" });
}

const NO_OPTIONS = {};
const STAT_IF_THERE = { throwIfNoEntry: false } as const;

/**
 * Writes `content` to `filePath` so that the file is never seen half-written: the content goes to a
 * temporary file in the same folder, and is then renamed over the target in one step. With `durable`
 * (lac's state file), the content is flushed to disk before the rename, so that even a power cut
 * cannot leave the file empty; the documents are not flushed, as that costs more than the rest of a
 * run and a document is rendered again by the next run.
 * An existing file keeps its permission bits. The folder must already exist.
 *
 * On Windows, a rename refused because another program holds the file is retried briefly (see
 * {@link renameWithRetry}).
 *
 * Rejects with the operating system's error (such as EACCES or ENOSPC) if the write fails; the temporary
 * file is then removed and the target is left as it was.
 */
export async function writeFileAtomic(
  filePath: string,
  content: string | Uint8Array | Utf8Parts,
  options: {
    readonly durable?: boolean;
    readonly retry?: RenameRetryOptions;
    /**
     * The caller has just seen that there is no file at `filePath` (lac checks every file again just before
     * writing): there is no permission to keep, so the file is not looked at once more.
     */
    readonly absent?: boolean;
  } = NO_OPTIONS,
): Promise<void> {
  let mode: number | undefined;
  if (options.absent !== true) {
    try {
      // A new file (most of a new pack) is told without an exception.
      const stats = statSync(filePath, STAT_IF_THERE);
      mode = stats === undefined ? undefined : stats.mode & 0o7777;
    } catch {
      mode = undefined;
    }
  }
  const tempPath = tempPathFor(filePath);
  let created = false;
  try {
    // "wx": fail rather than reuse a file that happens to have the temporary name.
    const fd = openSync(tempPath, "wx", 0o666);
    created = true;
    try {
      if (content instanceof Utf8Parts) writeParts(fd, content);
      else writeFileSync(fd, content);
      if (mode !== undefined) fchmodSync(fd, mode);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.retry === undefined) {
      // Nearly always the first rename succeeds: no retry loop (an async call of its own) for each file.
      try {
        renameSync(tempPath, filePath);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const transient = TRANSIENT_RENAME_ERRORS[process.platform];
        if (code === undefined || transient === undefined || !transient.includes(code)) throw error;
      }
    }
    await renameWithRetry(tempPath, filePath, options.retry);
  } catch (error) {
    // Only remove the temporary file this call created, never a file that happened to have the same name.
    if (created) rmSync(tempPath, { force: true });
    throw error;
  }
}
