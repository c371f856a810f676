// The renderer, the templates and the HTML writer: loaded when the person reaches the pack (dynamic
// import), never with the question pages. The Word writer is loaded only on download (docx-writer.ts).
// Which files the pack has is @lac/pack-files' newPackFiles, as `lac init` writes them.
import councilConfigJsonSchema from "@lac/council/lac.config.schema.json";
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { isSafeOutputPath, renderPack } from "@lac/documents";
import type { LogoImage } from "@lac/pack-formats";
import { markdownToHtml } from "@lac/pack-formats";
import type { PackFile } from "@lac/pack-files";
import { checkLogo, formatOptionsFor, logoAlt, newPackFiles } from "@lac/pack-files";
import { markdownlintConfig, sourceHashes, templateSet } from "@lac/templates";
import { zipSync } from "fflate";

/** What the web builder records as the tool that made the pack (lac records its own version). */
export const WEB_BUILDER_VERSION = "0.0.0-web-builder";

/** The JSON Schema text, as lac writes it to .lac/lac.config.schema.json. */
const schemaText = `${JSON.stringify(councilConfigJsonSchema, null, 2)}\n`;

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

/** The pack's Markdown documents for the configuration (renderPack of @lac/documents). */
export function renderDocuments(config: CouncilConfig): RenderedPack {
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
  | { readonly ok: true; readonly logo: LogoImage | undefined }
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
    alt: logoAlt(config.council.name),
    formats: config.output.formats,
  });
}

/**
 * Every file of the pack, as `lac init` writes them, and the council's logo at the path
 * lac.config.yaml gives it (when that path is inside the pack), where lac generate looks for it later.
 * The Word writer is loaded here, the first time a pack with Word files is downloaded: the one request
 * the builder makes after the page has loaded (to its own site).
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
  const files = await newPackFiles({
    config: rendered.config,
    configText,
    rendered,
    sourceHashes,
    markdownlintConfig,
    schemaText,
    toolVersion: WEB_BUILDER_VERSION,
    writers: {
      markdownToHtml,
      loadDocxWriter: async () => (await import("./docx-writer.js")).markdownToDocx,
    },
    ...(logo.logo !== undefined ? { logo: logo.logo } : {}),
    sha256Hex,
  });
  const logoPath = rendered.config.output.style.logo;
  if (logoFile !== undefined && logoPath !== undefined && isSafeOutputPath(logoPath))
    files.push({ path: logoPath, content: logoFile.bytes });
  return { ok: true, files };
}

/** The HTML version of one document, as the pack's .html file: the preview. */
export function previewHtml(
  rendered: Extract<RenderedPack, { ok: true }>,
  document: RenderedDocument,
  logoFile?: LogoFile,
): string {
  const logo = councilLogo(rendered.config, logoFile);
  return markdownToHtml(
    document.content,
    formatOptionsFor({ ...rendered, ...(logo.ok && logo.logo ? { logo: logo.logo } : {}) }, document),
  );
}

/** The pack as a .zip, its files at the top level (unzipped into a folder of its own, it is the pack). */
export function zipPack(files: readonly PackFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const file of files)
    entries[file.path] = typeof file.content === "string" ? encoder.encode(file.content) : file.content;
  // A fixed date, so that the same pack makes the same zip.
  return zipSync(entries, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}
