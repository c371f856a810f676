import { readFile } from "node:fs/promises";

export type ReadTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Reads a UTF-8 file, turning the usual failures into a message that says how to fix them. */
export async function readTextFile(
  path: string,
  shownAs: string,
  missingHint: string,
): Promise<ReadTextResult> {
  try {
    return { ok: true, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: `${shownAs}: file not found. ${missingHint}` };
    if (code === "EISDIR")
      return { ok: false, message: `${shownAs}: is a folder, not a file. Give the path of a .yaml file.` };
    if (code === "EACCES" || code === "EPERM") {
      return { ok: false, message: `${shownAs}: permission denied. Check that you can read it.` };
    }
    return { ok: false, message: `${shownAs}: cannot be read (${code ?? String(error)}).` };
  }
}
