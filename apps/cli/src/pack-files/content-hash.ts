import { CONTENT_HASH_PREFIX } from "@lac/pack-files";
import type * as z from "zod";
import { sha256 } from "../crypto-and-flags.js";
import type { contentHashSchema } from "./content-hash-schema.js";
import { RenderedText } from "./rendered-text.js";

/** Every hash lac records starts with the name of its algorithm, so a later lac can change it safely. */
export { CONTENT_HASH_PREFIX };

/** A recorded content hash: `"sha256-"` followed by 64 lower-case hexadecimal digits. */
export type ContentHash = z.infer<typeof contentHashSchema>;

/**
 * The SHA-256 hash of a file's content, as `"sha256-<hex>"`.
 *
 * Text is hashed as UTF-8, so `hashContent(text)` equals `hashContent(Buffer.from(text, "utf8"))`:
 * the hash of what lac renders matches the hash of the bytes it later reads back from disk.
 */
export function hashContent(content: string | Uint8Array): ContentHash {
  if (content instanceof RenderedText) {
    // A rendered text's bytes never change: a run hashes each for the merge, then for the state file.
    let hash = renderedHashes.get(content);
    if (hash === undefined) {
      hash = digest(content);
      renderedHashes.set(content, hash);
    }
    return hash;
  }
  if (typeof content !== "string") return digest(content);
  // A run hashes each rendered text more than once (the record of the run, then the state file).
  let hash = textHashes.get(content);
  if (hash === undefined) {
    if (textHashes.size >= MAX_REMEMBERED_TEXTS) textHashes.clear();
    hash = digest(content);
    textHashes.set(content, hash);
  }
  return hash;
}

const renderedHashes = new WeakMap<RenderedText, ContentHash>();

/** The hashes of the texts hashed last, by text (a run writes a few dozen files). */
const textHashes = new Map<string, ContentHash>();
const MAX_REMEMBERED_TEXTS = 256;

function digest(content: string | Uint8Array): ContentHash {
  // A string is hashed as its UTF-8 bytes, without copying it into a buffer first.
  return `${CONTENT_HASH_PREFIX}${sha256(content, "hex")}`;
}
