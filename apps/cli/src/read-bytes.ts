// Reads a few bytes of a file that is not a document: a file of /proc, a device. For documents and
// configurations, see read-text-file.ts.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/**
 * Reads the file at `path` into `buffer`, from its start, until the buffer is full or the file ends;
 * returns how many bytes were read, or undefined when the file cannot be opened or read, or, with
 * `device`, is not a character device (as /dev/urandom is). A descriptor that cannot be closed
 * afterwards changes nothing: the bytes were read.
 */
export function readBytesInto(
  path: string,
  buffer: Uint8Array,
  { device = false }: { device?: boolean } = {},
): number | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    if (device && !fstatSync(fd).isCharacterDevice()) return undefined;
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return length;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // See above.
      }
    }
  }
}
