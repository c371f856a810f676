/**
 * The spelling rules for a path inside an implementation pack, checked without touching the disk.
 *
 * A pack path is relative to the target folder and uses "/" between folder names, for example
 * `data-sharing/north-trust.md`. Anything that could name a file outside the target folder, or that
 * different operating systems read differently, is refused.
 */

/** The folder where lac keeps its own records. Pack files may not be written inside it. */
export const LAC_FOLDER = ".lac";

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

/** Returns the first rule `path` breaks, or `undefined` when it is a safe pack path. */
export function checkPackPath(path: string): PackPathProblem | undefined {
  const shown = JSON.stringify(path);
  if (path.length === 0) return problem("empty-path", `A pack file has an empty path. ${EXAMPLE}`);
  if (path.includes("\u0000")) {
    return problem(
      "nul-character",
      `The path ${shown} contains a NUL character, which no file name may hold.`,
    );
  }
  if (CONTROL_CHARACTER.test(path)) {
    return problem(
      "control-character",
      `The path ${shown} contains a control character (such as a tab or line break). Remove it from the name.`,
    );
  }
  if (path.includes("\\")) {
    return problem(
      "backslash",
      `The path ${shown} contains a backslash. Pack paths use "/" between folder names on every system. ${EXAMPLE}`,
    );
  }
  if (path.startsWith("/") || WINDOWS_DRIVE.test(path)) {
    return problem(
      "absolute-path",
      `The path ${shown} is absolute, so it could point anywhere on the disk. Pack paths are relative to the target folder. ${EXAMPLE}`,
    );
  }
  const segments = path.split("/");
  if (segments.some((segment) => segment === "")) {
    return problem(
      "empty-segment",
      `The path ${shown} has an empty folder name (a doubled "/" or a "/" at the end). ${EXAMPLE}`,
    );
  }
  if (segments.includes("..")) {
    return problem(
      "parent-segment",
      `The path ${shown} contains "..", which goes up a folder and could leave the target folder. ${EXAMPLE}`,
    );
  }
  if (segments.includes(".")) {
    return problem(
      "dot-segment",
      `The path ${shown} contains a "." folder name. Remove the "./" parts. ${EXAMPLE}`,
    );
  }
  if (segments[0] === LAC_FOLDER) {
    return problem(
      "reserved-path",
      `The path ${shown} is inside the "${LAC_FOLDER}" folder, which lac keeps for its own records. Choose another folder.`,
    );
  }
  return undefined;
}
