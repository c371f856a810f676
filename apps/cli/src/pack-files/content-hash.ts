import { createHash } from "node:crypto";
import { CONTENT_HASH_PREFIX } from "@lac/pack-files";
import * as z from "zod";

/** Every hash lac records starts with the name of its algorithm, so a later lac can change it safely. */
export { CONTENT_HASH_PREFIX };

/** A recorded content hash: `"sha256-"` followed by 64 lower-case hexadecimal digits. */
export const contentHashSchema = z
  .string()
  .regex(/^sha256-[0-9a-f]{64}$/, { error: 'must be "sha256-" followed by 64 hexadecimal digits' });

export type ContentHash = z.infer<typeof contentHashSchema>;

/**
 * The SHA-256 hash of a file's content, as `"sha256-<hex>"`.
 *
 * Text is hashed as UTF-8, so `hashContent(text)` equals `hashContent(Buffer.from(text, "utf8"))`:
 * the hash of what lac renders matches the hash of the bytes it later reads back from disk.
 */
export function hashContent(content: string | Uint8Array): ContentHash {
  const hash = createHash("sha256");
  hash.update(typeof content === "string" ? Buffer.from(content, "utf8") : content);
  return `${CONTENT_HASH_PREFIX}${hash.digest("hex")}`;
}
