import type { RenderedDocument } from "@lac/documents";
import type { TextPackFile } from "./pack-file.js";
import { MARKDOWNLINT_FILE, SCHEMA_FILE } from "./pack-paths.js";

export interface TextFilesInputs {
  /** The JSON Schema of lac.config.yaml, as lac writes it (indented JSON and a final newline). */
  readonly schemaText: string;
  /** The markdownlint settings of the templates (`markdownlintConfig` of @lac/templates). */
  readonly markdownlintConfig: string;
  /** The rendered Markdown documents (`documents` of renderPack's result). */
  readonly documents: readonly Pick<RenderedDocument, "path" | "content">[];
}

/**
 * The text files lac renders and merges with the council's edits (every text file but lac.config.yaml,
 * which is the input): the schema, the markdownlint settings and the documents.
 */
export function mergedTextFiles(inputs: TextFilesInputs): TextPackFile[] {
  return [
    { path: SCHEMA_FILE, content: inputs.schemaText },
    { path: MARKDOWNLINT_FILE, content: inputs.markdownlintConfig },
    ...inputs.documents.map((document) => ({ path: document.path, content: document.content })),
  ];
}
