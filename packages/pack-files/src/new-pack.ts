import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { formatFiles, type FormatWriters, type TemplateSetName } from "./format-files.js";
import type { CheckedLogo } from "./logo.js";
import type { PackFile } from "./pack-file.js";
import { CONFIG_FILE, STATE_FILE } from "./pack-paths.js";
import { CONTENT_HASH_PREFIX, PACK_STATE_VERSION, serialisePackState } from "./pack-state.js";
import { basesFile } from "./bases-file.js";
import { mergedTextFiles } from "./text-files.js";

export interface NewPackInputs {
  /** The validated configuration the pack was rendered from (recorded as the state's answers). */
  readonly config: CouncilConfig;
  /** The text of lac.config.yaml, as written into the pack. */
  readonly configText: string;
  /** What renderPack of @lac/documents returned for the configuration. */
  readonly rendered: {
    readonly documents: readonly RenderedDocument[];
    readonly phases: readonly ScheduledPhase[];
    readonly templateSet: TemplateSetName;
  };
  /** The hash of each bundled template source (`sourceHashes` of @lac/templates). */
  readonly sourceHashes: Readonly<Record<string, string>>;
  /** `markdownlintConfig` of @lac/templates. */
  readonly markdownlintConfig: string;
  /** The JSON Schema of lac.config.yaml, as lac writes it. */
  readonly schemaText: string;
  /** The version of the tool that makes the pack, recorded in .lac/state.json. */
  readonly toolVersion: string;
  readonly writers: FormatWriters;
  /** The council's logo, checked with checkLogo, when output.style.logo names one. */
  readonly logo?: CheckedLogo;
  /** SHA-256 of bytes, as 64 lower-case hexadecimal digits (node:crypto, or crypto.subtle in a browser). */
  readonly sha256Hex: (bytes: Uint8Array) => string | Promise<string>;
}

const encoder = new TextEncoder();
const bytesOf = (content: string | Uint8Array) =>
  typeof content === "string" ? encoder.encode(content) : content;

/**
 * Every file `lac init` writes into an empty folder for the configuration, in the order it writes them:
 * lac.config.yaml, the schema, the markdownlint settings, the Markdown documents, their Word and HTML
 * versions (output.formats), .lac/bases with the base of each rendered text file (after the files,
 * so that a base is never newer than its file), then .lac/state.json with the hash of each.
 */
export async function newPackFiles(inputs: NewPackInputs): Promise<PackFile[]> {
  const { config, rendered } = inputs;
  const merged = mergedTextFiles({
    schemaText: inputs.schemaText,
    markdownlintConfig: inputs.markdownlintConfig,
    documents: rendered.documents,
  });
  const files: PackFile[] = [
    { path: CONFIG_FILE, content: inputs.configText },
    ...merged,
    ...(await formatFiles({
      config,
      documents: rendered.documents,
      phases: rendered.phases,
      templateSet: rendered.templateSet,
      writers: inputs.writers,
      ...(inputs.logo !== undefined ? { logo: inputs.logo } : {}),
    })),
    basesFile(merged),
  ];
  const hashes: Record<string, string> = {};
  for (const file of files)
    hashes[file.path] = `${CONTENT_HASH_PREFIX}${await inputs.sha256Hex(bytesOf(file.content))}`;
  const state = serialisePackState({
    stateVersion: PACK_STATE_VERSION,
    lac: { version: inputs.toolVersion },
    templates: { ...rendered.templateSet, sources: { ...inputs.sourceHashes } },
    answers: config,
    files: hashes,
  });
  return [...files, { path: STATE_FILE, content: state }];
}
