/** One file of a pack: its path relative to the pack folder (with `/`) and its content. */
export interface PackFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** A text file of the pack: what lac renders, merges and keeps a base copy of. */
export interface TextPackFile {
  readonly path: string;
  readonly content: string;
}
