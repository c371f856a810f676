// The renderer and the templates: loaded when the person reaches the pack (dynamic import), never with
// the question pages. The HTML writer is loaded after the renderer (html-writer.ts, loadPreviewWriter),
// the Word writer only on download (docx-writer.ts), with the other parts a download needs (downloadParts).
// Which files the pack has is @lac/pack-files' newPackFiles, as `lac init` writes them.
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { isSafeOutputPath, renderPack } from "@lac/documents";
import type { PackFile } from "@lac/pack-files";
import { checkLogo, formatOptionsFor, newPackFiles, type CheckedLogo } from "@lac/pack-files";
import { lazyTemplateSet, markdownlintConfig } from "@lac/templates/parts";
import type { TemplatePart, TemplatePartId } from "@lac/templates/parts";

/**
 * The fictional example the start page offers: with the renderer, fetched while the first page is read,
 * not with the question pages (about 1.3 KB of the first load, gzipped).
 */
export { default as exampleText } from "@lac/council/examples/wendleshire.lac.config.yaml?raw";

/** What the web builder records as the tool that made the pack (lac records its own version). */
export const WEB_BUILDER_VERSION = "0.0.0-web-builder";

/**
 * The JSON Schema text, as lac writes it to .lac/lac.config.schema.json: fetched with the first pack
 * downloaded, not with the renderer (the previews do not need it).
 */
async function schemaText(): Promise<string> {
  const { default: schema } = await import("@lac/council/lac.config.schema.json");
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * The hash of each bundled template's source, which the pack's state records for `lac update`:
 * fetched with the first pack downloaded, like the JSON Schema (the previews do not need them).
 */
async function templateSourceHashes(): Promise<Readonly<Record<string, string>>> {
  return (await import("@lac/templates/source-hashes")).sourceHashes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

export type RenderedPack =
  | {
      readonly ok: true;
      readonly config: CouncilConfig;
      readonly documents: readonly RenderedDocument[];
      readonly phases: readonly ScheduledPhase[];
      readonly templateSet: { readonly name: string; readonly version: string };
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The parts of the precompiled templates, each fetched the first time a council needs it: an English
 * council's pack never fetches the Welsh documents (`cy`) or those of councils in Wales (`wales`).
 */
const templatePartLoaders: Readonly<Record<TemplatePartId, () => Promise<TemplatePart>>> = {
  en: () => import("@lac/templates/parts/en"),
  england: () => import("@lac/templates/parts/england"),
  wales: () => import("@lac/templates/parts/wales"),
  cy: () => import("@lac/templates/parts/cy"),
};

const loadedTemplateParts = new Map<TemplatePartId, TemplatePart>();

/**
 * The parts of the templates a council's pack is rendered from: the English documents and partials of
 * every nation, those of the council's nation, and the Welsh ones when its documents include Welsh.
 */
export function templatePartsOf(
  nation: string | undefined,
  languages: readonly string[] | undefined,
): readonly TemplatePartId[] {
  return [
    "en",
    nation === "wales" ? "wales" : "england",
    ...(languages?.includes("cy") ? (["cy"] as const) : []),
  ];
}

/** The parts of the templates a valid configuration's pack is rendered from (templatePartsOf). */
export function templatePartsFor(config: CouncilConfig): readonly TemplatePartId[] {
  return templatePartsOf(config.council.nation, config.output.languages);
}

/**
 * Fetches the parts of the templates not fetched yet (the builder calls it as soon as the answers name
 * the council's nation, so that the pack page works offline from then on).
 */
export async function fetchTemplateParts(parts: readonly TemplatePartId[]): Promise<void> {
  await Promise.all(
    parts
      .filter((part) => !loadedTemplateParts.has(part))
      .map(async (part) => loadedTemplateParts.set(part, await templatePartLoaders[part]())),
  );
}

/** The template set, reading each template from the parts fetched for the council (renderDocuments). */
const templateSet = lazyTemplateSet((part) => {
  const loaded = loadedTemplateParts.get(part);
  if (loaded === undefined) throw new Error(`The templates' part "${part}" was not fetched for this pack.`);
  return loaded;
});

/** The pack's Markdown documents for the configuration (renderPack of @lac/documents), once the parts of the templates it needs are fetched. */
export async function renderDocuments(config: CouncilConfig): Promise<RenderedPack> {
  await fetchTemplateParts(templatePartsFor(config));
  const rendered = renderPack(config, templateSet);
  if (!rendered.ok) return { ok: false, problems: rendered.errors.map((problem) => problem.message) };
  return {
    ok: true,
    config,
    documents: rendered.documents,
    phases: rendered.phases,
    templateSet: rendered.templateSet,
  };
}

/** A logo file the person chose in the page. */
export interface LogoFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type LogoResult =
  | { readonly ok: true; readonly logo: CheckedLogo | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * The council's logo for the documents when lac.config.yaml names one (output.style.logo), checked as
 * lac checks it (checkLogo of @lac/pack-files); a message when it is not chosen yet or not usable.
 */
export function councilLogo(config: CouncilConfig, file: LogoFile | undefined): LogoResult {
  const path = config.output.style.logo;
  if (path === undefined) return { ok: true, logo: undefined };
  if (file === undefined)
    return {
      ok: false,
      message: `Choose your council's logo file (lac.config.yaml names it ${path}) before you download the pack.`,
    };
  return checkLogo(file.bytes, {
    name: `the logo ${JSON.stringify(file.name)}`,
    formats: config.output.formats,
  });
}

/** A part of the builder fetched the first time it is asked for, and what a message calls it. */
export interface LazyPart<T> {
  readonly name: string;
  readonly load: () => Promise<T>;
  /** Whether it is here: fetched, and nothing more to fetch. */
  readonly loaded: () => boolean;
}

/** A part fetched once (again after a failed fetch, when it is next asked for). */
function lazyPart<T>(name: string, fetch: () => Promise<T>): LazyPart<T> {
  let loading: Promise<T> | undefined;
  let here = false;
  return {
    name,
    load: () =>
      (loading ??= fetch().then(
        (part) => {
          here = true;
          return part;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => here,
  };
}

/** The parts of the builder that the renderer does not hold, each a chunk of its own. */
const parts = {
  schema: lazyPart("the configuration's JSON Schema", schemaText),
  hashes: lazyPart("the templates' hashes", templateSourceHashes),
  zip: lazyPart("the zip writer", async () => (await import("fflate")).zipSync),
  html: lazyPart("the HTML writer", async () => (await import("./html-writer.js")).markdownToHtml),
  docx: lazyPart("the Word writer", async () => (await import("./docx-writer.js")).markdownToDocx),
};

/**
 * The parts of the builder a pack's download needs: the JSON Schema, the templates' hashes and the zip
 * writer for every pack, and the writer of each derived format in output.formats.
 */
export function downloadParts(config: CouncilConfig): readonly LazyPart<unknown>[] {
  const formats = config.output.formats;
  return [
    parts.schema,
    parts.hashes,
    parts.zip,
    ...(formats.includes("html") ? [parts.html] : []),
    ...(formats.includes("docx") ? [parts.docx] : []),
  ];
}

/** Parts of the builder named in a sentence: "the zip writer, the HTML writer and the Word writer". */
function partsList(names: readonly string[]): string {
  return new Intl.ListFormat("en-GB", { type: "conjunction" }).format(names);
}

/** What the person reads when parts of the builder a download needs could not be fetched: each named. */
export function partsNotLoadedMessage(names: readonly string[]): string {
  const which = names.length === 1 ? "a part of the builder" : "parts of the builder";
  return `The download needs ${which} that could not be loaded from this site: ${partsList(names)}. Check that you are online, then download again.`;
}

/**
 * What the pack page says before a download that still has parts of the builder to fetch (those of
 * downloadParts not here yet), naming them; undefined when every part is here.
 */
export function partsToFetchNote(config: CouncilConfig): string | undefined {
  const names = downloadParts(config)
    .filter((part) => !part.loaded())
    .map((part) => part.name);
  if (names.length === 0) return undefined;
  return `The download fetches ${partsList(names)} from this site, so stay online until it starts. Nothing you typed is sent.`;
}

/**
 * Fetches the parts a download needs, all at once; a message naming those that could not be fetched,
 * or undefined when every part is here.
 */
async function fetchDownloadParts(config: CouncilConfig): Promise<string | undefined> {
  const needed = downloadParts(config);
  const settled = await Promise.allSettled(needed.map((part) => part.load()));
  const failed = needed.filter((_, index) => settled[index]?.status === "rejected");
  return failed.length === 0 ? undefined : partsNotLoadedMessage(failed.map((part) => part.name));
}

/**
 * Every file of the pack, as `lac init` writes them, and the council's logo at the path
 * lac.config.yaml gives it (when that path is inside the pack), where lac generate looks for it later.
 * The parts of the builder a download needs (downloadParts) are fetched here, the first time, all at
 * once: requests to the builder's own site only. The HTML writer is usually here already
 * (loadPreviewWriter). A part that cannot be fetched is named in the message returned.
 */
export async function packFiles(
  rendered: Extract<RenderedPack, { ok: true }>,
  configText: string,
  logoFile?: LogoFile,
): Promise<
  { readonly ok: true; readonly files: PackFile[] } | { readonly ok: false; readonly message: string }
> {
  const logo = councilLogo(rendered.config, logoFile);
  if (!logo.ok) return logo;
  const notLoaded = await fetchDownloadParts(rendered.config);
  if (notLoaded !== undefined) return { ok: false, message: notLoaded };
  const [sourceHashes, schema] = await Promise.all([parts.hashes.load(), parts.schema.load()]);
  const files = await newPackFiles({
    config: rendered.config,
    configText,
    rendered,
    sourceHashes,
    markdownlintConfig,
    schemaText: schema,
    toolVersion: WEB_BUILDER_VERSION,
    writers: { loadHtmlWriter: parts.html.load, loadDocxWriter: parts.docx.load },
    ...(logo.logo !== undefined ? { logo: logo.logo } : {}),
    sha256Hex,
  });
  const logoPath = rendered.config.output.style.logo;
  if (logoFile !== undefined && logoPath !== undefined && isSafeOutputPath(logoPath))
    files.push({ path: logoPath, content: logoFile.bytes });
  return { ok: true, files };
}

/** Makes the HTML version of one document, as the pack's .html file: the preview. */
export type PreviewWriter = (
  rendered: Extract<RenderedPack, { ok: true }>,
  document: RenderedDocument,
  logoFile?: LogoFile,
) => string;

/**
 * The previews' writer, once the HTML writer is fetched: the builder asks for it as soon as the renderer
 * is here, so that rendering the documents and listing them never wait for it.
 */
export async function loadPreviewWriter(): Promise<PreviewWriter> {
  const markdownToHtml = await parts.html.load();
  return (rendered, document, logoFile) => {
    const logo = councilLogo(rendered.config, logoFile);
    return markdownToHtml(
      document.content,
      formatOptionsFor({ ...rendered, ...(logo.ok && logo.logo ? { logo: logo.logo } : {}) }, document),
    );
  };
}

/**
 * The pack as a .zip, its files at the top level (unzipped into a folder of its own, it is the pack).
 * The zip library is fetched with the first download (packFiles, downloadParts), as the JSON Schema and
 * the Word writer are: the pack page's previews do not need it.
 */
export async function zipPack(files: readonly PackFile[]): Promise<Uint8Array> {
  const zipSync = await parts.zip.load();
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const file of files)
    entries[file.path] = typeof file.content === "string" ? encoder.encode(file.content) : file.content;
  // A fixed date, so that the same pack makes the same zip.
  return zipSync(entries, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}
