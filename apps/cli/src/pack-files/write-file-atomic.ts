import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
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
 * temporary file in the same folder, is flushed to disk, and then renamed over the target in one step.
 * An existing file keeps its permission bits. The folder must already exist.
 *
 * Rejects with the operating system's error (such as EACCES or ENOSPC) if the write fails; the temporary
 * file is then removed and the target is left as it was.
 */
export async function writeFileAtomic(filePath: string, content: string | Uint8Array): Promise<void> {
  let mode: number | undefined;
  try {
    mode = (await stat(filePath)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const tempPath = tempPathFor(filePath);
  let handle;
  let created = false;
  try {
    handle = await open(tempPath, "wx", 0o666);
    created = true;
    await handle.writeFile(content);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tempPath, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    // Only remove the temporary file this call created, never a file that happened to have the same name.
    if (created) await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}
