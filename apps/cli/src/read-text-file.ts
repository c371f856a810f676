import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { decodeUtf8 } from "@lac/council/quick";

export type ReadTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** How a folder given as a file is refused: the end of the message. */
export const FOLDER_NOT_FILE = "is a folder, not a file. Give the path of a .yaml file.";

/** The largest file lac reads as text (a configuration, answers, a consent log): 1 MiB. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/**
 * Text from bytes read from a file or standard input: refused when larger than
 * {@link MAX_TEXT_FILE_BYTES}, or when a byte sequence is not UTF-8 (with its place, never turned
 * silently into U+FFFD).
 */
export function decodeText(bytes: Uint8Array, shownAs: string): ReadTextResult {
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    return {
      ok: false,
      message: `${shownAs}: is too large (more than ${MAX_TEXT_FILE_BYTES} bytes, 1 MiB). Check that it is the right file: a configuration is usually under 20 KB.`,
    };
  }
  // Valid UTF-8 (nearly always) is decoded as TextDecoder would, without setting up one (its ICU
  // converter took lac init a few tenths of a millisecond): a byte order mark is dropped, as
  // TextDecoder drops it. Anything else goes to TextDecoder, which refuses it.
  if (isUtf8(bytes)) {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return {
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", start),
    };
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded : { ok: false, message: `${shownAs}: ${decoded.message}` };
}

/**
 * Reads a UTF-8 file, turning the usual failures into a message that says how to fix them: a file
 * larger than {@link MAX_TEXT_FILE_BYTES}, or bytes that are not UTF-8 (they are refused with their
 * place, not turned silently into U+FFFD). The file is read synchronously (the commands wait for it
 * anyway), which spares a run loading Node's `fs/promises` and the stream modules it brings.
 */
export async function readTextFile(
  path: string,
  shownAs: string,
  missingHint: string,
): Promise<ReadTextResult> {
  try {
    const fd = openSync(path, "r");
    let bytes: Uint8Array;
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_TEXT_FILE_BYTES) {
        return {
          ok: false,
          message: `${shownAs}: is too large (${size} bytes; at most ${MAX_TEXT_FILE_BYTES} bytes, 1 MiB, are read). Check that it is the right file: a configuration is usually under 20 KB.`,
        };
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    return decodeText(bytes, shownAs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: `${shownAs}: file not found. ${missingHint}` };
    if (code === "EISDIR") return { ok: false, message: `${shownAs}: ${FOLDER_NOT_FILE}` };
    if (code === "EACCES" || code === "EPERM") {
      return { ok: false, message: `${shownAs}: permission denied. Check that you can read it.` };
    }
    return { ok: false, message: `${shownAs}: cannot be read (${code ?? String(error)}).` };
  }
}
