import { markdownToDocx, markdownToHtml } from "@lac/pack-formats";
import type { FormatFilesInputs, FormatWriters, PackFile } from "@lac/pack-files";
import { formatFiles } from "@lac/pack-files";

/** The writers of @lac/pack-formats, in this bundle. */
const WRITERS: FormatWriters = {
  loadHtmlWriter: () => Promise.resolve(markdownToHtml),
  loadDocxWriter: () => Promise.resolve(markdownToDocx),
};

/**
 * The Word and HTML files of each document (in order, one list per document), made from its Markdown
 * by formatFiles of @lac/pack-files, as the web builder makes them. The rest of the pack's Word and
 * HTML files are kept from disk (derived-files-plan.ts), which needs none of this bundle.
 */
export async function makeDerivedFiles(
  inputs: Omit<FormatFilesInputs, "writers">,
): Promise<readonly (readonly PackFile[])[]> {
  const files: PackFile[][] = [];
  for (const document of inputs.documents)
    files.push(await formatFiles({ ...inputs, documents: [document], writers: WRITERS }));
  return files;
}
