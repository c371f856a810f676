import type { CouncilConfig } from "@lac/council/quick";
import type { RenderedDocument, ScheduledPhase } from "@lac/documents";
import { pathForFormat } from "@lac/pack-formats/links";
import type { FormatOptionsInputs, PackFile } from "@lac/pack-files";
import { formatOptionsFor } from "@lac/pack-files";
import type { PackFileLooks } from "../pack-files/plan-pack-write.js";
import {
  derivedSourceHash,
  keptDerivedFile,
  packFileReader,
  type DerivedFormat,
  type DerivedRecord,
} from "./derived-source.js";
import { readLogoFile } from "./logo-file.js";

export interface DerivedFilesPlanOptions {
  readonly config: CouncilConfig;
  /** The Markdown documents, as merged with the council's edits. */
  readonly documents: readonly RenderedDocument[];
  readonly phases: readonly ScheduledPhase[];
  readonly templateSet: { readonly name: string; readonly version: string };
  /** The pack folder: output.style.logo is relative to it. */
  readonly packDir: string;
  /** What .lac/state.json recorded before this run, if there is one. */
  readonly before?: DerivedRecord;
  /** The files the plan of the write looks at: a kept file is read once, for both. */
  readonly looked?: PackFileLooks;
}

export interface DerivedFilesPlan {
  /** What the writers are given besides each document: the configuration, phases, template set, logo. */
  readonly inputs: FormatOptionsInputs;
  /**
   * For each document, in order: its Word and HTML files kept from disk, or undefined when they are to be
   * made (by makeDerivedFiles of the writers' bundle).
   */
  readonly kept: readonly (readonly PackFile[] | undefined)[];
  /** Each Word and HTML file's path → the hash of what it is made from (`derived` of the state file). */
  readonly sources: Readonly<Record<string, string>>;
}

export type DerivedFilesPlanResult =
  | { readonly ok: true; readonly plan: DerivedFilesPlan }
  | {
      readonly ok: false;
      readonly problem: { readonly path: readonly (string | number)[]; readonly message: string };
    };

/** The formats made from each Markdown document, in the order formatFiles of @lac/pack-files makes them. */
const DERIVED_FORMATS: readonly DerivedFormat[] = ["docx", "html"];

/**
 * Which of the pack's Word and HTML files (output.formats) are to be made, and which are kept as they are:
 * a document's files are kept when each was made from the same source (derived-source.ts: its Markdown,
 * the writers' options, the council's logo, the writers themselves) and is still as lac wrote it, so that lac
 * generate with nothing changed loads no writer. The logo is read from the pack folder and checked.
 */
export function planDerivedFiles(options: DerivedFilesPlanOptions): DerivedFilesPlanResult {
  const { config } = options;
  const formats = config.output.formats;
  let logo;
  if (config.output.style.logo !== undefined) {
    // Its text alternative is each document's: the council's name in its language (formatOptionsFor).
    const read = readLogoFile(options.packDir, config.output.style.logo, formats);
    if (!read.ok) return { ok: false, problem: { path: ["output", "style", "logo"], message: read.message } };
    logo = read.logo;
  }
  const inputs: FormatOptionsInputs = {
    config,
    phases: options.phases,
    templateSet: options.templateSet,
    ...(logo !== undefined ? { logo } : {}),
  };
  const made = DERIVED_FORMATS.filter((format) => formats.includes(format));
  const kept: (readonly PackFile[] | undefined)[] = [];
  const sources: Record<string, string> = {};
  const read = packFileReader(options.packDir, options.looked);
  for (const document of options.documents) {
    const convertOptions = formatOptionsFor(inputs, document);
    const files: PackFile[] = [];
    for (const format of made) {
      const path = pathForFormat(document.path, format);
      const source = derivedSourceHash(format, document.content, convertOptions);
      sources[path] = source;
      const content = keptDerivedFile(read, path, format, source, options.before);
      if (content !== undefined) files.push({ path, content });
    }
    kept.push(files.length === made.length ? files : undefined);
  }
  return { ok: true, plan: { inputs, kept, sources } };
}
