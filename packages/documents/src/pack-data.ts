import type { CouncilConfig } from "@lac/council";
import { kindOf as kindOfArgument, requireObject } from "./argument-checks.js";
import { notInPack, type NotInPack } from "./document-presence.js";
import { filledTitle } from "./filled-title.js";
import { checkedManifestOf, type Manifest } from "./manifest.js";
import { buildPackContext } from "./pack-context.js";
import { invalidManifestProblems, type RenderProblem } from "./render-problem.js";
import type { TemplateSet } from "./template-set.js";
import { valueAt } from "./value-at.js";

/** One value a template can use: its path (lists as `name[]`), its kind and an example from the pack. */
export interface PackDataEntry {
  readonly path: string;
  readonly kind: "text" | "number" | "true/false" | "list" | "object" | "empty";
  /** The value in this pack, shortened (scalars only). */
  readonly example?: string;
}

export interface PackData {
  /** What every document's template (and every partial) can use. */
  readonly common: readonly PackDataEntry[];
  /** What one document's template can use besides: `document`, `pack`, and the item of a repeated document. */
  readonly documents: readonly {
    readonly id: string;
    readonly template: string;
    /**
     * Its title as the pack has it: the manifest's title with each `{path}` filled in from the pack's data
     * (Markdown text, as in the pack index; for a repeated document, without the item's name).
     */
    readonly title: string;
    /**
     * Whether the pack has the document, as renderPack decides (its nation, language and `when` values;
     * a repeated document needs an item in its list).
     */
    readonly inPack: boolean;
    /** Why the pack does not have it (absent when it does). */
    readonly notInPack?: NotInPack;
    readonly extra: readonly PackDataEntry[];
  }[];
}

/**
 * What {@link describePackDataResult} gives: the data a template can use, or why it could not be
 * described, with the problems `renderPack` would give for the same arguments.
 */
export type DescribePackDataResult =
  | { readonly ok: true; readonly data: PackData }
  | { readonly ok: false; readonly errors: readonly RenderProblem[] };

const MAX_DEPTH = 4;
const MAX_EXAMPLE = 48;

function kindOf(value: unknown): PackDataEntry["kind"] {
  if (Array.isArray(value)) return "list";
  if (value === null || value === undefined) return "empty";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "true/false";
  if (typeof value === "object") return "object";
  return "text";
}

function example(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === "object") return undefined;
  const text = String(value).replace(/\s+/g, " ");
  return text.length > MAX_EXAMPLE ? `${text.slice(0, MAX_EXAMPLE - 1)}…` : text;
}

/** The paths of a value, walked from the data itself (a list by its first item), so that they never drift from it. */
export function describeData(value: unknown, prefix = "", depth = 0): PackDataEntry[] {
  const entries: PackDataEntry[] = [];
  if (value === null || typeof value !== "object" || depth >= MAX_DEPTH) return entries;
  const items = Array.isArray(value) ? [["[]", value[0]] as const] : Object.entries(value);
  for (const [key, child] of items) {
    const path = key === "[]" ? `${prefix}[]` : prefix === "" ? key : `${prefix}.${key}`;
    if (key !== "[]") {
      const shown = example(child);
      entries.push({ path, kind: kindOf(child), ...(shown === undefined ? {} : { example: shown }) });
    }
    entries.push(...describeData(child, path, depth + (key === "[]" ? 0 : 1)));
  }
  return entries;
}

/**
 * The data a template of the pack can use, as the pack's own values show it: the pack's data built from
 * the configuration (the same as renderPack builds), and for each document its own values. For `lac
 * templates list`, so that the description is never written twice.
 *
 * Nothing is thrown: a configuration or template set that is not an object (`invalid-config`,
 * `invalid-template-set`), a manifest that is not valid (`invalid-manifest`, one problem for each
 * place, as `renderPack` gives them) and a configuration that was never validated (`invalid-config`)
 * come back as `{ ok: false, errors }`.
 */
export function describePackDataResult(
  config: CouncilConfig,
  templateSet: TemplateSet,
): DescribePackDataResult {
  if (!isPlainObject(config)) {
    return failure(
      "invalid-config",
      `describePackDataResult: config must be a configuration from parseCouncilConfig or validateCouncilConfig of @lac/council, not ${kindOfArgument(config)}.`,
    );
  }
  if (!isPlainObject(templateSet)) {
    return failure(
      "invalid-template-set",
      `describePackDataResult: templateSet must be a template set such as templateSet from @lac/templates, not ${kindOfArgument(templateSet)}.`,
    );
  }
  const manifest = checkedManifestOf(templateSet);
  if (!manifest.success) return { ok: false, errors: invalidManifestProblems(manifest.error.issues) };
  try {
    return { ok: true, data: packData(config, templateSet, manifest.data) };
  } catch (error) {
    // A configuration that was not validated fails in building the pack's data, as in renderPack.
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    return failure(
      "invalid-config",
      `The data of the pack could not be described from this configuration (${error.message}). describePackDataResult needs a configuration checked by parseCouncilConfig or validateCouncilConfig of @lac/council: check it with one of them first.`,
    );
  }
}

/**
 * The data a template of the pack can use, or `undefined` when the template set's manifest is not
 * valid; it throws a `TypeError` for a configuration or template set that is not an object.
 *
 * @deprecated Use {@link describePackDataResult}, which gives the same data as `{ ok: true, data }`
 * and says why when it cannot (`{ ok: false, errors }`, as `renderPack` does) instead of `undefined`.
 */
export function describePackData(config: CouncilConfig, templateSet: TemplateSet): PackData | undefined {
  requireObject(config, "describePackData (config)");
  requireObject(templateSet, "describePackData (templateSet)");
  const manifest = checkedManifestOf(templateSet);
  if (!manifest.success) return undefined;
  return packData(config, templateSet, manifest.data);
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function failure(code: RenderProblem["code"], message: string): DescribePackDataResult {
  return { ok: false, errors: [{ code, message }] };
}

/** The data of the pack, for a template set whose manifest is checked. */
function packData(config: CouncilConfig, templateSet: TemplateSet, manifest: Manifest): PackData {
  const context = buildPackContext(config, manifest.phases);
  const documentValues = {
    document: { id: "", title: "", purpose: "", path: "", welshVersion: { title: "", link: "" } },
    pack: {
      documents: [
        { path: "", title: "", purpose: "", reviewer: "", id: "", language: "en", languageLabel: "" },
      ],
      templateSet: { name: templateSet.name, version: templateSet.version },
    },
  };
  return {
    common: describeData(context),
    documents: manifest.documents.map((doc) => {
      const items = doc.each
        ? describeData({ list: valueAt(context, doc.each.items) }).filter((entry) =>
            entry.path.startsWith("list[]."),
          )
        : [];
      const leftOut = notInPack(doc, config, context);
      return {
        id: doc.id,
        template: doc.template,
        title: filledTitle(doc.title, context),
        inPack: leftOut === undefined,
        ...(leftOut === undefined ? {} : { notInPack: leftOut }),
        extra: [
          ...describeData(documentValues).map(({ path, kind }) => ({ path, kind })),
          ...(doc.each
            ? [
                { path: doc.each.as, kind: "object" as const },
                ...items.map((entry) => ({
                  ...entry,
                  path: `${doc.each!.as}${entry.path.slice("list[]".length)}`,
                })),
              ]
            : []),
        ],
      };
    }),
  };
}
