/** A rendered text as UTF-8 bytes (renderPack with `{ utf8: true }`). */
export interface Utf8Text {
  /** The text as UTF-8 (a lone surrogate as U+FFFD, as every UTF-8 encoder writes it). */
  readonly bytes: Uint8Array;
  /** The text's length in UTF-16 code units, as JavaScript counts it (`content.length`). */
  readonly length: number;
}

/** The size of each shared buffer the texts are encoded into (a longer text gets a buffer of its own). */
const BATCH_BYTES = 262_144;

/** The most UTF-8 bytes a text can take: three for each UTF-16 code unit (four for a pair of two). */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();
// ignoreBOM keeps a text's leading U+FEFF, which the decoder would otherwise drop.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Encodes texts one after another into shared buffers: each text's bytes are a view of a buffer of at
 * least 256 KiB, so that a pack's documents take a few buffers, not one each.
 *
 * Why: a rendered document is a rope that becomes a flat string when first read, in two bytes a
 * character when it holds one character beyond Latin-1 (each data-sharing agreement has an en dash).
 * A writer that hashes and writes UTF-8 needs only the bytes: encoding each document as it is rendered,
 * and keeping only its bytes, keeps half the memory or less for as long as the pack is merged, planned
 * and written, and the flat string dies young. On the machines lac is measured on, that memory, touched
 * for the first time, costs more than the copying.
 */
export class Utf8Batches {
  #buffer: Uint8Array | undefined;
  #used = 0;
  #first: (() => Uint8Array | undefined) | undefined;

  /**
   * @param first Gives the buffer to encode into first, asked for at the first text (renderPack's
   * `utf8Buffer`); anything but a Uint8Array is ignored.
   */
  constructor(first?: () => Uint8Array | undefined) {
    this.#first = first;
  }

  encode(text: string): Utf8Text {
    if (this.#first !== undefined) {
      const first = this.#first();
      this.#first = undefined;
      if (first instanceof Uint8Array) this.#buffer = first;
    }
    const buffer = this.#buffer;
    // At least one byte for each code unit: else it cannot fit, and the rope is not flattened for nothing.
    if (buffer !== undefined && buffer.length - this.#used >= text.length) {
      const { read, written } = encoder.encodeInto(text, buffer.subarray(this.#used));
      if (read === text.length) {
        const bytes = buffer.subarray(this.#used, this.#used + written);
        this.#used += written;
        return { bytes, length: text.length };
      }
    }
    // The rest of the buffer was too short (what was written into it is left unused): a new one, long
    // enough for any text of this length.
    const fresh = new Uint8Array(Math.max(BATCH_BYTES, text.length * MAX_BYTES_PER_UNIT));
    const { written } = encoder.encodeInto(text, fresh);
    this.#buffer = fresh;
    this.#used = written;
    return { bytes: fresh.subarray(0, written), length: text.length };
  }
}

/** The text of UTF-8 bytes, a leading U+FEFF kept. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
