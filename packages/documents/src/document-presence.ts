import type { CouncilConfig } from "@lac/council";
import type { ManifestDocument } from "./manifest.js";
import type { PackContext } from "./pack-context.js";
import { valueAt } from "./value-at.js";

/** A `when` value of the manifest that the pack's data does not have. */
export interface UnmetCondition {
  readonly path: string;
  /** The value the manifest's `when` asks for. */
  readonly expected: string | number | boolean;
  /** The pack's value at the path, when it is a text, number, true/false or empty (null); absent otherwise. */
  readonly actual?: string | number | boolean | null;
}

/** Why a document of the manifest is not in a council's pack. */
export type NotInPack =
  /** It is for councils of other nations (`nations` of the manifest). */
  | { readonly because: "nation"; readonly nations: readonly string[] }
  /** It is written in a language that `output.languages` does not include. */
  | { readonly because: "language"; readonly language: string }
  /** A `when` value of the manifest is not the pack's. */
  | { readonly because: "when"; readonly unmet: readonly UnmetCondition[] }
  /** A repeated document (`each`) whose list has no item in the pack's data. */
  | { readonly because: "no-items"; readonly items: string };

/**
 * Whether a document is in the pack: its nation, its language, and its `when` values in the pack's data.
 * The test renderPack makes (a repeated document is then written once for each item of its list).
 */
export function appliesTo(doc: ManifestDocument, config: CouncilConfig, context: PackContext): boolean {
  if (!doc.nations.includes(config.council.nation)) return false;
  if (!config.output.languages.includes(doc.language)) return false;
  return Object.entries(doc.when).every(([path, expected]) => valueAt(context, path) === expected);
}

const isShown = (value: unknown): value is string | number | boolean | null =>
  value === null || ["string", "number", "boolean"].includes(typeof value);

/**
 * Why the pack does not have a document, by the same test as {@link appliesTo}, and for a repeated
 * document an empty list too; `undefined` when the pack has it. For lac templates list.
 */
export function notInPack(
  doc: ManifestDocument,
  config: CouncilConfig,
  context: PackContext,
): NotInPack | undefined {
  if (!doc.nations.includes(config.council.nation)) return { because: "nation", nations: doc.nations };
  if (!config.output.languages.includes(doc.language)) return { because: "language", language: doc.language };
  const unmet: UnmetCondition[] = [];
  for (const [path, expected] of Object.entries(doc.when)) {
    const actual = valueAt(context, path);
    if (actual !== expected) unmet.push({ path, expected, ...(isShown(actual) ? { actual } : {}) });
  }
  if (unmet.length > 0) return { because: "when", unmet };
  if (doc.each) {
    const items = valueAt(context, doc.each.items);
    if (!Array.isArray(items) || items.length === 0) return { because: "no-items", items: doc.each.items };
  }
  return undefined;
}
