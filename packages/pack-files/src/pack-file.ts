/** One file of a pack: its path relative to the pack folder (with `/`) and its content. */
export interface PackFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** A text file of the pack: what lac renders, merges and records the base of. */
export interface TextPackFile {
  readonly path: string;
  readonly content: string;
}
