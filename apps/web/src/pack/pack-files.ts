// The files of a new pack, as `lac init` writes them into an empty folder: lac.config.yaml, the
// rendered Markdown documents, their Word and HTML versions, the schema and markdownlint settings,
// and lac's records under .lac/ (the base of each text file and state.json), so that `lac generate`
// and `lac update` work on the pack later. Pure: no DOM, no network; runs in a browser and in Node.js.
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase, TemplateSet } from "@lac/documents";
import { renderPack } from "@lac/documents";
import type { HouseStyle, PackFormat } from "@lac/pack-formats";
import { markdownToHtml, pathForFormat } from "@lac/pack-formats";

export const CONFIG_FILE = "lac.config.yaml";
export const SCHEMA_FILE = ".lac/lac.config.schema.json";
export const MARKDOWNLINT_FILE = ".markdownlint.jsonc";
export const STATE_FILE = ".lac/state.json";
const BASE_DIR = ".lac/base";
const PACK_INDEX = "pack-index";

/** What the web builder records as the tool that made the pack (lac records its own version). */
export const WEB_BUILDER_VERSION = "0.0.0-web-builder";

export interface PackInputs {
  readonly config: CouncilConfig;
  /** The text of lac.config.yaml, with its schema line. */
  readonly configText: string;
  readonly templateSet: TemplateSet;
  /** The hash of each bundled template source, recorded so `lac update` can name changed templates. */
  readonly sourceHashes: Readonly<Record<string, string>>;
  readonly markdownlintConfig: string;
  /** The JSON Schema of lac.config.yaml, as lac writes it. */
  readonly schemaText: string;
  /** The Word writer, loaded only when the pack has Word files. */
  readonly loadDocxWriter: () => Promise<
    (markdown: string, options: Parameters<typeof markdownToHtml>[1]) => Promise<Uint8Array>
  >;
  /** SHA-256 of bytes, as lower-case hex. */
  readonly sha256Hex: (bytes: Uint8Array) => Promise<string>;
}

export interface PackFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export type PackFilesResult =
  | {
      readonly ok: true;
      readonly files: readonly PackFile[];
      readonly documents: readonly RenderedDocument[];
      readonly phases: readonly ScheduledPhase[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The document's own title: its first level-1 heading, or the manifest's title (as lac does). */
function documentTitle(document: RenderedDocument): string {
  const heading = /^# +(.+?) *#* *$/m.exec(document.content);
  return heading?.[1] === undefined
    ? document.title
    : heading[1].replace(/(?<!\\)[*_`]/g, "").replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** The options lac gives the Word and HTML writers for one document. */
export function convertOptionsFor(
  config: CouncilConfig,
  document: RenderedDocument,
  phases: readonly ScheduledPhase[],
  templateSet: { readonly name: string; readonly version: string },
): Parameters<typeof markdownToHtml>[1] {
  const style: HouseStyle = {
    font: config.output.style.font,
    headingColour: config.output.style.headingColour,
  };
  return {
    title: documentTitle(document),
    sourcePath: document.path,
    language: document.language,
    council: config.council.name,
    templateVersion: `${templateSet.name} ${templateSet.version}`,
    style,
    timeline: phases.map((phase) => ({ name: phase.name, start: phase.start, end: phase.end })),
    ...(document.documentId === PACK_INDEX
      ? { linkOtherFormats: ["markdown"] as readonly PackFormat[] }
      : {}),
  };
}

const encoder = new TextEncoder();
const bytesOf = (content: string | Uint8Array) =>
  typeof content === "string" ? encoder.encode(content) : content;

/** The state file as lac writes it: indented JSON with the files sorted. */
function stateText(
  config: CouncilConfig,
  templateSet: { readonly name: string; readonly version: string },
  sources: Readonly<Record<string, string>>,
  hashes: Readonly<Record<string, string>>,
): string {
  const files = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const state = {
    stateVersion: 1,
    lac: { version: WEB_BUILDER_VERSION },
    templates: { name: templateSet.name, version: templateSet.version, sources: { ...sources } },
    answers: config,
    files,
  };
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** Renders the pack and returns every file `lac init` would write for the configuration. */
export async function packFiles(inputs: PackInputs): Promise<PackFilesResult> {
  const { config } = inputs;
  if (config.output.style.logo !== undefined) {
    return {
      ok: false,
      problems: [
        "output.style.logo names a logo file, which the web builder cannot read: remove it here, and add it with lac generate on your computer.",
      ],
    };
  }
  const rendered = renderPack(config, inputs.templateSet);
  if (!rendered.ok) return { ok: false, problems: rendered.errors.map((problem) => problem.message) };

  const text: PackFile[] = [
    { path: SCHEMA_FILE, content: inputs.schemaText },
    { path: MARKDOWNLINT_FILE, content: inputs.markdownlintConfig },
    ...rendered.documents.map((document) => ({ path: document.path, content: document.content })),
  ];
  const files: PackFile[] = [{ path: CONFIG_FILE, content: inputs.configText }, ...text];
  const formats = config.output.formats;
  const docx = formats.includes("docx") ? await inputs.loadDocxWriter() : undefined;
  for (const document of rendered.documents) {
    const options = convertOptionsFor(config, document, rendered.phases, rendered.templateSet);
    if (docx)
      files.push({
        path: pathForFormat(document.path, "docx"),
        content: await docx(document.content, options),
      });
    if (formats.includes("html"))
      files.push({
        path: pathForFormat(document.path, "html"),
        content: markdownToHtml(document.content, options),
      });
  }
  files.push(...text.map((file) => ({ path: `${BASE_DIR}/${file.path}`, content: file.content })));

  const hashes: Record<string, string> = {};
  for (const file of files) hashes[file.path] = `sha256-${await inputs.sha256Hex(bytesOf(file.content))}`;
  files.push({
    path: STATE_FILE,
    content: stateText(config, rendered.templateSet, inputs.sourceHashes, hashes),
  });
  return { ok: true, files, documents: rendered.documents, phases: rendered.phases };
}
