import type { PackFile, TextPackFile } from "./pack-file.js";
import { BASES_FILE } from "./pack-paths.js";

/** The only layout of .lac/bases.json that lac reads and writes. */
export const BASES_VERSION = 1;

/**
 * Pack path → the base of that file: exactly what the templates rendered the last time lac wrote it,
 * before the council's edits were merged in. `lac update` merges from it.
 */
export type Bases = Readonly<Record<string, string>>;

/**
 * The text of .lac/bases.json: indented JSON, one file a line, sorted by path (as the state file's
 * hashes are), so that the same bases always make the same bytes and a diff shows which bases changed.
 * One file for all the bases, not a copy of each: creating a file is what costs most when lac writes a
 * pack, and these copies were half the files of a new pack.
 */
export function serialiseBases(bases: Bases): string {
  const paths = Object.keys(bases).sort();
  // No prototype: a path named "__proto__" stays a key.
  const files = Object.create(null) as Record<string, string>;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    files[path] = bases[path] as string;
  }
  return `${JSON.stringify({ basesVersion: BASES_VERSION, files }, null, 2)}\n`;
}

/** .lac/bases.json with the base of each rendered text file (each file's own content, in a new pack). */
export function basesFile(files: readonly TextPackFile[]): PackFile {
  const bases = Object.create(null) as Record<string, string>;
  for (let index = 0; index < files.length; index++) {
    const file = files[index] as TextPackFile;
    bases[file.path] = file.content;
  }
  return { path: BASES_FILE, content: serialiseBases(bases) };
}

export type ParseBasesResult =
  | { readonly ok: true; readonly bases: Bases }
  | {
      readonly ok: false;
      /** `newer`: a later lac wrote the file, in a layout this one does not know; `damaged`: anything else. */
      readonly reason: "damaged" | "newer";
      readonly message: string;
    };

const damaged = (message: string): ParseBasesResult => ({ ok: false, reason: "damaged", message });

/**
 * The bases recorded in the text of .lac/bases.json (a byte-order mark before it is ignored), or why
 * they cannot be read: not JSON, a later lac's layout, or a base that is not text. Never throws.
 */
export function parseBases(text: string): ParseBasesResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return damaged(`${BASES_FILE} is not JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return damaged(`${BASES_FILE} does not hold an object`);
  const { basesVersion, files } = parsed as { basesVersion?: unknown; files?: unknown };
  if (typeof basesVersion === "number" && basesVersion > BASES_VERSION)
    return {
      ok: false,
      reason: "newer",
      message:
        `${BASES_FILE} has basesVersion ${basesVersion}, so a newer lac wrote it; this lac only ` +
        `understands basesVersion ${BASES_VERSION}. Upgrade lac and run it again.`,
    };
  if (basesVersion !== BASES_VERSION)
    return damaged(`${BASES_FILE} has basesVersion ${JSON.stringify(basesVersion)}, not ${BASES_VERSION}`);
  if (typeof files !== "object" || files === null || Array.isArray(files))
    return damaged(`${BASES_FILE} has no "files" object`);
  const bases = Object.create(null) as Record<string, string>;
  for (const [path, content] of Object.entries(files)) {
    if (typeof content !== "string")
      return damaged(`${BASES_FILE}: the base of ${JSON.stringify(path)} is not text`);
    bases[path] = content;
  }
  return { ok: true, bases };
}
