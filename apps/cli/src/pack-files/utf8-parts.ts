/**
 * The UTF-8 bytes of a file made of many parts, kept as those parts and never joined into one buffer:
 * the same bytes as `Buffer.from(texts.join(""), "utf8")`, where each part given as bytes stands for
 * its text. It is hashed part by part (`hashContent`) and written with one `writev` (`writeFileAtomic`).
 *
 * Why: `.lac/bases` holds every text of the pack. Joined into one string it was a new copy of them all
 * (in two bytes a character when one has a character beyond Latin-1, an en dash), and copied into one
 * buffer it was still fresh memory the size of the pack, which on the virtual machines lac is measured
 * on costs more than the copying itself (13 to 20 µs a page: about 0.1 ms for each partner's agreement
 * of 21 kB). The texts lac rendered are bytes already (a RenderedText): they are kept as they are, not
 * copied, and only the short lines between them are encoded.
 *
 * Each run of consecutive texts is joined and encoded on its own, as `Buffer.from` would (a lone
 * surrogate becomes U+FFFD): the bytes differ from the joined text's only where a part of bytes lies
 * between the two halves of a surrogate pair, which the parts of `.lac/bases` never do (each base lies
 * between two lines of its own).
 */
export class Utf8Parts {
  private constructor(
    /** The bytes, in order: the parts given as bytes (the same views, not copies) and the encoded texts between them. */
    readonly parts: readonly Uint8Array[],
    /** The number of bytes in all. */
    readonly byteLength: number,
  ) {}

  /** The UTF-8 bytes of `parts` joined, kept as parts. */
  static of(parts: readonly (string | Uint8Array)[]): Utf8Parts {
    const bytes: Uint8Array[] = [];
    let byteLength = 0;
    let text = "";
    const encodeText = () => {
      if (text === "") return;
      const encoded = Buffer.from(text, "utf8");
      bytes.push(encoded);
      byteLength += encoded.byteLength;
      text = "";
    };
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index] as string | Uint8Array;
      if (typeof part === "string") {
        text += part;
      } else if (part.byteLength > 0) {
        encodeText();
        bytes.push(part);
        byteLength += part.byteLength;
      }
    }
    encodeText();
    return new Utf8Parts(bytes, byteLength);
  }

  /** The bytes in one new buffer, for a caller that needs them in one piece. */
  joined(): Buffer {
    return Buffer.concat(this.parts, this.byteLength);
  }
}
