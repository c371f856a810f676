// The renderer, the templates and the HTML writer: loaded when the person reaches the pack (dynamic
// import), never with the question pages. The Word writer is loaded only on download (docx-writer.ts).
// Which files the pack has is @lac/pack-files' newPackFiles, as `lac init` writes them.
import councilConfigJsonSchema from "@lac/council/lac.config.schema.json";
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { renderPack } from "@lac/documents";
export { isSafeOutputPath } from "@lac/documents";
import type { LogoImage } from "@lac/pack-formats";
import { markdownToHtml } from "@lac/pack-formats";
import type { PackFile } from "@lac/pack-files";
import { formatOptionsFor, newPackFiles } from "@lac/pack-files";
export { checkLogo, logoAlt } from "@lac/pack-files";
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

/**
 * Every file of the pack, as `lac init` writes them. The Word writer is loaded here, the first time a
 * pack with Word files is downloaded: the one request the builder makes after the pack page has loaded
 * (to its own site).
 */
export function packFiles(
  rendered: Extract<RenderedPack, { ok: true }>,
  configText: string,
  logo?: LogoImage,
): Promise<PackFile[]> {
  return newPackFiles({
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
    ...(logo !== undefined ? { logo } : {}),
    sha256Hex,
  });
}

/** The HTML version of one document, as the pack's .html file: the preview. */
export function previewHtml(
  rendered: Extract<RenderedPack, { ok: true }>,
  document: RenderedDocument,
  logo?: LogoImage,
): string {
  return markdownToHtml(
    document.content,
    formatOptionsFor({ ...rendered, ...(logo !== undefined ? { logo } : {}) }, document),
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
