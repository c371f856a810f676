import type { Stats } from "node:fs";
import { lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { childOf, resolveUnder, splitLast } from "./plain-path.js";

/**
 * Where a pack path lands on disk, checked against the file system: it must stay inside the target folder
 * even through symbolic links, its parent folders must be folders, and the file itself (if it exists) must
 * be a regular file. The spelling of the path is checked first by `checkPackPath`.
 */

export type PackLocationProblemCode =
  | "target-not-a-folder"
  | "outside-target"
  | "symlink-outside-target"
  | "broken-symlink"
  | "symlink"
  | "parent-is-file"
  | "not-a-file"
  | "unreadable";

export interface PackLocationProblem {
  readonly code: PackLocationProblemCode;
  readonly message: string;
}

/** The target folder as given (made absolute), and where it really is once symbolic links are followed. */
export interface TargetRoot {
  readonly dir: string;
  readonly realDir: string;
}

export type TargetRootResult =
  | { readonly ok: true; readonly root: TargetRoot }
  | { readonly ok: false; readonly problem: PackLocationProblem };

export type PackLocationResult =
  | { readonly ok: true; readonly absolutePath: string; readonly exists: boolean }
  | { readonly ok: false; readonly problem: PackLocationProblem };

/** `lstat` options: a missing path is told by `undefined`, without an exception (one object for every call). */
const IF_THERE = { throwIfNoEntry: false } as const;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** The first segments of a path, up to `index`, as a message shows them. */
function here(segments: readonly string[], index: number): string {
  return JSON.stringify(segments.slice(0, index + 1).join("/"));
}

/** True when `child` is `parent` itself or lies below it. */
function isWithin(parent: string, child: string): boolean {
  // The usual case, told without path.relative (which resolves both paths again): a path that starts
  // with the folder and a separator, with no `..` on the way. Anything else is decided as before.
  if (child.startsWith(`${parent}${sep}`) && !child.includes(`${sep}..`)) return true;
  const path = relative(parent, child);
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/**
 * Resolves the target folder. It need not exist yet, but the deepest part of it that does exist must be a
 * folder (not a file), or lac could never create it.
 */
export async function resolveTargetRoot(targetDir: string): Promise<TargetRootResult> {
  return resolveTargetRootNow(targetDir);
}

/** {@link resolveTargetRoot}, without a promise. */
export function resolveTargetRootNow(targetDir: string): TargetRootResult {
  const dir = resolve(targetDir);
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    let stats: Stats | undefined;
    try {
      stats = statSync(current);
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        return {
          ok: false,
          problem: {
            code: "unreadable",
            message: `lac could not check the target folder ${dir}: ${current} gave ${code ?? String(error)}. Check its permissions, or choose another target folder.`,
          },
        };
      }
    }
    if (stats !== undefined) {
      if (!stats.isDirectory()) {
        const where = current === dir ? "it is a file" : `${current} is a file`;
        return {
          ok: false,
          problem: {
            code: "target-not-a-folder",
            message: `The target folder ${dir} cannot be used: ${where}, not a folder. Choose another target folder, or move that file.`,
          },
        };
      }
      return { ok: true, root: { dir, realDir: join(realpathSync(current), ...missing) } };
    }
    const parent = dirname(current);
    if (parent === current) return { ok: true, root: { dir, realDir: dir } };
    missing.unshift(basename(current));
    current = parent;
  }
}

/**
 * What one pass over the pack has seen of the folders on the way to its files (`lstat`, `realpath`), so
 * that a folder holding sixty documents is looked at once, not sixty times. A pass is short (reading the
 * pack to plan, or checking it again just before writing), and each pass starts with a new one; the
 * files themselves are always looked at.
 */
export class FolderLooks {
  private readonly stats = new Map<string, { stats?: Stats | undefined; error?: unknown }>();
  private readonly realPaths = new Map<string, { real?: string; error?: unknown }>();

  /** The folder's `lstat`, or undefined when it does not exist (ENOENT); other errors are thrown. */
  lstat(path: string): Stats | undefined {
    let seen = this.stats.get(path);
    if (seen === undefined) {
      try {
        seen = { stats: lstatSync(path, IF_THERE) };
      } catch (error) {
        seen = { error };
      }
      this.stats.set(path, seen);
    }
    if (seen.error !== undefined) throw seen.error;
    return seen.stats;
  }

  realpath(path: string): string {
    let seen = this.realPaths.get(path);
    if (seen === undefined) {
      try {
        seen = { real: realpathSync(path) };
      } catch (error) {
        seen = { error };
      }
      this.realPaths.set(path, seen);
    }
    if (seen.real === undefined) throw seen.error;
    return seen.real;
  }
}

/**
 * Finds where the pack path `path` (already checked by `checkPackPath`) lands inside `root`. `folders`
 * remembers, for one pass over the pack, what the folders on the way were.
 */
export async function locatePackFile(
  root: TargetRoot,
  path: string,
  folders: FolderLooks = new FolderLooks(),
): Promise<PackLocationResult> {
  return locatePackFileNow(root, path, folders);
}

/**
 * {@link locatePackFile}, without a promise (a pass over the pack locates every file of it: an async
 * function each, and its promise, is what this saves).
 */
export function locatePackFileNow(
  root: TargetRoot,
  path: string,
  folders: FolderLooks = new FolderLooks(),
): PackLocationResult {
  const segments = path.split("/");
  const absolutePath = resolveUnder(root.dir, path);
  if (!isWithin(root.dir, absolutePath) || absolutePath === root.dir) {
    return {
      ok: false,
      problem: {
        code: "outside-target",
        message: `The path ${JSON.stringify(path)} resolves to ${absolutePath}, outside the target folder ${root.dir}. lac only writes inside the target folder.`,
      },
    };
  }

  let current = root.dir;
  let deepestExisting: string | undefined;
  // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
  for (let index = 0; index < segments.length; index += 1) {
    current = childOf(current, segments[index] as string);
    const isLast = index === segments.length - 1;
    let stats: Stats | undefined;
    try {
      stats = isLast ? lstatSync(current, IF_THERE) : folders.lstat(current);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR") break;
      return {
        ok: false,
        problem: {
          code: "unreadable",
          message: `lac could not check ${here(segments, index)} for ${JSON.stringify(path)} (${code ?? String(error)}). Check the permissions of the target folder.`,
        },
      };
    }
    // Not there (ENOENT, told without an exception).
    if (stats === undefined) break;
    if (stats.isSymbolicLink()) {
      if (isLast) {
        return {
          ok: false,
          problem: {
            code: "symlink",
            message: `${JSON.stringify(path)} is a symbolic link. lac only writes regular files and will neither follow nor replace a link. Replace the link with a copy of the file, or remove it.`,
          },
        };
      }
      let real: string;
      try {
        real = realpathSync(current);
        stats = statSync(current);
      } catch {
        return {
          ok: false,
          problem: {
            code: "broken-symlink",
            message: `${JSON.stringify(path)} goes through ${here(segments, index)}, a symbolic link to a place that does not exist. Remove the link or make it point to a folder inside the target folder.`,
          },
        };
      }
      if (!isWithin(root.realDir, real)) {
        return {
          ok: false,
          problem: {
            code: "symlink-outside-target",
            message: `${JSON.stringify(path)} goes through ${here(segments, index)}, a symbolic link to ${real}, which is outside the target folder ${root.dir}. lac never writes outside the target folder. Replace the link with a real folder, or choose another target folder.`,
          },
        };
      }
    }
    deepestExisting = current;
    if (!isLast && !stats.isDirectory()) {
      return {
        ok: false,
        problem: {
          code: "parent-is-file",
          message: `${JSON.stringify(path)} cannot be written: ${here(segments, index)} already exists as a file, so it cannot be a folder. Rename or move the file ${here(segments, index)}.`,
        },
      };
    }
    if (isLast && !stats.isFile()) {
      const what = stats.isDirectory() ? "a folder" : "something that is not a regular file";
      return {
        ok: false,
        problem: {
          code: "not-a-file",
          message: `${JSON.stringify(path)} already exists as ${what}, where lac needs to write a file. Rename or move it.`,
        },
      };
    }
  }

  // Belt and braces: wherever the deepest existing part of the path really is must be inside the target folder.
  if (deepestExisting !== undefined) {
    let real: string;
    try {
      // A regular file (not a link: refused above) is where its folder really is; a folder may be a link.
      if (deepestExisting === absolutePath) {
        const { dir, name } = splitLast(absolutePath);
        real = childOf(folders.realpath(dir), name);
      } else {
        real = folders.realpath(deepestExisting);
      }
    } catch (error) {
      return {
        ok: false,
        problem: {
          code: "unreadable",
          message: `lac could not follow ${JSON.stringify(path)} on disk (${errorCode(error) ?? String(error)}). Check the permissions of the target folder.`,
        },
      };
    }
    if (!isWithin(root.realDir, real)) {
      return {
        ok: false,
        problem: {
          code: "symlink-outside-target",
          message: `${JSON.stringify(path)} leads to ${real}, which is outside the target folder ${root.dir}. lac never writes outside the target folder. Replace any symbolic links on the way with real folders.`,
        },
      };
    }
  }
  return { ok: true, absolutePath, exists: deepestExisting === absolutePath };
}
