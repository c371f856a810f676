// docx's NextAttributeComponent (the attributes of most elements of a Word document: spacing, fonts, sizes, …)
// gathers its attributes into an object by copying the object again for each attribute, twice, through Babel's
// object-spread helper: a third of the time lac report spent writing its Word report, most of it copying. The
// docx-hashed-id plugin of tsup.config.ts rewrites that one expression in the docx code lac bundles, so that each
// attribute is defined once on the same object, with docx's own `_defineProperty` (the helper that the copy uses
// for each key): the same keys, in the same order, with the same values. docx-attributes.test.ts checks this
// against docx's own code.

/** What docx 9 writes in `NextAttributeComponent.prepForXml` (after filtering out undefined values). */
export const DOCX_ATTRIBUTES_SLOW =
  ".reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {})";

/** The same result, each attribute defined once on one object. */
export const DOCX_ATTRIBUTES_FAST = ".reduce((acc, { key, value }) => _defineProperty(acc, key, value), {})";

/**
 * docx's ES module code (dist/index.mjs) with the attributes gathered once; throws if the code no longer has the
 * expression exactly once (a docx upgrade: look again at what it does).
 */
export function withDocxAttributesGatheredOnce(source: string, file = "docx"): string {
  const at = source.indexOf(DOCX_ATTRIBUTES_SLOW);
  if (at < 0 || source.indexOf(DOCX_ATTRIBUTES_SLOW, at + 1) >= 0) {
    throw new Error(
      `docx-hashed-id: ${file} no longer gathers NextAttributeComponent's attributes as expected`,
    );
  }
  return source.slice(0, at) + DOCX_ATTRIBUTES_FAST + source.slice(at + DOCX_ATTRIBUTES_SLOW.length);
}
