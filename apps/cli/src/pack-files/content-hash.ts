import { CONTENT_HASH_PREFIX } from "@lac/pack-files";
import type * as z from "zod";
import { type HashedData, sha256 } from "../crypto-and-flags.js";
import type { contentHashSchema } from "./content-hash-schema.js";
import { RenderedText } from "./rendered-text.js";
import { Utf8Parts } from "./utf8-parts.js";

/** Every hash lac records starts with the name of its algorithm, so a later lac can change it safely. */
export { CONTENT_HASH_PREFIX };

/** A recorded content hash: `"sha256-"` followed by 64 lower-case hexadecimal digits. */
export type ContentHash = z.infer<typeof contentHashSchema>;

/**
 * The SHA-256 hash of a file's content, as `"sha256-<hex>"`.
 *
 * Text is hashed as UTF-8, so `hashContent(text)` equals `hashContent(Buffer.from(text, "utf8"))`:
 * the hash of what lac renders matches the hash of the bytes it later reads back from disk. Bytes in
 * parts are hashed as the bytes they join into.
 */
export function hashContent(content: string | Uint8Array | Utf8Parts): ContentHash {
  if (content instanceof RenderedText || content instanceof Utf8Parts) {
    // A rendered text's bytes never change, nor do those of .lac/bases: a run hashes each for the
    // merge, then for the state file.
    let hash = keptHashes.get(content);
    if (hash === undefined) {
      hash = digest(content instanceof Utf8Parts ? content.parts : content);
      keptHashes.set(content, hash);
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

const keptHashes = new WeakMap<RenderedText | Utf8Parts, ContentHash>();

/** The hashes of the texts hashed last, by text (a run writes a few dozen files). */
const textHashes = new Map<string, ContentHash>();
const MAX_REMEMBERED_TEXTS = 256;

function digest(content: HashedData): ContentHash {
  // A string is hashed as its UTF-8 bytes, without copying it into a buffer first.
  return `${CONTENT_HASH_PREFIX}${sha256(content, "hex")}`;
}
