import type { CouncilConfig } from "@lac/council";
import { uniqueSlugs } from "@lac/council/quick";
import { kindOf } from "./argument-checks.js";
import { unescapeMarkdownText } from "./markdown-text.js";
import { createHandlebarsEnvironment } from "./handlebars-runtime.js";
import { relativePackPath, templateHelpers } from "./helpers.js";
import { checkedManifestOf } from "./manifest-check.js";
import type { ManifestDocument } from "./manifest.js";
import { bilingualMarkdown } from "./bilingual-document.js";
import { appliesTo } from "./document-presence.js";
import { filledTitle, unfilledTitlePaths } from "./filled-title.js";
import { isSafeOutputPath } from "./output-path.js";
import { buildPackContext } from "./pack-context.js";
import type { PackContext } from "./pack-context.js";
import { invalidManifestProblems, markOverrideError, problemFromTemplateError } from "./render-problem.js";
import type { RenderProblem } from "./render-problem.js";
import type { ScheduledPhase } from "./programme-phases.js";
import type { TemplateSet } from "./template-set.js";
import { Utf8Batches, decodeUtf8, type Utf8Text } from "./utf8-batches.js";
import { valueAt } from "./value-at.js";

/** One document of the pack, rendered in memory. */
export interface RenderedDocument {
  /** Relative POSIX path inside the pack folder. */
  readonly path: string;
  readonly content: string;
  readonly documentId: string;
  readonly title: string;
  readonly purpose: string;
  readonly language: "en" | "cy";
  /**
   * For one bilingual document (output.bilingualLayout): its layout. Its Markdown marks the Welsh and
   * English parts (see bilingual-document.ts), and `language` is "cy", the language read first.
   */
  readonly bilingual?: "welsh-first" | "side-by-side";
  /** A Welsh text: a draft translation that the council's translation service checks before use. */
  readonly draftTranslation?: boolean;
  /**
   * An Easy Read document (`easyRead: true` in the manifest; for one bilingual document, when either of its
   * pair is): the Word and HTML writers set it in 14-point text. Absent for other documents.
   */
  readonly easyRead?: boolean;
  /**
   * The text as UTF-8 bytes, when the pack was rendered with `{ utf8: true }`: `content` is then decoded
   * from them when it is first read (a lone surrogate of the rendered text reads as U+FFFD there).
   */
  readonly utf8?: Utf8Text;
}

/** How renderPack gives each document's text. */
export interface RenderOptions {
  /**
   * Encode each document into UTF-8 as it is rendered and keep only its bytes (`utf8` of each document;
   * its `content` is decoded from them when first read). For a caller that hashes and writes the
   * documents as UTF-8, as lac's CLI does: it holds a pack in about half the memory. Default false: each
   * `content` is the rendered string, and no document has `utf8`.
   */
  readonly utf8?: boolean;
  /**
   * With `utf8: true`: memory to encode the documents into first, asked for once, when the first
   * document is encoded. For a caller that has a buffer it no longer needs and has already written to
   * (lac's CLI lends the buffer it read its own code into): on a machine where memory touched for the
   * first time is slow, that costs less than a new buffer. The documents' bytes are then views of it, so
   * the caller must not write to it again while it holds them. When it is full, or when the function gives
   * `undefined`, new buffers are made as without it.
   */
  readonly utf8Buffer?: () => Uint8Array | undefined;
}

/** The options renderPack takes: any other is refused (a misspelt `utf8` would otherwise be ignored). */
const RENDER_OPTIONS: ReadonlySet<string> = new Set(["utf8", "utf8Buffer"]);

/** Something the person should know about a pack that was rendered. */
export interface RenderWarning {
  readonly code:
    "language-without-templates" | "welsh-template-missing" | "title-not-filled" | "reviewer-not-filled";
  readonly message: string;
}

export type RenderPackResult =
  | {
      readonly ok: true;
      readonly documents: readonly RenderedDocument[];
      readonly warnings: readonly RenderWarning[];
      readonly templateSet: { readonly name: string; readonly version: string };
      /**
       * The programme's phases with their dates, as the implementation plan shows them: data for a
       * timeline chart drawn in other formats (Word, HTML), rather than parsed back out of the Markdown.
       */
      readonly phases: readonly ScheduledPhase[];
    }
  | { readonly ok: false; readonly errors: readonly RenderProblem[] };

const LANGUAGE_LABELS = { en: "", cy: "Cymraeg" } as const;
const BILINGUAL_LABEL = "Cymraeg a Saesneg / Welsh and English";

/** Documents the council asked for in Welsh (output.welshAlso) that have no Welsh template: say so. */
function welshAlsoWarnings(
  config: CouncilConfig,
  documents: readonly ManifestDocument[],
  missing: readonly string[],
): RenderWarning[] {
  if (!config.output.languages.includes("cy")) return [];
  return config.output.welshAlso
    .filter((id) => !documents.some((doc) => doc.id === id) || missing.includes(id))
    .map((id) => ({
      code: "welsh-template-missing" as const,
      message: documents.some((doc) => doc.id === id)
        ? `output.welshAlso asks for "${id}" in Welsh, which the template set has no Welsh template for: the pack index lists it for the council's translation service to translate.`
        : `output.welshAlso names "${id}", which is not a document of the template set (its documents: ${documents.map((doc) => doc.id).join(", ")}).`,
    }));
}

/** A `{path}` in the title or the reviewer of a document of the pack that names no text of the pack's data. */
function titleWarnings(planned: readonly PlannedDocument[], context: PackContext): RenderWarning[] {
  const docs = [...new Set(planned.map((entry) => entry.doc))];
  const named = (paths: readonly string[]) =>
    paths.length === 1
      ? `${paths[0]}, which is not a text`
      : `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}, which are not texts`;
  return docs.flatMap((doc) => {
    const warnings: RenderWarning[] = [];
    const paths = unfilledTitlePaths(doc.title, context);
    if (paths.length > 0) {
      warnings.push({
        code: "title-not-filled",
        message: `The title of the document "${doc.id}" names ${named(paths)} of the pack's data: the title shows ${paths.length === 1 ? "it" : "them"} as written. Braces in a title name a text of the pack's data, such as {council.shortName} (see lac templates list).`,
      });
    }
    const reviewerPaths = doc.reviewer === undefined ? [] : unfilledTitlePaths(doc.reviewer, context);
    if (reviewerPaths.length > 0) {
      warnings.push({
        code: "reviewer-not-filled",
        message: `The reviewer of the document "${doc.id}" names ${named(reviewerPaths)} of the pack's data: the pack index shows ${reviewerPaths.length === 1 ? "it" : "them"} as written. Braces in a reviewer name a text of the pack's data, such as {team.manager.title} (see lac templates list).`,
      });
    }
    return warnings;
  });
}

/** A language asked for in the configuration that no document of the template set is written in. */
function languageWarnings(config: CouncilConfig, documents: readonly ManifestDocument[]): RenderWarning[] {
  return config.output.languages
    .filter(
      (language) =>
        !documents.some((doc) => doc.language === language && doc.nations.includes(config.council.nation)),
    )
    .map((language) => ({
      code: "language-without-templates" as const,
      message: `output.languages asks for "${language}", but the template set has no documents in that language: the pack has none. Write them locally, or add template variants in "${language}" (see the template authoring guide).`,
    }));
}

interface PlannedDocument {
  readonly doc: ManifestDocument;
  readonly path: string;
  /** The document's title: for a repeated document, its title and the item's name. */
  readonly title: string;
  readonly item?: { readonly as: string; readonly value: unknown };
}

function plan(
  documents: readonly ManifestDocument[],
  config: CouncilConfig,
  context: PackContext,
): { planned: PlannedDocument[]; errors: RenderProblem[] } {
  const planned: PlannedDocument[] = [];
  const errors: RenderProblem[] = [];
  for (const doc of documents.filter((candidate) => appliesTo(candidate, config, context))) {
    if (!doc.each) {
      planned.push({ doc, path: doc.output, title: filledTitle(doc.title, context) });
      continue;
    }
    const items = valueAt(context, doc.each.items);
    if (!Array.isArray(items)) {
      errors.push({
        code: "missing-list",
        documentId: doc.id,
        field: doc.each.items,
        message: `Document "${doc.id}" repeats over "${doc.each.items}", which is not a list in the pack's data.`,
      });
      continue;
    }
    // The stems of one list are chosen together, so that long names shortened alike still differ.
    const slugFrom = doc.each.slugFrom;
    const repeatedTitle = filledTitle(doc.title, context);
    // The item's values are Markdown text (escaped): the file names are made from the text itself.
    const slugs = uniqueSlugs(
      items.map((item: unknown) => unescapeMarkdownText(String(valueAt(item, slugFrom) ?? ""))),
    );
    // Indexed loops over the items and the planned documents: with V8's optimising compilers off (as
    // lac runs), for…of allocates at each step, and entries() a pair for each item as well.
    for (let index = 0; index < items.length; index += 1) {
      const item: unknown = items[index];
      const slugSource = valueAt(item, slugFrom);
      planned.push({
        doc,
        path: doc.output.replaceAll("{slug}", slugs[index] ?? ""),
        // Ten agreements are ten links: each names its partner, so that no two read the same.
        title: slugSource === undefined ? repeatedTitle : `${repeatedTitle}: ${String(slugSource)}`,
        item: { as: doc.each.as, value: item },
      });
    }
  }
  const seen = new Map<string, string>();
  for (let index = 0; index < planned.length; index += 1) {
    const { doc, path } = planned[index] as PlannedDocument;
    if (!isSafeOutputPath(path)) {
      errors.push({
        code: "unsafe-path",
        documentId: doc.id,
        message: `Document "${doc.id}" would be written to "${path}", which is not a safe path inside the pack.`,
      });
    }
    const other = seen.get(path);
    if (other !== undefined) {
      errors.push({
        code: "duplicate-path",
        documentId: doc.id,
        message: `Documents "${other}" and "${doc.id}" would both be written to "${path}". Give them different output paths or names.`,
      });
    }
    seen.set(path, doc.id);
  }
  return { planned, errors };
}

/**
 * Renders the implementation pack of a council in memory: no file system, no terminal.
 *
 * `config` must be a validated configuration (from `parseCouncilConfig` or `validateCouncilConfig`
 * of `@lac/council`). `templateSet` is a set of precompiled templates, such as `templateSet` from
 * `@lac/templates`. Every problem (a missing value, helper, partial or template, an unsafe or
 * duplicate path) is returned, with the template and field named; nothing is thrown. `options`
 * (see {@link RenderOptions}) says how each document's text is given.
 */
export function renderPack(
  config: CouncilConfig,
  templateSet: TemplateSet,
  options?: RenderOptions,
): RenderPackResult {
  const given = [
    [
      "invalid-config",
      "config",
      config,
      "a configuration from parseCouncilConfig or validateCouncilConfig of @lac/council",
    ],
    [
      "invalid-template-set",
      "templateSet",
      templateSet,
      "a template set such as templateSet from @lac/templates",
    ],
  ] as const;
  for (const [code, name, value, needed] of given) {
    if (!isPlainObject(value)) {
      return {
        ok: false,
        errors: [{ code, message: `renderPack: ${name} must be ${needed}, not ${kindOf(value)}.` }],
      };
    }
  }
  if (!isPlainObject(templateSet.templates) || !isPlainObject(templateSet.partials)) {
    return {
      ok: false,
      errors: [
        {
          code: "invalid-template-set",
          message:
            "renderPack: templateSet must have `templates` and `partials` (precompiled templates by name), as templateSet from @lac/templates has.",
        },
      ],
    };
  }
  if (options !== undefined && (!isPlainObject(options) || !isOptionalBoolean(options.utf8))) {
    return {
      ok: false,
      errors: [
        {
          code: "invalid-options",
          message: `renderPack: options must be an object such as { utf8: true }, whose utf8 is true or false, not ${kindOf(isPlainObject(options) ? options.utf8 : options)}.`,
        },
      ],
    };
  }
  const unknownOptions =
    options === undefined ? [] : Object.keys(options).filter((key) => !RENDER_OPTIONS.has(key));
  if (unknownOptions.length > 0) {
    return {
      ok: false,
      errors: [
        {
          code: "invalid-options",
          message: `renderPack: options has no ${unknownOptions.map((key) => JSON.stringify(key)).join(", ")}: it takes only utf8 (true or false) and utf8Buffer, such as { utf8: true }.`,
        },
      ],
    };
  }
  if (options?.utf8Buffer !== undefined && typeof options.utf8Buffer !== "function") {
    return {
      ok: false,
      errors: [
        {
          code: "invalid-options",
          message: `renderPack: options.utf8Buffer must be a function that gives a Uint8Array (or undefined), not ${kindOf(options.utf8Buffer)}.`,
        },
      ],
    };
  }
  try {
    return renderCheckedPack(
      config,
      templateSet,
      options?.utf8 === true ? new Utf8Batches(options.utf8Buffer) : undefined,
    );
  } catch (error) {
    // A configuration that was not validated (a field missing or of the wrong type) fails deep in the
    // render: say so, as a value, instead of throwing an internal error at the caller.
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    return {
      ok: false,
      errors: [
        {
          code: "invalid-config",
          message: `The pack could not be rendered from this configuration (${error.message}). renderPack needs a configuration checked by parseCouncilConfig or validateCouncilConfig of @lac/council: check it with one of them first, and render only when it is valid.`,
        },
      ],
    };
  }
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === "boolean";
}

/** `batches`: each document is encoded into them as it is rendered, and only its bytes are kept. */
function renderCheckedPack(
  config: CouncilConfig,
  templateSet: TemplateSet,
  batches: Utf8Batches | undefined,
): RenderPackResult {
  const manifest = checkedManifestOf(templateSet);
  if (!manifest.success) {
    return { ok: false, errors: invalidManifestProblems(manifest.error.issues) };
  }

  const context = buildPackContext(config, manifest.data.phases);
  const { planned, errors } = plan(manifest.data.documents, config, context);
  if (planned.length === 0 && errors.length === 0) {
    const languages = config.output.languages.join(", ");
    errors.push({
      code: "no-documents",
      message: `The template set has no documents for a council in ${config.council.nation} in the languages ${languages}. Add "en" to output.languages, or use a template set with documents in ${languages}.`,
    });
  }
  for (let index = 0; index < planned.length; index += 1) {
    const { doc } = planned[index] as PlannedDocument;
    if (!Object.hasOwn(templateSet.templates, doc.template)) {
      errors.push({
        code: "missing-template",
        documentId: doc.id,
        template: `documents/${doc.template}.hbs`,
        message: `Document "${doc.id}" needs the template documents/${doc.template}.hbs, which is not in the template set.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

  const handlebars = createHandlebarsEnvironment();
  handlebars.registerHelper(templateHelpers);
  const files = isPlainObject(templateSet.files) ? templateSet.files : {};
  for (const name of Object.keys(templateSet.partials)) {
    const partial = partialOf(handlebars, templateSet.partials, name);
    const file = files[`partials/${name}`];
    handlebars.registerPartial(name, file === undefined ? partial : markingErrors(partial, file));
  }

  const documents: RenderedDocument[] = [];
  // A Welsh document and the English one it translates, laid out as one bilingual document: the pair
  // is written at the English document's path.
  const layout = config.output.bilingualLayout;
  const bilingualPairs = new Map<string, PlannedDocument>();
  if (layout !== "separate") {
    for (const welsh of planned) {
      const englishId = welsh.doc.translationOf;
      const english = planned.find((other) => other.doc.id === englishId && other.doc.language === "en");
      if (welsh.doc.language === "cy" && english && !english.item && !welsh.item) {
        bilingualPairs.set(english.doc.id, welsh);
      }
    }
  }
  const mergedWelsh = new Set([...bilingualPairs.values()].map((welsh) => welsh.doc.id));
  // The index lists every document of the pack, in every language.
  const packDocuments = planned
    .filter((other) => !mergedWelsh.has(other.doc.id))
    .map((other) => {
      const bilingual = bilingualPairs.has(other.doc.id);
      const welsh = other.doc.language === "cy" || bilingual;
      return {
        path: other.path,
        title: bilingual ? `${bilingualPairs.get(other.doc.id)!.title} / ${other.title}` : other.title,
        purpose: other.doc.purpose,
        // The council's own titles: "{team.manager.title}" in a reviewer is the council's title for the post.
        reviewer: other.doc.reviewer === undefined ? undefined : filledTitle(other.doc.reviewer, context),
        id: other.doc.id,
        language: bilingual ? ("cy" as const) : other.doc.language,
        languageLabel: bilingual ? BILINGUAL_LABEL : LANGUAGE_LABELS[other.doc.language],
        draftTranslation: welsh,
      };
    });
  // Each document's path by its id, for links between documents (the packLink helper); a Welsh
  // document laid out in one bilingual document is at the English one's path. A document made once
  // for each item (a partner's agreement) has no one path.
  const documentPaths = new Map<string, string>();
  const itemDocumentIds = new Set<string>();
  for (const other of planned) {
    if (other.item !== undefined) itemDocumentIds.add(other.doc.id);
    const english = mergedWelsh.has(other.doc.id)
      ? planned.find((candidate) => candidate.doc.id === other.doc.translationOf)
      : undefined;
    documentPaths.set(other.doc.id, english?.path ?? other.path);
  }
  for (const id of itemDocumentIds) documentPaths.delete(id);
  const welshTemplateIds = new Set(
    planned.flatMap((other) =>
      other.doc.language === "cy" && other.doc.translationOf ? [other.doc.translationOf] : [],
    ),
  );
  /** Documents asked for in Welsh (output.welshAlso) with no Welsh template: the translation service translates them. */
  const toTranslate = config.output.languages.includes("cy")
    ? packDocuments.filter(
        (other) => config.output.welshAlso.includes(other.id) && !welshTemplateIds.has(other.id),
      )
    : [];
  const translationCheck = {
    documents: packDocuments.filter((other) => other.draftTranslation),
    toTranslate,
    any: packDocuments.some((other) => other.draftTranslation) || toTranslate.length > 0,
  };
  // Laid out as separate files, an English document with a Welsh version names it, with a link (the
  // Welsh Language Standards: Welsh no less favourably than English; an English web page must say that
  // a Welsh page exists and link to it).
  const welshVersions = new Map<string, { readonly title: string; readonly link: string }>();
  if (layout === "separate") {
    for (const welsh of planned) {
      if (welsh.doc.language !== "cy" || welsh.item || !welsh.doc.translationOf) continue;
      const english = planned.find(
        (other) => other.doc.id === welsh.doc.translationOf && other.doc.language === "en" && !other.item,
      );
      if (english) {
        welshVersions.set(english.doc.id, {
          title: welsh.title,
          link: relativePackPath(english.path, welsh.path),
        });
      }
    }
  }
  const rendered = new Map<string, ReturnType<typeof handlebars.template>>();
  const blanks: Blanks = new Map();
  const batch: string[] = [];
  let batchChars = 0;
  for (let index = 0; index < planned.length; index += 1) {
    const { doc, path, item, title } = planned[index] as PlannedDocument;
    let template = rendered.get(doc.template);
    if (!template) {
      template = preparedOnce(handlebars.template(templateSet.templates[doc.template]!));
      const file = files[`documents/${doc.template}`];
      if (file !== undefined) template = markingErrors(template, file);
      rendered.set(doc.template, template);
    }
    const documentContext = documentContextOf(
      blanks,
      context,
      {
        id: doc.id,
        title,
        purpose: doc.purpose,
        path,
        welshVersion: item === undefined ? welshVersions.get(doc.id) : undefined,
      },
      {
        documents: packDocuments,
        translationCheck,
        documentPaths,
        templateSet: { name: templateSet.name, version: templateSet.version },
      },
      item,
    );
    try {
      const text = template(documentContext);
      const fields = {
        path,
        documentId: doc.id,
        title,
        purpose: doc.purpose,
        language: doc.language,
        ...(doc.language === "cy" ? { draftTranslation: true } : {}),
        ...(doc.easyRead === true ? { easyRead: true } : {}),
      };
      documents.push(renderedDocument(fields, text, batches));
      // Kept as bytes: nothing to join.
      if (batches !== undefined) continue;
      batch.push(text);
      batchChars += text.length;
      if (batchChars >= BATCH_CHARS) {
        joinBatch(documents as { content: string }[], batch);
        batch.length = 0;
        batchChars = 0;
      }
    } catch (error) {
      errors.push(problemFromTemplateError(error, doc.id, doc.template));
    }
  }
  if (batch.length > 0) joinBatch(documents as { content: string }[], batch);
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  const missingWelsh = config.output.welshAlso.filter((id) => !welshTemplateIds.has(id));
  return {
    ok: true,
    documents:
      layout === "separate"
        ? documents
        : withUtf8(combineBilingual(documents, bilingualPairs, layout), batches),
    warnings: [
      ...languageWarnings(config, manifest.data.documents),
      ...welshAlsoWarnings(config, manifest.data.documents, missingWelsh),
      ...titleWarnings(planned, context),
    ],
    templateSet: { name: templateSet.name, version: templateSet.version },
    // The phases as the implementation plan shows them, waves included.
    phases: context.phases,
  };
}

/** The context of each kind of document (no item, or the item's name) with its own fields empty. */
export type Blanks = Map<string, Record<string, unknown>>;

/**
 * What a document's template sees: `{ ...context, document, pack, [item.as]: item.value }` (without
 * the last for a document that is not one of a list), the same keys in the same order with the same
 * values, made as a copy of a blank (that spread, with each of the document's own values undefined)
 * made once for each kind of document, into whose keys the document's values are then written.
 *
 * Why: on Node.js 20 (V8 11.3), an object made by a spread and then given more properties gets maps
 * of its own: the spread cost about 0.02 ms and two thirds of a fresh page of memory for each document
 * there (140 documents with a 29-key context: 2.6 ms and 120 page faults, against 0.5 ms and 30). A
 * spread with nothing added (V8's fast clone) and writes to keys the copy already has add no map, on
 * every version (on Node.js 24 both take about 0.35 ms). The context is not changed while the pack is
 * rendered, so a blank made from it at the first document of its kind holds the values a spread would
 * copy at each document, and each document still gets an object of its own.
 */
export function documentContextOf(
  blanks: Blanks,
  context: PackContext,
  document: object,
  pack: object,
  item: PlannedDocument["item"],
): Record<string, unknown> {
  const kind = item === undefined ? "" : item.as;
  // The manifest's schema allows only names of letters for `as` (never ""); writing to __proto__
  // would set the prototype.
  if (kind === "__proto__") return { ...context, document, pack, [kind]: item?.value };
  let blank = blanks.get(kind);
  if (blank === undefined) {
    blank =
      item === undefined
        ? { ...context, document: undefined, pack: undefined }
        : { ...context, document: undefined, pack: undefined, [kind]: undefined };
    blanks.set(kind, blank);
  }
  const documentContext = { ...blank };
  documentContext.document = document;
  documentContext.pack = pack;
  if (item !== undefined) documentContext[kind] = item.value;
  return documentContext;
}

/**
 * Rendered documents are joined into one string once they add up to this many characters (more than
 * 128 KiB in V8's heap, whether a document's characters take one byte or two): see joinBatch.
 */
const BATCH_CHARS = 131_072;

/**
 * Gives the last `batch.length` documents their text as slices of one string: the batch joined.
 *
 * A rendered document is a rope (see flattened), which the first reader that needs its characters in
 * order (the hash, the UTF-8 encoding for a file) flattens into a new string of its own. A document of a
 * pack is 10 to 70 KB, so it was made in V8's young generation, which the garbage collector copies from
 * one half to the other, then into the old generation, for as long as the pack is rendered, planned and
 * written: the large council's 60 agreements, 2.7 MB of text in two-byte strings (they have an en dash),
 * were copied two or three times. A string of more than 128 KiB is made in V8's large-object space
 * instead, which the collector promotes without copying, and a slice of it (a sliced string: the parent
 * and a range) is read as the same characters by everything, without a copy. Joining a few documents at a
 * time, as they are rendered, keeps their ropes short-lived as before: about 230 page faults and a
 * scavenge fewer for the large council. The text of every document is the same.
 */
export function joinBatch(documents: { content: string }[], batch: readonly string[]): void {
  if (batch.length === 1) {
    (documents[documents.length - 1] as { content: string }).content = flattened(batch[0] as string);
    return;
  }
  const joined = batch.join("");
  let end = joined.length;
  for (let index = batch.length - 1; index >= 0; index -= 1) {
    const length = (batch[index] as string).length;
    const document = documents[documents.length - batch.length + index] as { content: string };
    document.content = joined.slice(end - length, end);
    end -= length;
  }
}

type Template = ReturnType<ReturnType<typeof createHandlebarsEnvironment>["template"]>;

/**
 * The same text, which V8 now holds as one flat string. A rendered document is a rope: the templates
 * join its text piece by piece, and V8 keeps each join as a pair of pointers (a cons string) until
 * something needs the characters in order. The first reader that does (the document's hash, its UTF-8
 * encoding for a file) flattens it anyway; flattening it here, while the rope is new, lets the garbage
 * collector drop the rope's thousands of pairs and pieces at its next scavenge, instead of copying them
 * from one semi-space to the other, and then into the old generation, for as long as the pack is
 * rendered, merged and planned (the large council's 60 agreements: about 4 % of the instructions of a
 * run of `lac init`). `charCodeAt` flattens a cons string in every V8 that Node.js 20 to 24 ships.
 */
export function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * A partial of the set, ready to register. A partial that is a getter (as in `lazyTemplateSet` of
 * `@lac/templates/parts`, which loads a part of the templates on first use) is read when a template
 * first calls it, so that a pack loads only the partials its documents call; any other is made a
 * template now, as before.
 */
function partialOf(
  handlebars: ReturnType<typeof createHandlebarsEnvironment>,
  partials: TemplateSet["partials"],
  name: string,
): Template {
  const descriptor = Object.getOwnPropertyDescriptor(partials, name);
  if (descriptor === undefined || !("get" in descriptor)) return handlebars.template(partials[name]!);
  let template: Template | undefined;
  return ((context: unknown, options?: object) =>
    (template ??= handlebars.template(partials[name]!))(context, options)) as Template;
}

/**
 * The template, prepared by Handlebars' runtime on its first call only, for the calls that give it no
 * options (every document of a pack is rendered with `template(context)`).
 *
 * Before each call without `partial`, the runtime's `_setup` wraps every helper of the environment again
 * (two closures for each of some forty helpers, so that each call's options carry `lookupProperty`) and
 * makes new copies of the decorators, the hooks and the prototype-access rules: the same for every call
 * made without options, as the environment's helpers, partials and decorators are all registered before
 * the first document is rendered. A pack renders one template for many documents (an agreement for
 * each partner, a role description for each team): later calls keep what the first one prepared. A call
 * with options (as a partial, or with its own helpers or data) is prepared as Handlebars prepares it, and
 * the next call without options is prepared again. A runtime without `_setup` is left as it is.
 */
export function preparedOnce<T extends object>(template: T): T {
  const runtimeTemplate = template as T & { _setup?: (options: object) => void };
  const setup = runtimeTemplate._setup;
  if (typeof setup !== "function") return template;
  let prepared = false;
  runtimeTemplate._setup = function preparedSetup(this: unknown, options: object) {
    const withoutOptions = Object.keys(options).length === 0;
    if (prepared && withoutOptions) return;
    setup.call(this, options);
    prepared = withoutOptions;
  };
  return template;
}

/** The template, marking the errors it throws as the council's template `file`'s. */
function markingErrors<T extends (...args: never[]) => string>(template: T, file: string): T {
  return ((...args: Parameters<T>) => {
    try {
      return template(...args);
    } catch (error) {
      markOverrideError(error, file);
      throw error;
    }
  }) as T;
}

/** Each English document of a pair becomes one bilingual document at its path; the Welsh file goes. */
function combineBilingual(
  documents: readonly RenderedDocument[],
  pairs: ReadonlyMap<string, PlannedDocument>,
  layout: "welsh-first" | "side-by-side",
): RenderedDocument[] {
  const merged = new Set([...pairs.values()].map((welsh) => welsh.doc.id));
  return documents.flatMap((document): RenderedDocument[] => {
    if (merged.has(document.documentId)) return [];
    const welshPlan = pairs.get(document.documentId);
    const welsh = welshPlan && documents.find((other) => other.documentId === welshPlan.doc.id);
    if (!welsh) return [document];
    // Its bytes, if any, are the English text's: the pair gets its own (withUtf8).
    const { utf8: _english, ...english } = document;
    return [
      {
        ...english,
        title: `${welsh.title} / ${document.title}`,
        content: bilingualMarkdown(welsh.content, document.content, layout),
        language: "cy",
        bilingual: layout,
        draftTranslation: true,
        ...(welsh.easyRead === true ? { easyRead: true } : {}),
      },
    ];
  });
}

/**
 * A rendered document: its text as the string, or, with `batches`, encoded into them and held as its
 * UTF-8 bytes only, `content` being decoded from them when first read (then kept). The keys are the same
 * either way, in the same order, with `utf8` last.
 */
function renderedDocument(
  fields: Omit<RenderedDocument, "content" | "utf8">,
  text: string,
  batches: Utf8Batches | undefined,
): RenderedDocument {
  const { path, ...rest } = fields;
  if (batches === undefined) return { path, content: text, ...rest };
  const utf8 = batches.encode(text);
  let content: string | undefined;
  return {
    path,
    get content() {
      return (content ??= decodeUtf8(utf8.bytes));
    },
    ...rest,
    utf8,
  };
}

/** With `batches`, every document without bytes (a bilingual pair, made from two) is given its own. */
function withUtf8(
  documents: readonly RenderedDocument[],
  batches: Utf8Batches | undefined,
): readonly RenderedDocument[] {
  if (batches === undefined) return documents;
  return documents.map((document) => {
    if (document.utf8 !== undefined) return document;
    const { content, ...fields } = document;
    return renderedDocument(fields, content, batches);
  });
}

/** A template used by many documents fails once per document; report each distinct problem once. */
function dedupe(errors: readonly RenderProblem[]): RenderProblem[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.code}|${error.template ?? ""}|${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
