import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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
 * temporary file in the same folder, and is then renamed over the target in one step. With `durable`
 * (lac's state file), the content is flushed to disk before the rename, so that even a power cut
 * cannot leave the file empty; the documents are not flushed, as that costs more than the rest of a
 * run and a document is rendered again by the next run.
 * An existing file keeps its permission bits. The folder must already exist.
 *
 * Rejects with the operating system's error (such as EACCES or ENOSPC) if the write fails; the temporary
 * file is then removed and the target is left as it was.
 */
export async function writeFileAtomic(
  filePath: string,
  content: string | Uint8Array,
  options: { readonly durable?: boolean } = {},
): Promise<void> {
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
    const fd = openSync(tempPath, "wx", 0o666);
    created = true;
    try {
      writeFileSync(fd, content);
      if (mode !== undefined) fchmodSync(fd, mode);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, filePath);
  } catch (error) {
    // Only remove the temporary file this call created, never a file that happened to have the same name.
    if (created) rmSync(tempPath, { force: true });
    throw error;
  }
}
