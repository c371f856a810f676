import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import {
  markdownToDocx,
  markdownToHtml,
  pathForFormat,
  type HouseStyle,
  type PackFormat,
} from "@lac/pack-formats";
import type { PackFile } from "../pack-files/index.js";
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

const PACK_INDEX = "pack-index";

/** The document's own title: its first level-1 heading, or the manifest's title. */
function documentTitle(document: RenderedDocument): string {
  const heading = /^# +(.+?) *#* *$/m.exec(document.content);
  // Without emphasis marks, and with the backslash escapes of configured values resolved.
  return heading?.[1] === undefined
    ? document.title
    : heading[1].replace(/(?<!\\)[*_`]/g, "").replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/**
 * The Word and HTML files of the pack, made from its rendered Markdown documents: for each document, one
 * file per derived format in output.formats, at the same path with .docx or .html for .md.
 */
export async function derivePackFiles(options: DerivePackFilesOptions): Promise<DerivePackFilesResult> {
  const { config, documents, phases } = options;
  const formats = config.output.formats;
  const wantDocx = formats.includes("docx");
  const wantHtml = formats.includes("html");
  if (!wantDocx && !wantHtml) return { ok: true, files: [] };
  let style: HouseStyle = {
    font: config.output.style.font,
    headingColour: config.output.style.headingColour,
  };
  if (config.output.style.logo !== undefined) {
    const read = readLogoFile(
      options.packDir,
      config.output.style.logo,
      `${config.council.name} logo`,
      formats,
    );
    if (!read.ok) return { ok: false, problem: { path: ["output", "style", "logo"], message: read.message } };
    style = { ...style, logo: read.logo };
  }
  const timeline = phases.map((phase) => ({ name: phase.name, start: phase.start, end: phase.end }));
  const files: PackFile[] = [];
  for (const document of documents) {
    const convertOptions = {
      title: documentTitle(document),
      sourcePath: document.path,
      language: document.language,
      council: config.council.name,
      templateVersion: `${options.templateSet.name} ${options.templateSet.version}`,
      style,
      timeline,
      // The Markdown index links each document's Word and HTML files itself; the Word and HTML
      // versions of the index add a link to the Markdown source.
      ...(document.documentId === PACK_INDEX
        ? { linkOtherFormats: ["markdown"] as readonly PackFormat[] }
        : {}),
    };
    if (wantDocx) {
      files.push({
        path: pathForFormat(document.path, "docx"),
        content: await markdownToDocx(document.content, convertOptions),
      });
    }
    if (wantHtml) {
      files.push({
        path: pathForFormat(document.path, "html"),
        content: markdownToHtml(document.content, convertOptions),
      });
    }
  }
  return { ok: true, files };
}
