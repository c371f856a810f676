// docx names each picture of a Word document after the SHA-1 of its bytes (its `hashedId`), which it works out in
// JavaScript: for lac report's charts (a picture and its fallback per chart) that was a tenth of the Word report's
// time. The docx-hashed-id plugin of tsup.config.ts makes docx's `hashedId` call this function, which gives the
// same hex digest from Node.js's own SHA-1 (docx-hashed-id.test.ts checks that both agree).
import { createHash } from "node:crypto";

type HashedData = string | ArrayBuffer | ArrayBufferView;

/** docx's `hashedId(data)`, with Node.js's SHA-1 for text and bytes; anything else goes to docx's own (`original`). */
export function lacHashedId(data: HashedData, original: (data: HashedData) => string): string {
  // What docx hashes: text as its UTF-8 bytes, a view as it is, an ArrayBuffer as its bytes.
  const bytes =
    typeof data === "string"
      ? new TextEncoder().encode(data)
      : ArrayBuffer.isView(data)
        ? data
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : undefined;
  // docx's SHA-1 reads a view element by element, as bytes: only a Uint8Array is its bytes for both.
  if (!(bytes instanceof Uint8Array)) return original(data);
  return createHash("sha1").update(bytes).digest("hex");
}
