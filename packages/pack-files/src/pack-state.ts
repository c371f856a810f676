/** The only layout of .lac/state.json that lac reads and writes. */
export const PACK_STATE_VERSION = 1;

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
}

/** The text of .lac/state.json: indented JSON with the files sorted, so diffs stay small. */
export function serialisePackState(state: PackState): string {
  const files = Object.fromEntries(
    Object.entries(state.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const ordered = {
    stateVersion: state.stateVersion,
    lac: state.lac,
    templates: state.templates,
    answers: state.answers,
    files,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Every hash lac records starts with the name of its algorithm, so a later lac can change it safely. */
export const CONTENT_HASH_PREFIX = "sha256-";
