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
  '# the path as a JSON string), then the text itself, then a newline; the last line is "=== end <number of bases>".\n' +
  "# lac writes this file: do not edit it.\n";
const ENTRY = "=== ";
const ENTRY_LINE = /^=== (0|[1-9][0-9]{0,14}) ("(?:[^"\\]|\\.)*")$/;
const END_LINE = /^=== end (0|[1-9][0-9]{0,14})$/;

/**
 * The text of .lac/bases: a first line naming the layout (`lac-bases 1`), a few lines saying what the
 * file is, then each base under a line with its length and path, sorted by path (as the state file's
 * hashes are), so that the same bases always make the same bytes, and a last line with their number
 * (a file cut short between two bases is seen to be). Each text is written as it is, not
 * escaped: a diff shows which lines of which base changed, and writing the file costs no more than
 * writing the documents (escaping them as JSON strings cost lac init a millisecond or two).
 * One file for all the bases, not a copy of each: creating a file is what costs most when lac writes a
 * pack, and these copies were half the files of a new pack.
 */
export function serialiseBases(bases: Bases): string {
  return basesFileParts(bases).join("");
}

/**
 * The texts whose concatenation is {@link serialiseBases}, in order: the file's first lines, then for
 * each base the line above it, the base itself and the newline after it, then the last line.
 *
 * For a writer that turns them into bytes one by one (lac's CLI, into one buffer): the bases are the
 * texts of the whole pack, so joining them makes a string as big as the pack, which the UTF-8 encoding
 * then copies again. On the machines lac is measured on, that fresh memory, not the copying, was most of
 * the cost of writing the file (the large council's bases are 1.4 MB).
 */
export function basesFileParts(bases: Bases): string[] {
  return basesFileLayout(bases, (base) => base.length);
}

/**
 * {@link basesFileParts} for bases held in another form than a string (lac's CLI holds each rendered
 * text as its UTF-8 bytes): the parts in the same order, each base as it was given, its line made with
 * `lengthOf(base)`, which must be the base's length as a text, in UTF-16 code units.
 */
export function basesFileLayout<Base>(
  bases: Readonly<Record<string, Base>>,
  lengthOf: (base: Base) => number,
): (string | Base)[] {
  const paths = Object.keys(bases).sort();
  const parts: (string | Base)[] = [`${MAGIC} ${BASES_VERSION}\n${ABOUT}`];
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    const base = bases[path] as Base;
    parts.push(`${ENTRY}${lengthOf(base)} ${JSON.stringify(path)}\n`, base, "\n");
  }
  parts.push(`${ENTRY}end ${paths.length}\n`);
  return parts;
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
 * cannot be read, with the line: not lac's bases, a later lac's layout, line endings changed (git's
 * core.autocrlf, say), a base whose length is not the one recorded, a file cut short, paths out of
 * order. Never throws.
 */
export function parseBases(input: string): ParseBasesResult {
  // From JavaScript, a file read without an encoding is a Buffer: say so rather than throw a TypeError.
  if (typeof input !== "string") {
    return damaged(
      `parseBases needs the text of ${BASES_FILE} (a string), not ${input === null ? "null" : typeof input === "object" ? "bytes or an object" : `a value of type ${typeof input}`}: read the file with an encoding, such as readFileSync(path, "utf8")`,
    );
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let end = text.indexOf("\n");
  const first = end === -1 ? text : text.slice(0, end);
  if (first.endsWith("\r"))
    return damaged(
      `${BASES_FILE} has Windows line endings (CRLF), which lac never writes: something changed them, ` +
        `such as git's core.autocrlf (add ".lac/bases -text" to .gitattributes so that git leaves it as it is)`,
    );
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
  let count = 0;
  let previous: string | undefined;
  let at = end + 1;
  for (;;) {
    const start = at;
    end = text.indexOf("\n", start);
    if (end === -1)
      return damaged(
        start >= text.length
          ? `${BASES_FILE} ends before its last line ("${ENTRY}end <number of bases>"): it was cut short`
          : `${BASES_FILE} line ${lineOf(text, start)} does not end`,
      );
    const header = text.slice(start, end);
    at = end + 1;
    // Notes only before the first base: a line starting with # after it is part of a base.
    if (previous === undefined && header.startsWith("#")) continue;
    const last = END_LINE.exec(header);
    if (last !== null) {
      if (Number(last[1]) !== count)
        return damaged(
          `${BASES_FILE} line ${lineOf(text, start)} says ${last[1]} bases, where there are ${count}`,
        );
      if (at !== text.length)
        return damaged(`${BASES_FILE} goes on after its last line (line ${lineOf(text, start)})`);
      return { ok: true, bases };
    }
    const entry = ENTRY_LINE.exec(header);
    const path = entry === null ? undefined : parsePath(entry[2] as string);
    if (entry === null || path === undefined)
      return damaged(`${BASES_FILE} line ${lineOf(text, start)} is not "${ENTRY}<length> <path>"`);
    if (previous !== undefined && !(previous < path))
      return damaged(
        `${BASES_FILE} line ${lineOf(text, start)}: ${JSON.stringify(path)} is not after ${JSON.stringify(previous)} ` +
          `(lac writes the bases sorted by path, each once)`,
      );
    const length = Number(entry[1]);
    if (at + length >= text.length || text.charCodeAt(at + length) !== 10)
      return damaged(
        `${BASES_FILE} line ${lineOf(text, start)}: the base of ${JSON.stringify(path)} is not ${length} ` +
          `UTF-16 code units followed by a newline (the file was cut short or edited)`,
      );
    bases[path] = text.slice(at, at + length);
    previous = path;
    count += 1;
    at += length + 1;
  }
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
