import { deepFreeze } from "./deep-freeze.js";

/**
 * The layout of .lac/state.json that lac writes: 2 since the bases are kept in .lac/bases (a lac
 * that only knows 1 refuses such a pack, asking to be upgraded, rather than merge from old copies).
 */
export const PACK_STATE_VERSION = 2;

/** Every layout lac reads: 1 is a pack whose bases are copies under .lac/base/, written before .lac/bases. */
export const READABLE_PACK_STATE_VERSIONS: readonly number[] = /* @__PURE__ */ deepFreeze([1, 2]);

/** What .lac/state.json records. */
export interface PackState {
  readonly stateVersion: number;
  /** The tool that wrote the pack: lac's version, or the web builder's. */
  readonly lac: { readonly version: string };
  readonly templates: {
    readonly name: string;
    readonly version: string;
    /**
     * The hash of each bundled template's and partial's source when the pack was written: lac update
     * tells from it which templates the council overrides changed in the new release.
     */
    readonly sources?: Readonly<Record<string, string>>;
  };
  /** The council configuration the pack was rendered from. */
  readonly answers: unknown;
  /** Pack path → hash of the content lac wrote there ("sha256-" and 64 hexadecimal digits). */
  readonly files: Readonly<Record<string, string>>;
  /**
   * Word or HTML file's pack path → a hash of what it was made from (its Markdown, the writers' options
   * and the version of the tool that made it), for the files whose hash in `files` is that of the file so
   * made: lac makes such a file again only when that hash changes. Optional: a tool that records none
   * (the web builder) has its files made again by the next lac generate, which records them.
   */
  readonly derived?: Readonly<Record<string, string>>;
}

/** The record sorted by key, without a prototype (a path named "__proto__" stays a key). */
function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  // The default sort orders by UTF-16 code units, as `<` does, without a pair (and its destructuring) a file.
  const paths = Object.keys(record).sort();
  const sorted = Object.create(null) as Record<string, string>;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    sorted[path] = record[path] as string;
  }
  return sorted;
}

/** The text of .lac/state.json: indented JSON with the files sorted, so diffs stay small. */
export function serialisePackState(state: PackState): string {
  const ordered = {
    stateVersion: state.stateVersion,
    lac: state.lac,
    templates: state.templates,
    answers: state.answers,
    files: sortedRecord(state.files),
    ...(state.derived !== undefined ? { derived: sortedRecord(state.derived) } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Every hash lac records starts with the name of its algorithm, so a later lac can change it safely. */
export const CONTENT_HASH_PREFIX = "sha256-";
