import { basename, dirname, join, resolve, sep } from "node:path";

/**
 * Paths under the target folder, built without `path.join` and `path.resolve` when nothing in them needs
 * normalising. A run builds each pack file's path several times (to locate it, check it again, write it
 * and name its temporary file), and with V8's optimising compilers off (as lac runs) every `join` or
 * `resolve` normalises the whole path again and every spread of segments allocates an array: for the
 * large council's 136 files, about a megabyte of garbage. On POSIX, joining a folder that `path.resolve`
 * already made absolute and normal (no `.` or `..` segment, no doubled or trailing `/`) with plain names
 * (not empty, not `.` or `..`, no `/`) is putting a `/` between them, which is what these functions do;
 * anything else, and everything on Windows, goes through `node:path` as before. A property test
 * compares them with `node:path`.
 */

/** True on POSIX, where `/` is the only separator; on Windows everything goes through `node:path`. */
const POSIX = sep === "/";

/**
 * An absolute POSIX path as `path.resolve` leaves it, other than `/` itself: segments that are neither
 * empty nor `.` nor `..`.
 */
const NORMAL_ABSOLUTE = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

/** True when `path` is absolute and normal (see {@link NORMAL_ABSOLUTE}), on POSIX. */
export function isNormalAbsolute(path: string): boolean {
  return POSIX && NORMAL_ABSOLUTE.test(path);
}

/**
 * `/`-separated segments that are plain names: not empty, not `.` or `..`. A regular expression rather
 * than a loop over the characters: V8 runs it as machine code, where lac runs its own code interpreted
 * (its optimising compilers off), a few times faster for each path a run builds.
 */
const PLAIN_SEGMENTS = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;

/** True when every `/`-separated segment of `path` is a plain name: not empty, not `.` or `..`. */
function hasPlainSegments(path: string): boolean {
  return PLAIN_SEGMENTS.test(path);
}

/**
 * `resolve(dir, ...packPath.split("/"))`: where the pack path `packPath` (folders separated by `/`) lands
 * under the folder `dir`.
 */
export function resolveUnder(dir: string, packPath: string): string {
  if (isNormalAbsolute(dir) && hasPlainSegments(packPath)) return `${dir}/${packPath}`;
  return resolve(dir, ...packPath.split("/"));
}

/** `join(dir, ...packPath.split("/"))` (the same as {@link resolveUnder} for an absolute `dir`). */
export function joinUnder(dir: string, packPath: string): string {
  if (isNormalAbsolute(dir) && hasPlainSegments(packPath)) return `${dir}/${packPath}`;
  return join(dir, ...packPath.split("/"));
}

/** `join(dir, name)`, for one more segment `name`. */
export function childOf(dir: string, name: string): string {
  if (isNormalAbsolute(dir) && name.length > 0 && name.indexOf("/") < 0 && hasPlainSegments(name))
    return `${dir}/${name}`;
  return join(dir, name);
}

/** `dirname(path)` and `basename(path)`. */
export function splitLast(path: string): { readonly dir: string; readonly name: string } {
  if (isNormalAbsolute(path)) {
    const last = path.lastIndexOf("/");
    if (last > 0) return { dir: path.slice(0, last), name: path.slice(last + 1) };
  }
  return { dir: dirname(path), name: basename(path) };
}
