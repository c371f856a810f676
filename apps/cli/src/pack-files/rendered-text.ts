import type { Utf8Text } from "@lac/documents/render";

/**
 * A text file lac rendered (a document, the JSON Schema, the markdownlint settings), held as the UTF-8
 * bytes it writes. It is a Uint8Array, so the plan, the hash and the writer take it as they take any
 * file's bytes; its text is decoded only for what needs it (a three-way merge, a diff, a Word or HTML
 * file), and its length is known without it (.lac/bases records each base's length in UTF-16 code units).
 *
 * Why: a rendered document is a string in two bytes a character when it has one character beyond
 * Latin-1 (each data-sharing agreement has an en dash), and the text of every document lived from the
 * render to the write, then was turned into UTF-8 for its hash, for its file and for .lac/bases. Its
 * bytes alone are half that memory or less, and are made once (renderPack's `{ utf8: true }`).
 *
 * Its bytes never change once made: `hashContent` remembers the hash of each.
 */
export class RenderedText extends Uint8Array {
  // Arrays made from it (subarray, map, …) are plain Uint8Arrays, without a text they would not match.
  static get [Symbol.species](): Uint8ArrayConstructor {
    return Uint8Array;
  }

  /** The text's length in UTF-16 code units, as JavaScript counts it. */
  readonly textLength: number;
  readonly #decode: () => string;
  #text: string | undefined;

  private constructor(bytes: Uint8Array, textLength: number, decode: () => string) {
    super(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
    this.textLength = textLength;
    this.#decode = decode;
  }

  /**
   * A document rendered with `{ utf8: true }`: its bytes, and its text read (once) from the document. A
   * document without bytes (rendered without the option) is encoded here.
   */
  static ofDocument(document: {
    readonly utf8?: Utf8Text | undefined;
    readonly content: string;
  }): RenderedText {
    const { utf8 } = document;
    if (utf8 === undefined) return RenderedText.ofString(document.content);
    return new RenderedText(utf8.bytes, utf8.length, () => document.content);
  }

  /**
   * A text lac has as its UTF-8 bytes (the JSON Schema, read from lac's dist folder), with its length in
   * UTF-16 code units, which the caller knows without decoding it; its text is decoded when first asked for.
   */
  static ofBytes(bytes: Uint8Array, textLength: number): RenderedText {
    return new RenderedText(bytes, textLength, () =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
    );
  }

  /** A text lac has as a string (the markdownlint settings). */
  static ofString(text: string): RenderedText {
    return new RenderedText(Buffer.from(text, "utf8"), text.length, () => text);
  }

  /** The text (decoded when first asked for). */
  get text(): string {
    return (this.#text ??= this.#decode());
  }
}

/** The text of a file's content: a string as it is, a rendered text's text, other bytes as UTF-8. */
export function textOf(content: string | Uint8Array): string {
  if (typeof content === "string") return content;
  if (content instanceof RenderedText) return content.text;
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
}
