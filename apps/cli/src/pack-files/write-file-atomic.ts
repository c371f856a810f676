import { randomBytes } from "node:crypto";
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Marks lac's temporary files: `.<name>.lac-<random>.tmp`, always in the same folder as the file. */
export const TEMP_FILE_MARKER = ".lac-";

function tempPathFor(filePath: string): string {
  const name = basename(filePath);
  const random = randomBytes(6).toString("hex");
  // Keep the temporary name within the 255-byte limit most file systems have.
  const prefix = Buffer.byteLength(name, "utf8") > 200 ? "" : `.${name}`;
  return join(dirname(filePath), `${prefix}${TEMP_FILE_MARKER}${random}.tmp`);
}

/**
 * Writes `content` to `filePath` so that the file is never seen half-written: the content goes to a
 * temporary file in the same folder, and is then renamed over the target in one step. (It is not
 * flushed to disk first: that would protect against power loss, not against a crash of lac, and
 * costs more than the rest of a run.)
 * An existing file keeps its permission bits. The folder must already exist.
 *
 * Rejects with the operating system's error (such as EACCES or ENOSPC) if the write fails; the temporary
 * file is then removed and the target is left as it was.
 */
export async function writeFileAtomic(filePath: string, content: string | Uint8Array): Promise<void> {
  let mode: number | undefined;
  try {
    mode = statSync(filePath).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const tempPath = tempPathFor(filePath);
  let created = false;
  try {
    // "wx": fail rather than reuse a file that happens to have the temporary name.
    writeFileSync(tempPath, content, { flag: "wx", mode: 0o666 });
    created = true;
    if (mode !== undefined) chmodSync(tempPath, mode);
    renameSync(tempPath, filePath);
  } catch (error) {
    // Only remove the temporary file this call created, never a file that happened to have the same name.
    if (created) rmSync(tempPath, { force: true });
    throw error;
  }
}
