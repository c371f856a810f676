/**
 * The UTF-8 bytes of the parts joined, made without joining them: the same bytes as
 * `Buffer.from(texts.join(""), "utf8")` where each part given as bytes stands for its text, each text
 * encoded and each part of bytes copied straight into one buffer of the right size.
 *
 * Why: for a file made of many texts (`.lac/bases` holds every text of the pack), the joined string is a
 * new copy of them all, in two bytes a character when one of them has a character beyond Latin-1 (an en
 * dash), and encoding it for the hash and again for the write made two more. On the virtual machines lac
 * is measured on, touching fresh memory costs about 3 ns a byte, more than the copying itself: for the
 * large council's 1.4 MB of bases, about 15 ms of `lac init`. The texts lac rendered are bytes already
 * (a RenderedText): they are copied, not encoded again.
 *
 * Each text is encoded on its own, as `Buffer.from` would (a lone surrogate becomes U+FFFD): the bytes
 * differ from the joined text's only where one text ends with the first half of a surrogate pair and
 * the next starts with the second, which the parts of `.lac/bases` never do (each base lies between
 * two lines of its own).
 */
export function utf8Joined(parts: readonly (string | Uint8Array)[]): Buffer {
  let length = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string | Uint8Array;
    length += typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.byteLength;
  }
  // Every byte is written below, so the buffer need not be filled with zeros first.
  const bytes = Buffer.allocUnsafe(length);
  let offset = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string | Uint8Array;
    if (typeof part === "string") {
      offset += bytes.write(part, offset, "utf8");
    } else {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
  }
  return bytes;
}
