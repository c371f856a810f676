import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { markdownToDocx, markdownToHtml } from "@lac/pack-formats";
import type { PackFile } from "@lac/pack-files";
import { formatFiles, logoAlt } from "@lac/pack-files";
import { readLogoFile } from "./logo-file.js";

export interface DerivePackFilesOptions {
  readonly config: CouncilConfig;
  readonly documents: readonly RenderedDocument[];
  readonly phases: readonly ScheduledPhase[];
  readonly templateSet: { readonly name: string; readonly version: string };
  /** The pack folder: output.style.logo is relative to it. */
  readonly packDir: string;
}

export type DerivePackFilesResult =
  | { readonly ok: true; readonly files: readonly PackFile[] }
  | {
      readonly ok: false;
      readonly problem: { readonly path: readonly (string | number)[]; readonly message: string };
    };

/**
 * The Word and HTML files of the pack, made from its rendered Markdown documents by formatFiles of
 * @lac/pack-files (as the web builder makes them), with the council's logo read from the pack folder.
 */
export async function derivePackFiles(options: DerivePackFilesOptions): Promise<DerivePackFilesResult> {
  const { config } = options;
  const formats = config.output.formats;
  if (!formats.includes("docx") && !formats.includes("html")) return { ok: true, files: [] };
  let logo;
  if (config.output.style.logo !== undefined) {
    const read = readLogoFile(
      options.packDir,
      config.output.style.logo,
      logoAlt(config.council.name),
      formats,
    );
    if (!read.ok) return { ok: false, problem: { path: ["output", "style", "logo"], message: read.message } };
    logo = read.logo;
  }
  const files = await formatFiles({
    config,
    documents: options.documents,
    phases: options.phases,
    templateSet: options.templateSet,
    writers: { markdownToHtml, loadDocxWriter: () => Promise.resolve(markdownToDocx) },
    ...(logo !== undefined ? { logo } : {}),
  });
  return { ok: true, files };
}
