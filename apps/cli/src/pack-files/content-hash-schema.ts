import * as z from "zod";

/** The pattern of a recorded content hash (lac-state-check.ts checks it without zod). */
export const CONTENT_HASH_PATTERN = /^sha256-[0-9a-f]{64}$/;

/** A recorded content hash: `"sha256-"` followed by 64 lower-case hexadecimal digits. */
export const contentHashSchema = z
  .string()
  .regex(CONTENT_HASH_PATTERN, { error: 'must be "sha256-" followed by 64 hexadecimal digits' });
