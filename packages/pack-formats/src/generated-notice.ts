import type { DerivedFormat } from "./options.js";

const FORMAT_NAMES: Record<DerivedFormat, string> = { docx: "Word document", html: "web page" };

/** The notice at the top of every derived file: where it comes from and where changes belong. */
export function generatedNotice(format: DerivedFormat, sourcePath: string): string {
  return (
    `This ${FORMAT_NAMES[format]} is generated from ${sourcePath}. ` +
    `Make changes in that Markdown file or in lac.config.yaml, then run lac generate: ` +
    `changes made here are not carried back, and lac will not overwrite this file once it has been edited unless you use --force.`
  );
}
