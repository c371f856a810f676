import { STATE_FILE } from "@lac/pack-files";

/**
 * The spelling rules for a path inside an implementation pack, checked without touching the disk.
 *
 * A pack path is relative to the target folder and uses "/" between folder names, for example
 * `data-sharing/north-trust.md`. Anything that could name a file outside the target folder, or that
 * different operating systems read differently, is refused.
 */

/**
 * Where lac keeps its record of what it wrote (see `lac-state.ts`). No pack file may be written there;
 * other files in the `.lac` folder (such as a JSON schema) are allowed.
 */
export const LAC_STATE_PATH = STATE_FILE;

export type PackPathProblemCode =
  | "empty-path"
  | "nul-character"
  | "control-character"
  | "backslash"
  | "absolute-path"
  | "empty-segment"
  | "parent-segment"
  | "dot-segment"
  | "reserved-path";

export interface PackPathProblem {
  readonly code: PackPathProblemCode;
  readonly message: string;
}

const EXAMPLE = 'Use a relative path with "/" between folder names, such as "data-sharing/north-trust.md".';

// Control characters (U+0000 to U+001F and U+007F) are invisible in listings and refused by some file systems.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0001-\u001f\u007f]/;
const WINDOWS_DRIVE = /^[A-Za-z]:/;

function problem(code: PackPathProblemCode, message: string): PackPathProblem {
  return { code, message };
}

/** What a path's segments hold, found in one pass without splitting it (see {@link checkPackPath}). */
const EMPTY_SEGMENT = 1;
const PARENT_SEGMENT = 2;
const DOT_SEGMENT = 4;

function segmentKinds(path: string): number {
  let kinds = 0;
  let start = 0;
  for (let index = 0; index <= path.length; index += 1) {
    if (index < path.length && path.charCodeAt(index) !== 47 /* "/" */) continue;
    const length = index - start;
    if (length === 0) kinds |= EMPTY_SEGMENT;
    else if (path.charCodeAt(start) === 46 /* "." */) {
      if (length === 1) kinds |= DOT_SEGMENT;
      else if (length === 2 && path.charCodeAt(start + 1) === 46) kinds |= PARENT_SEGMENT;
    }
    start = index + 1;
  }
  return kinds;
}

/**
 * A path that breaks none of the rules below but the last (lac's state file): segments that are neither
 * empty nor `.` nor `..`, without NUL, control characters or backslashes, and not starting with a
 * Windows drive. Told in one regular expression, which V8 runs as machine code (lac's own code runs
 * interpreted): a run checks each pack path three or four times.
 */
const SAFE_PATH =
  // eslint-disable-next-line no-control-regex
  /^(?![A-Za-z]:)(?!\.\.?(?:\/|$))[^/\\\u0000-\u001f\u007f]+(?:\/(?!\.\.?(?:\/|$))[^/\\\u0000-\u001f\u007f]+)*$/;

/**
 * Returns the first rule `path` breaks, or `undefined` when it is a safe pack path. A run checks each
 * pack path a few times: a safe one is told without allocating (no split, no quoted copy for messages).
 */
export function checkPackPath(path: string): PackPathProblem | undefined {
  if (SAFE_PATH.test(path)) return reservedPathProblem(path);
  if (path.length === 0) return problem("empty-path", `A pack file has an empty path. ${EXAMPLE}`);
  if (path.includes("\u0000")) {
    return problem(
      "nul-character",
      `The path ${JSON.stringify(path)} contains a NUL character, which no file name may hold.`,
    );
  }
  if (CONTROL_CHARACTER.test(path)) {
    return problem(
      "control-character",
      `The path ${JSON.stringify(path)} contains a control character (such as a tab or line break). Remove it from the name.`,
    );
  }
  if (path.includes("\\")) {
    return problem(
      "backslash",
      `The path ${JSON.stringify(path)} contains a backslash, which Windows reads as a folder separator. ${EXAMPLE}`,
    );
  }
  if (path.startsWith("/") || WINDOWS_DRIVE.test(path)) {
    return problem(
      "absolute-path",
      `The path ${JSON.stringify(path)} is absolute, so it could point anywhere on the disk. Pack paths are relative to the target folder. ${EXAMPLE}`,
    );
  }
  const kinds = segmentKinds(path);
  if ((kinds & EMPTY_SEGMENT) !== 0) {
    return problem(
      "empty-segment",
      `The path ${JSON.stringify(path)} has an empty folder name (a doubled "/" or a "/" at the end). ${EXAMPLE}`,
    );
  }
  if ((kinds & PARENT_SEGMENT) !== 0) {
    return problem(
      "parent-segment",
      `The path ${JSON.stringify(path)} contains "..", which goes up a folder and could leave the target folder. ${EXAMPLE}`,
    );
  }
  if ((kinds & DOT_SEGMENT) !== 0) {
    return problem(
      "dot-segment",
      `The path ${JSON.stringify(path)} contains a "." folder name. Remove the "./" parts. ${EXAMPLE}`,
    );
  }
  return reservedPathProblem(path);
}

/** The last rule: no pack file may be lac's state file. */
function reservedPathProblem(path: string): PackPathProblem | undefined {
  // Compared without case, because Windows and macOS treat ".LAC/State.json" as the same file.
  if (path.length === LAC_STATE_PATH.length && path.toLowerCase() === LAC_STATE_PATH) {
    return problem(
      "reserved-path",
      `The path ${JSON.stringify(path)} is lac's own state file, where it records what it wrote. Choose another file name.`,
    );
  }
  return undefined;
}
