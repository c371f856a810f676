/**
 * The UTF-8 bytes of the texts joined, made without joining them: the same bytes as
 * `Buffer.from(texts.join(""), "utf8")`, each text encoded straight into one buffer of the right size.
 *
 * Why: for a file made of many texts (`.lac/bases` holds every text of the pack), the joined string is a
 * new copy of them all, in two bytes a character when one of them has a character beyond Latin-1 (an en
 * dash), and encoding it for the hash and again for the write made two more. On the virtual machines lac
 * is measured on, touching fresh memory costs about 3 ns a byte, more than the copying itself: for the
 * large council's 1.4 MB of bases, about 15 ms of `lac init`.
 *
 * Each text is encoded on its own, as `Buffer.from` would (a lone surrogate becomes U+FFFD): the bytes
 * differ from the joined text's only where one text ends with the first half of a surrogate pair and
 * the next starts with the second, which the parts of `.lac/bases` never do (each base lies between
 * two lines of its own).
 */
export function utf8Joined(texts: readonly string[]): Buffer {
  let length = 0;
  for (let index = 0; index < texts.length; index++) {
    length += Buffer.byteLength(texts[index] as string, "utf8");
  }
  // Every byte is written below, so the buffer need not be filled with zeros first.
  const bytes = Buffer.allocUnsafe(length);
  let offset = 0;
  for (let index = 0; index < texts.length; index++) {
    offset += bytes.write(texts[index] as string, offset, "utf8");
  }
  return bytes;
}
