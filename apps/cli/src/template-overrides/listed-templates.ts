import type { NotInPack } from "@lac/documents";
import type { OverrideProblem } from "./read-template-overrides.js";

/** A document of a template, as lac templates list gives it. */
export interface ListedDocument {
  readonly id: string;
  /**
   * Its title as plain text: in a pack, as the pack has it (each `{path}` filled in from the pack's data);
   * outside one, the manifest's title.
   */
  readonly title: string;
  /** The manifest's title, where a `{path}` in braces stands for a text of the pack's data. */
  readonly manifestTitle: string;
  readonly output: string;
  /** "bundled": of the installed templates' manifest; "council": of the council's templates folder's. */
  readonly origin: "bundled" | "council";
  /** In a pack: whether the pack has it (absent outside a pack). */
  readonly inPack?: boolean;
  /** In a pack: why the pack does not have it. */
  readonly notInPack?: NotInPack;
}

/** A template or partial, as lac templates list gives it. */
export interface ListedTemplate {
  /** "documents/implementation-plan" or "partials/draft-notice". */
  readonly name: string;
  readonly kind: "document" | "partial";
  /** "bundled": installed with lac; "council": one the council's templates folder adds. */
  readonly origin: "bundled" | "council";
  /** The council's template file, for a template of the council's own (relative to the pack). */
  readonly file?: string;
  /** For a document template: the documents of the manifest rendered from it. */
  readonly documents?: readonly ListedDocument[];
  /** For a bundled template: the council's copy that replaces it, when there is one (relative to the pack). */
  readonly overriddenBy?: string;
  /** The problems of the council's file of this template (lac generate stops at them), when it has any. */
  readonly errors?: readonly OverrideProblem[];
}

interface SetTemplates {
  readonly templates: Readonly<Record<string, unknown>>;
  readonly partials: Readonly<Record<string, unknown>>;
}

export interface ListedTemplatesInput {
  /** The installed templates, and the ids of their manifest's documents. */
  readonly bundled: SetTemplates;
  readonly bundledDocumentIds: ReadonlySet<string>;
  /** The templates the pack is rendered with (the installed ones, or those with the council's in place). */
  readonly set: SetTemplates & { readonly files?: Readonly<Record<string, string>> };
  /** The documents of the set's manifest. */
  readonly documents: readonly {
    readonly id: string;
    readonly title: string;
    readonly template: string;
    readonly output: string;
  }[];
  /** The bundled templates and partials the council's replace ("documents/…", "partials/…"). */
  readonly overridden: readonly string[];
  /** In a pack: each document's title as plain text, whether the pack has it, and why not. */
  readonly inPack?: ReadonlyMap<
    string,
    { readonly title: string; readonly inPack: boolean; readonly notInPack?: NotInPack }
  >;
  /** Problems of the council's templates, each given to the template whose council file it is in. */
  readonly problems?: readonly OverrideProblem[];
}

/**
 * The templates and partials lac templates list shows: the bundled ones first, then those the council
 * adds, each kind in name order; each document template with its documents, the council's copy of a
 * bundled one named, and in a pack each document's title as the pack has it and whether the pack has it.
 */
export function listedTemplates(input: ListedTemplatesInput): ListedTemplate[] {
  const { bundled, bundledDocumentIds, set, documents, overridden, inPack, problems = [] } = input;
  const files = set.files ?? {};
  const overriddenNames = new Set(overridden);
  const entry = (kind: "document" | "partial", key: string): ListedTemplate => {
    const name = `${kind === "document" ? "documents" : "partials"}/${key}`;
    const origin = Object.hasOwn(kind === "document" ? bundled.templates : bundled.partials, key)
      ? "bundled"
      : "council";
    const file = files[name];
    const errors = file === undefined ? [] : problems.filter((problem) => problem.file === file);
    return {
      name,
      kind,
      origin,
      ...(origin === "council" && file !== undefined ? { file } : {}),
      ...(kind === "document"
        ? {
            documents: documents
              .filter((doc) => doc.template === key)
              .map(({ id, title, output }): ListedDocument => {
                const described = inPack?.get(id);
                return {
                  id,
                  title: described?.title ?? title,
                  manifestTitle: title,
                  output,
                  origin: bundledDocumentIds.has(id) ? "bundled" : "council",
                  ...(described === undefined
                    ? {}
                    : {
                        inPack: described.inPack,
                        ...(described.notInPack === undefined ? {} : { notInPack: described.notInPack }),
                      }),
                };
              }),
          }
        : {}),
      ...(origin === "bundled" && overriddenNames.has(name) && file !== undefined
        ? { overriddenBy: file }
        : {}),
      ...(errors.length > 0 ? { errors } : {}),
    };
  };
  const byOrigin = (entries: ListedTemplate[]) => [
    ...entries.filter((candidate) => candidate.origin === "bundled"),
    ...entries.filter((candidate) => candidate.origin === "council"),
  ];
  return [
    ...byOrigin(
      Object.keys(set.templates)
        .sort()
        .map((key) => entry("document", key)),
    ),
    ...byOrigin(
      Object.keys(set.partials)
        .sort()
        .map((key) => entry("partial", key)),
    ),
  ];
}
