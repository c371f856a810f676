import type { PackFile, TextPackFile } from "./pack-file.js";
import { BASES_FILE } from "./pack-paths.js";

/** The only layout of .lac/bases that lac reads and writes. */
export const BASES_VERSION = 1;

/**
 * Pack path → the base of that file: exactly what the templates rendered the last time lac wrote it,
 * before the council's edits were merged in. `lac update` merges from it.
 */
export type Bases = Readonly<Record<string, string>>;

const MAGIC = "lac-bases";
/** What the file says of itself, under its first line (lines starting with # before the bases are notes). */
const ABOUT =
  "# What lac last rendered for each file of this pack: lac update and lac generate merge the council's edits from it.\n" +
  '# Each base is a line "=== <length> <path>" (the length in UTF-16 code units, as JavaScript counts a text;\n' +
  "# the path as a JSON string), then the text itself, then a newline. lac writes this file: do not edit it.\n";
const ENTRY = "=== ";
const ENTRY_LINE = /^=== (0|[1-9][0-9]{0,14}) ("(?:[^"\\]|\\.)*")$/;

/**
 * The text of .lac/bases: a first line naming the layout (`lac-bases 1`), a few lines saying what the
 * file is, then each base under a line with its length and path, sorted by path (as the state file's
 * hashes are), so that the same bases always make the same bytes. Each text is written as it is, not
 * escaped: a diff shows which lines of which base changed, and writing the file costs no more than
 * writing the documents (escaping them as JSON strings cost lac init a millisecond or two).
 * One file for all the bases, not a copy of each: creating a file is what costs most when lac writes a
 * pack, and these copies were half the files of a new pack.
 */
export function serialiseBases(bases: Bases): string {
  const paths = Object.keys(bases).sort();
  let text = `${MAGIC} ${BASES_VERSION}\n${ABOUT}`;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    const base = bases[path] as string;
    text += `${ENTRY}${base.length} ${JSON.stringify(path)}\n${base}\n`;
  }
  return text;
}

/** .lac/bases with the base of each rendered text file (each file's own content, in a new pack). */
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
 * The bases recorded in the text of .lac/bases (a byte-order mark before it is ignored), or why they
 * cannot be read: not lac's bases, a later lac's layout, or a base cut short or changed in length (the
 * file edited by hand, or its line endings changed). Never throws.
 */
export function parseBases(input: string): ParseBasesResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let end = text.indexOf("\n");
  const first = end === -1 ? text : text.slice(0, end);
  const version = /^lac-bases ([0-9]{1,9})$/.exec(first);
  if (version === null)
    return damaged(`${BASES_FILE} does not start with the line "${MAGIC} ${BASES_VERSION}"`);
  if (Number(version[1]) > BASES_VERSION)
    return {
      ok: false,
      reason: "newer",
      message:
        `${BASES_FILE} is of layout ${version[1]}, so a newer lac wrote it; this lac only understands ` +
        `layout ${BASES_VERSION}. Upgrade lac and run it again.`,
    };
  if (Number(version[1]) !== BASES_VERSION)
    return damaged(`${BASES_FILE} is of layout ${version[1]}, which no lac writes`);
  const bases = Object.create(null) as Record<string, string>;
  let at = end + 1;
  while (end !== -1 && at < text.length) {
    const start = at;
    end = text.indexOf("\n", start);
    if (end === -1) return damaged(`${BASES_FILE} line ${lineOf(text, start)} does not end`);
    const header = text.slice(start, end);
    at = end + 1;
    if (header.startsWith("#")) continue;
    const entry = ENTRY_LINE.exec(header);
    const path = entry === null ? undefined : parsePath(entry[2] as string);
    if (entry === null || path === undefined)
      return damaged(`${BASES_FILE} line ${lineOf(text, start)} is not "${ENTRY}<length> <path>"`);
    const length = Number(entry[1]);
    if (at + length >= text.length || text.charCodeAt(at + length) !== 10)
      return damaged(
        `${BASES_FILE} line ${lineOf(text, start)}: the base of ${JSON.stringify(path)} is not ${length} ` +
          `characters followed by a newline (the file was cut short, edited, or its line endings changed)`,
      );
    bases[path] = text.slice(at, at + length);
    at += length + 1;
  }
  return { ok: true, bases };
}

/** The number of the line that starts at `offset` (counted only to report a problem). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1))
    line += 1;
  return line;
}

/** The path of a header line, given as a JSON string; undefined when it is not one. */
function parsePath(json: string): string | undefined {
  try {
    const path: unknown = JSON.parse(json);
    return typeof path === "string" ? path : undefined;
  } catch {
    return undefined;
  }
}
