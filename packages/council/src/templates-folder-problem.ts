/**
 * The folder of the council's own templates (`templates:` in lac.config.yaml), checked by its spelling
 * alone: a relative path inside the pack, with "/" between folder names. Whether it really stays inside
 * the pack (through symbolic links) is for the program that reads it to check on the disk.
 */

// Control characters are invisible in listings and refused by some file systems.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const WINDOWS_DRIVE = /^[A-Za-z]:/;
export const EXAMPLE = 'for example "templates" or "local/templates"';

/** Why `path` cannot be the folder of the council's templates, or undefined when it can. */
export function templatesFolderProblem(path: string): string | undefined {
  if (path.trim() === "") return `must be the path of a folder in the pack, ${EXAMPLE}`;
  if (CONTROL_CHARACTER.test(path))
    return `must not contain control characters; use a plain folder name, ${EXAMPLE}`;
  if (path.includes("\\"))
    return `must use "/" between folder names, not a backslash (Windows reads it differently), ${EXAMPLE}`;
  if (path.startsWith("/") || path.startsWith("~") || WINDOWS_DRIVE.test(path))
    return `must be relative to the pack folder (where lac.config.yaml is), not an absolute path, ${EXAMPLE}`;
  const segments = path.replace(/\/$/, "").split("/");
  if (segments.includes(".."))
    return `must stay inside the pack: ".." would leave it. Put the templates in a folder of the pack, ${EXAMPLE}`;
  if (segments.some((segment) => segment === "" || segment === "."))
    return `must not have empty or "." folder names, ${EXAMPLE}`;
  if (segments[0]?.toLowerCase() === ".lac")
    return `must not be in .lac, where lac keeps its own records; choose another folder, ${EXAMPLE}`;
  return undefined;
}
