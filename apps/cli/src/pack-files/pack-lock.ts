import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomHex } from "../crypto-and-flags.js";
import { locatePackFileNow, resolveTargetRootNow } from "./locate-pack-file.js";
import { computerName } from "../this-computer.js";

/**
 * The pack lock: one lac run at a time plans and writes a pack. Two runs at once (a `lac generate` and
 * a `lac init --force`, say) would each plan from the same files and then write their files in turn,
 * leaving a pack mixed from both renders and a state file that matches neither. So every command that
 * writes a pack takes the lock (`withPackLock`) before it reads the state file and holds it until the
 * state file is written; a second run finds the lock taken and stops at once, writing nothing.
 *
 * The lock is the file `.lac/lock`, created only if it does not exist (atomic on every file system lac
 * supports), holding who took it: the process id, the computer's name, when and which command. A lock
 * left behind by a run that was killed (its process is no longer running on this computer) is stale:
 * lac removes it, says so, and takes the lock. A lock taken on another computer (a pack in a shared
 * folder) cannot be checked, so lac says whose it is and how to remove it.
 */
export const PACK_LOCK_PATH = ".lac/lock";

/** Held for a moment by the run that removes a stale lock, so that two runs never both remove one. */
export const PACK_LOCK_BREAK_PATH = ".lac/lock.break";

/** A lock file younger than this that cannot be read yet is a run that is just taking it. */
const JUST_TAKEN_MS = 10_000;

/** Who holds a lock, as written in the lock file. */
export interface PackLockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** ISO 8601 date and time the lock was taken. */
  readonly startedAt: string;
  /** The command that took it, such as `lac generate`. */
  readonly command: string;
  /** Tells this lock from another taken by a process with the same id. */
  readonly token: string;
}

export type PackLockErrorCode =
  /** Another run holds the lock, or one on another computer did, or the lock file is damaged. */
  | "pack-locked"
  /** The lock would be written through a symbolic link, or where a file is in the way. */
  | "unsafe-lock-path";

export interface PackLockError {
  readonly code: PackLockErrorCode;
  readonly message: string;
  /** The lock file, relative to the target folder. */
  readonly path: string;
  /** Who holds the lock, when the lock file says so. */
  readonly owner?: PackLockOwner;
}

export interface PackLock {
  /**
   * False when lac could not create the lock because the folder cannot be written to. The run then
   * goes on without it: it can write nothing either (writing checks first that every folder, `.lac`
   * included, can be written to), so it can still say that nothing needs writing, or why it cannot write.
   */
  readonly held: boolean;
  /** The stale lock this run removed before taking its own: commands say so. */
  readonly clearedStale?: PackLockOwner;
  /** Removes the lock (and the folders taking it created, if they are still empty). Safe to call twice. */
  release(): void;
}

export type AcquirePackLockResult =
  { readonly ok: true; readonly lock: PackLock } | { readonly ok: false; readonly error: PackLockError };

export interface AcquirePackLockOptions {
  /** The command taking the lock, shown to a run that finds it taken: `lac generate`. */
  readonly command: string;
  /** The target folder as shown to people, for the lock file's path in messages (default: the absolute folder). */
  readonly shownDir?: string;
  /** For tests: whether a process with this id runs on this computer. */
  readonly isRunning?: (pid: number) => boolean;
  /** For tests: this computer's name. */
  readonly hostname?: string;
}

/** The tokens of the locks this process holds. */
const heldTokens = new Set<string>();

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Whether the process `pid` runs on this computer. A process lac may not signal (EPERM) runs. */
function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function parseOwner(text: string): PackLockOwner | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  const { pid, hostname, startedAt, command, token } = value as Record<string, unknown>;
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (typeof hostname !== "string" || typeof startedAt !== "string") return undefined;
  if (typeof command !== "string" || typeof token !== "string" || token === "") return undefined;
  return { pid, hostname, startedAt, command, token };
}

/** `lac generate (process 4242, started 2026-11-30T19:20:00.000Z)` */
function describeOwner(owner: PackLockOwner): string {
  return `${owner.command} (process ${owner.pid}, started ${owner.startedAt})`;
}

/**
 * Creates `path` only if it does not exist, holding `text`; throws EEXIST when it does. The text is
 * written to a temporary file first and then hard-linked into place, so that a run killed at any moment
 * leaves either no lock or a whole one, never an empty lock that the next run cannot read. (The
 * temporary file has lac's own temporary name, so the next run removes it if it is left behind.) Where
 * the file system has no hard links, the lock is created and written in place.
 */
function createExclusive(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.lac-${randomHex(6)}.tmp`);
  writeFileSync(temporary, text, { mode: 0o644, flag: "wx" });
  try {
    linkSync(temporary, path);
    return;
  } catch (error) {
    if (errorCode(error) === "EEXIST") throw error;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone: a run holding the lock removes lac's leftover temporary files.
    }
  }
  const fd = openSync(path, "wx", 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

type Breaking = "removed" | "changed" | { readonly error: PackLockError };

/**
 * Removes the lock file at `lockPath` if it still holds `staleText`. Only one run at a time may do this
 * (it holds `breakPath` meanwhile): the lock cannot change under it, as only its owner, who is gone,
 * or a run holding `breakPath` removes a lock, and no one can create one while it exists.
 */
function removeStaleLock(
  lockPath: string,
  breakPath: string,
  staleText: string,
  shownBreakPath: string,
  me: string,
): Breaking {
  try {
    createExclusive(breakPath, me);
  } catch (error) {
    if (errorCode(error) !== "EEXIST") return "changed";
    if (ageMs(breakPath) < JUST_TAKEN_MS) {
      return {
        error: {
          code: "pack-locked",
          path: PACK_LOCK_BREAK_PATH,
          message: `Another lac run is taking over the lock of this pack at this moment. Run lac again in a moment.`,
        },
      };
    }
    return {
      error: {
        code: "pack-locked",
        path: PACK_LOCK_BREAK_PATH,
        message:
          `A lac run stopped while it was removing a stale lock, and left ${shownBreakPath} behind. ` +
          `If no lac is running on this pack, delete ${shownBreakPath} and run lac again.`,
      },
    };
  }
  try {
    if (readIfThere(lockPath) !== staleText) return "changed";
    unlinkSync(lockPath);
    return "removed";
  } catch {
    return "changed";
  } finally {
    try {
      unlinkSync(breakPath);
    } catch {
      // Already gone: nothing to undo.
    }
  }
}

/** Creates the folders of `folder` that are missing; returns those it created, deepest first. */
function createFolders(folder: string): string[] {
  const first = mkdirSync(folder, { recursive: true });
  const created: string[] = [];
  if (first === undefined) return created;
  for (let current = folder; current.length >= first.length; current = dirname(current)) {
    created.push(current);
    if (current === first) break;
  }
  return created;
}

function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of folders) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (the run wrote its pack there) or already gone: leave it.
      return;
    }
  }
}

const UNHELD: PackLock = { held: false, release: () => undefined };

/** Two or three digits, with leading zeros. */
function digits(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * `new Date(ms).toISOString()`, told from the UTC fields alone: the first toISOString of a process sets up
 * the local time zone (reading /etc/localtime and ICU's zone data), about 2 ms that lac needs nowhere else.
 */
export function isoTimestamp(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  // Years outside 0000-9999 are written with a sign and six digits: leave those to toISOString.
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  return (
    `${digits(year, 4)}-${digits(date.getUTCMonth() + 1, 2)}-${digits(date.getUTCDate(), 2)}` +
    `T${digits(date.getUTCHours(), 2)}:${digits(date.getUTCMinutes(), 2)}:${digits(date.getUTCSeconds(), 2)}` +
    `.${digits(date.getUTCMilliseconds(), 3)}Z`
  );
}

/**
 * Takes the lock of the pack in `targetDir`, creating the target folder and `.lac` if need be. Fails,
 * without waiting, when another run holds it; removes a stale lock (see above) and says so in
 * `clearedStale`. The lock is also removed if the process exits while holding it (such as on Ctrl-C).
 */
export async function acquirePackLock(
  targetDir: string,
  options: AcquirePackLockOptions,
): Promise<AcquirePackLockResult> {
  const isRunning = options.isRunning ?? processIsRunning;
  const host = options.hostname ?? computerName();
  const rooted = resolveTargetRootNow(targetDir);
  // A target that cannot be a folder: the plan says why, in its own words, and nothing is written.
  if (!rooted.ok) return { ok: true, lock: UNHELD };
  const root = rooted.root;
  for (const path of [PACK_LOCK_PATH, PACK_LOCK_BREAK_PATH]) {
    const location = locatePackFileNow(root, path);
    if (!location.ok) {
      return {
        ok: false,
        error: {
          code: "unsafe-lock-path",
          path,
          message: `lac cannot take the lock of this pack: ${location.problem.message}`,
        },
      };
    }
  }
  const lockPath = join(root.dir, ...PACK_LOCK_PATH.split("/"));
  const breakPath = join(root.dir, ...PACK_LOCK_BREAK_PATH.split("/"));
  const shownDir = options.shownDir ?? root.dir;
  const shown = (path: string) => (shownDir === "." ? path : join(shownDir, path));
  const shownLock = shown(PACK_LOCK_PATH);

  let created: string[];
  try {
    created = createFolders(dirname(lockPath));
  } catch {
    // The folder cannot be created: the run cannot write either, and says why when it tries.
    return { ok: true, lock: UNHELD };
  }

  const token = randomHex(8);
  const me: PackLockOwner = {
    pid: process.pid,
    hostname: host,
    startedAt: isoTimestamp(Date.now()),
    command: options.command,
    token,
  };
  const locked = (message: string, owner?: PackLockOwner): AcquirePackLockResult => {
    removeEmptyFolders(created);
    return {
      ok: false,
      error: { code: "pack-locked", path: PACK_LOCK_PATH, message, ...(owner ? { owner } : {}) },
    };
  };
  const ifNoneRunning = `If you are sure no lac is running on this pack, delete ${shownLock} and run lac again.`;

  let clearedStale: PackLockOwner | undefined;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      createExclusive(lockPath, `${JSON.stringify(me)}\n`);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") {
        // The lock cannot be written (a read-only folder, a full disk): neither can the pack.
        removeEmptyFolders(created);
        return { ok: true, lock: UNHELD };
      }
      let text: string | undefined;
      try {
        text = readIfThere(lockPath);
      } catch {
        text = "";
      }
      if (text === undefined) continue; // Released in the meantime: try again.
      const owner = parseOwner(text);
      if (owner === undefined) {
        if (ageMs(lockPath) < JUST_TAKEN_MS) {
          return locked(
            `Another lac run is starting to write this pack. Wait for it to finish, then run lac again.`,
          );
        }
        return locked(
          `The lock file ${shownLock} is damaged, so lac cannot tell whether another run is writing this pack. ${ifNoneRunning}`,
        );
      }
      if (owner.hostname !== host) {
        return locked(
          `Another lac run is writing this pack: ${describeOwner(owner)} on the computer ${owner.hostname}. ` +
            `lac lets one run at a time write a pack, so that two runs never mix their files. ` +
            `Wait for it to finish, then run lac again. If it is no longer running on ${owner.hostname}, ` +
            `delete ${shownLock} and run lac again.`,
          owner,
        );
      }
      // A lock with this process's id is one of its own, or was left by an earlier process that had the same id.
      const runningHere = owner.pid === process.pid ? heldTokens.has(owner.token) : isRunning(owner.pid);
      if (runningHere) {
        return locked(
          `Another lac run is writing this pack: ${describeOwner(owner)}. ` +
            `lac lets one run at a time write a pack, so that two runs never mix their files. ` +
            `Wait for it to finish, then run lac again. ${ifNoneRunning}`,
          owner,
        );
      }
      const removed = removeStaleLock(
        lockPath,
        breakPath,
        text,
        shown(PACK_LOCK_BREAK_PATH),
        JSON.stringify(me),
      );
      if (typeof removed === "object") {
        removeEmptyFolders(created);
        return { ok: false, error: removed.error };
      }
      if (removed === "removed") clearedStale = owner;
      continue;
    }

    heldTokens.add(token);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off("exit", release);
      heldTokens.delete(token);
      try {
        if (parseOwner(readIfThere(lockPath) ?? "")?.token === token) unlinkSync(lockPath);
      } catch {
        // The lock is gone already.
      }
      removeEmptyFolders(created);
    };
    process.on("exit", release);
    return { ok: true, lock: { held: true, release, ...(clearedStale ? { clearedStale } : {}) } };
  }
  return locked(
    `Other lac runs keep taking the lock of this pack. Wait for them to finish, then run lac again.`,
  );
}

export type WithPackLockResult<T> =
  | { readonly ok: true; readonly value: T; readonly clearedStale?: PackLockOwner }
  | { readonly ok: false; readonly error: PackLockError };

/**
 * Runs `work` holding the lock of the pack in `targetDir`, and releases the lock afterwards, whatever
 * happens. Every command that writes a pack plans and writes it inside `work`.
 */
export async function withPackLock<T>(
  targetDir: string,
  options: AcquirePackLockOptions,
  work: (lock: PackLock) => Promise<T>,
): Promise<WithPackLockResult<T>> {
  const acquired = await acquirePackLock(targetDir, options);
  if (!acquired.ok) return acquired;
  const { lock } = acquired;
  try {
    const value = await work(lock);
    return { ok: true, value, ...(lock.clearedStale ? { clearedStale: lock.clearedStale } : {}) };
  } finally {
    lock.release();
  }
}

/** What to tell people when a run removed a stale lock. */
export function clearedStaleLockMessage(owner: PackLockOwner): string {
  return `lac removed a stale lock of this pack, left by ${describeOwner(owner)}, which stopped before it finished (its process is no longer running).`;
}
