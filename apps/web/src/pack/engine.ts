// The renderer, the templates and the HTML writer: loaded when the person first previews or
// downloads the pack (dynamic import), never with the question pages.
import councilConfigJsonSchema from "@lac/council/lac.config.schema.json";
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { markdownToHtml } from "@lac/pack-formats";
import { markdownlintConfig, sourceHashes, templateSet } from "@lac/templates";
import { zipSync } from "fflate";
import type { PackFile, PackFilesResult } from "./pack-files.js";
import { convertOptionsFor, packFiles } from "./pack-files.js";

/** The JSON Schema text, as lac writes it to .lac/lac.config.schema.json. */
const schemaText = `${JSON.stringify(councilConfigJsonSchema, null, 2)}\n`;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Every file of the pack for the configuration, as `lac init` writes them. */
export function buildPack(config: CouncilConfig, configText: string): Promise<PackFilesResult> {
  return packFiles({
    config,
    configText,
    templateSet,
    sourceHashes,
    markdownlintConfig,
    schemaText,
    sha256Hex,
    loadDocxWriter: async () => (await import("./docx-writer.js")).markdownToDocx,
  });
}

/** The HTML version of one document, as the pack's .html file: the preview. */
export function previewHtml(
  config: CouncilConfig,
  document: RenderedDocument,
  phases: readonly ScheduledPhase[],
): string {
  return markdownToHtml(document.content, convertOptionsFor(config, document, phases, templateSet));
}

/** The pack as a .zip, every file in a folder named after the council. */
export function zipPack(files: readonly PackFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const file of files)
    entries[file.path] = typeof file.content === "string" ? encoder.encode(file.content) : file.content;
  // A fixed date, so that the same pack makes the same zip.
  return zipSync(entries, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") });
}
