import { isAbsolute, relative, sep } from "node:path";

/**
 * How lac names a folder or file in what it prints: relative to the current folder when it is the
 * folder itself (".") or inside it (`my-pack/README.md`), and by its absolute path when it is anywhere
 * else, rather than by a climb out of the current folder (`../../tmp/my-pack`), which a reader has to
 * work out and which a command run from another folder would read differently.
 */
export function shownPath(cwd: string, path: string): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd === "") return ".";
  if (fromCwd === ".." || fromCwd.startsWith(`..${sep}`) || isAbsolute(fromCwd)) return path;
  return fromCwd;
}
