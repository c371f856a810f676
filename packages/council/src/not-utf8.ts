/**
 * What a program says of bytes that are not UTF-8 text (a `lac.config.yaml` saved in Windows-1252,
 * with a "£" or an "é" of one byte): where the first bad byte is, and how to fix it, so that the file is
 * refused, never read with U+FFFD in place of its characters. The lac CLI and the browser pack builder
 * say the same.
 */

/** The offset of the first byte sequence that is not valid UTF-8 (the length of the bytes if none). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (streaming: one cut in the middle of a character is fine), by halves.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // The prefix may end with the start of a character that the next byte does not complete (a Latin-1
  // "é" is such a start): the bad sequence begins there.
  for (let back = 1; back <= 3 && low - back >= 0; back += 1) {
    const byte = bytes[low - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return back < length ? low - back : low;
  }
  return low;
}

/** Where the byte at `offset` is: "line 3, column 7 (byte 52)", the column in characters. */
function placeOfByte(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return `line ${line}, column ${column} (byte ${offset + 1})`;
}

/**
 * The text of bytes that are UTF-8 (a byte order mark dropped, as `TextDecoder` drops it), or what is
 * wrong with them, to follow the file's name: "is not UTF-8 text: the bytes at line 3, column 7
 * (byte 52) are not a UTF-8 character. Save the file as UTF-8 in your editor."
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `is not UTF-8 text: the bytes at ${placeOfByte(bytes, firstInvalidUtf8Byte(bytes))} are not a UTF-8 character. Save the file as UTF-8 in your editor.`,
    };
  }
}
