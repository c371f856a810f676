import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import type { ConvertOptions, HouseStyle } from "@lac/pack-formats";
import { pathForFormat } from "@lac/pack-formats/links";
import { logoAlt, type CheckedLogo } from "./logo.js";
import type { PackFile } from "./pack-file.js";

/** The Markdown → Word writer (`markdownToDocx` of @lac/pack-formats). */
export type DocxWriter = (markdown: string, options: ConvertOptions) => Promise<Uint8Array>;

/** The Markdown → HTML writer (`markdownToHtml` of @lac/pack-formats). */
export type HtmlWriter = (markdown: string, options: ConvertOptions) => string;

/**
 * The writers of @lac/pack-formats, given by the caller as loaders, so that each is loaded only when the
 * pack has files of its format: the CLI loads them from its own bundle, a browser fetches each as a
 * chunk of its own. A loader's rejection is formatFiles' rejection, as it is.
 */
export interface FormatWriters {
  /** Loads `markdownToHtml` of @lac/pack-formats; called once, only when an HTML file is to be made (output.formats has "html"). */
  readonly loadHtmlWriter: () => Promise<HtmlWriter>;
  /** Loads `markdownToDocx` of @lac/pack-formats; called once, only when a Word file is to be made (output.formats has "docx"). */
  readonly loadDocxWriter: () => Promise<DocxWriter>;
}

/** The template set a pack was rendered with (`templateSet` of renderPack's result). */
export interface TemplateSetName {
  readonly name: string;
  readonly version: string;
}

/** The document's own title: its first level-1 heading, or the manifest's title. */
export function documentTitle(document: Pick<RenderedDocument, "content" | "title">): string {
  const heading = /^# +(.+?) *#* *$/m.exec(document.content);
  // Without emphasis marks and the marks of text in another language (`<span lang="en-GB">…</span>`),
  // and with the backslash escapes of configured values resolved.
  return heading?.[1] === undefined
    ? document.title
    : heading[1]
        .replace(/(?<!\\)<span\s+lang\s*=\s*["'][\w-]+["']\s*>|(?<!\\)<\/span\s*>/g, "")
        .replace(/(?<!\\)[*_`]/g, "")
        .replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

export interface FormatOptionsInputs {
  readonly config: CouncilConfig;
  readonly phases: readonly ScheduledPhase[];
  readonly templateSet: TemplateSetName;
  /**
   * The council's logo, read and checked (see checkLogo), when output.style.logo names one; its text
   * alternative is each document's (logoAlt).
   */
  readonly logo?: CheckedLogo;
}

/** The options lac gives the Word and HTML writers for one document of the pack. */
export function formatOptionsFor(
  inputs: FormatOptionsInputs,
  document: Pick<RenderedDocument, "content" | "title" | "path" | "language" | "documentId" | "easyRead">,
): ConvertOptions {
  const { config } = inputs;
  // A Welsh (or Welsh-first bilingual) document names the council in Welsh, in its HTML title and Word
  // properties and its logo's text alternative, as its text does; without a Welsh name, the English one.
  const council = logoAlt(config.council, document.language);
  const style: HouseStyle = {
    font: config.output.style.font,
    headingColour: config.output.style.headingColour,
    ...(inputs.logo !== undefined ? { logo: { ...inputs.logo, alt: council } } : {}),
  };
  return {
    title: documentTitle(document),
    sourcePath: document.path,
    language: document.language,
    // From the manifest (what the document is), not from its file name.
    ...(document.easyRead === true ? { easyRead: true } : {}),
    council,
    templateVersion: `${inputs.templateSet.name} ${inputs.templateSet.version}`,
    style,
    timeline: inputs.phases.map((phase) => ({ name: phase.name, start: phase.start, end: phase.end })),
    // No links to other formats after the index's links (linkOtherFormats): each opens the document in the
    // format being read, and the index says the other formats are beside it, with the same name.
  };
}

export interface FormatFilesInputs extends FormatOptionsInputs {
  /** The Markdown documents: as rendered, or as merged with the council's edits. */
  readonly documents: readonly Pick<
    RenderedDocument,
    "content" | "title" | "path" | "language" | "documentId" | "easyRead"
  >[];
  readonly writers: FormatWriters;
}

/**
 * The Word and HTML files of the pack, made from its Markdown documents: for each document, one file per
 * derived format in output.formats, at the same path with .docx or .html for .md. Each writer is loaded
 * when its first file is made (never for a pack without documents), both at once.
 */
export async function formatFiles(inputs: FormatFilesInputs): Promise<PackFile[]> {
  const formats = inputs.config.output.formats;
  if (inputs.documents.length === 0) return [];
  const [docx, html] = await Promise.all([
    formats.includes("docx") ? inputs.writers.loadDocxWriter() : undefined,
    formats.includes("html") ? inputs.writers.loadHtmlWriter() : undefined,
  ]);
  const files: PackFile[] = [];
  if (docx === undefined && html === undefined) return files;
  for (const document of inputs.documents) {
    const options = formatOptionsFor(inputs, document);
    if (docx !== undefined)
      files.push({
        path: pathForFormat(document.path, "docx"),
        content: await docx(document.content, options),
      });
    if (html !== undefined)
      files.push({ path: pathForFormat(document.path, "html"), content: html(document.content, options) });
  }
  return files;
}
