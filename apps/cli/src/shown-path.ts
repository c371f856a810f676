import { isAbsolute, relative, resolve } from "node:path";

/**
 * How lac names, in what it prints, a folder the person gave it (a pack, a report's folder): as they
 * gave it. One given as an absolute path is named by that path (`/tmp/my-pack`), not by a climb out of
 * the current folder that a reader has to work out (`../../tmp/my-pack`); one given relative to the
 * current folder is named relative to it, tidied (".", "my-pack", "../my-pack").
 */
export function shownPath(cwd: string, given: string): string {
  if (isAbsolute(given)) return resolve(given);
  return relative(cwd, resolve(cwd, given)) || ".";
}
