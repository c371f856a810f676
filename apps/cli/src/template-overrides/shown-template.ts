/** A template or partial that lac templates show can print: a bundled one, or one of the council's own. */
export interface ShowableTemplate {
  /** "documents/implementation-plan" or "partials/draft-notice". */
  readonly name: string;
  /** The council's file (relative to the pack) for one of the council's own; absent for a bundled one. */
  readonly file?: string;
}

export type ShownTemplate =
  | {
      readonly ok: true;
      readonly name: string;
      /** "council": the council's file (its own, or its copy of a bundled one); "bundled": installed with lac. */
      readonly origin: "bundled" | "council";
      readonly file?: string;
      /** For the council's copy of a bundled template: there is a bundled one too (--bundled prints it). */
      readonly overrides: boolean;
    }
  | {
      readonly ok: false;
      /**
       * All the names a council could give, to guess a typo from: each template's names (its full
       * name, its short name when no other template has it, the ids of its documents).
       */
      readonly candidates: readonly (readonly string[])[];
    };

const shortName = (name: string) => name.replace(/^(documents|partials)\//, "");

/** A name ("documents/plan", "plan", "partials/x", "x", with or without .hbs) or a document's id. */
function findByName<T extends { readonly name: string }>(
  entries: readonly T[],
  documents: readonly { readonly id: string; readonly template: string }[],
  given: string,
): T | undefined {
  const exact = entries.find((entry) => entry.name === given);
  if (exact) return exact;
  const short = entries.filter((entry) => shortName(entry.name) === given);
  if (short.length === 1) return short[0];
  const byId = documents.find((doc) => doc.id === given);
  return byId ? entries.find((entry) => entry.name === `documents/${byId.template}`) : undefined;
}

/**
 * Which template lac templates show prints for a name: in a pack with templates of its own, the
 * council's file when it has one by that name (its own document or partial, or its copy of a bundled
 * one), the bundled one otherwise or when `bundledOnly` (--bundled). A document's id names its
 * template, by the bundled manifest or the council's. Pure: the caller reads the files.
 */
export function shownTemplate({
  bundled,
  bundledDocuments,
  own,
  ownDocuments,
  given,
  bundledOnly,
}: {
  /** The bundled templates' and partials' names ("documents/…", "partials/…"). */
  readonly bundled: readonly string[];
  readonly bundledDocuments: readonly { readonly id: string; readonly template: string }[];
  /** The council's templates and partials, with their files (none outside a pack). */
  readonly own: readonly ShowableTemplate[];
  readonly ownDocuments: readonly { readonly id: string; readonly template: string }[];
  readonly given: string;
  readonly bundledOnly: boolean;
}): ShownTemplate {
  const name = given.replace(/\.hbs$/, "");
  const bundledEntries = bundled.map((entry) => ({ name: entry }));
  const documents = [...bundledDocuments, ...ownDocuments];
  const fromBundled = (found: { name: string } | undefined): ShownTemplate | undefined =>
    found && { ok: true, name: found.name, origin: "bundled", overrides: false };
  if (bundledOnly) {
    const found = fromBundled(findByName(bundledEntries, bundledDocuments, name));
    if (found) return found;
  } else {
    // The council's name wins only where it is the whole match: "plan" is the council's documents/plan
    // when it has one, the bundled one otherwise.
    const all = [
      ...own,
      ...bundledEntries.filter((entry) => !own.some((ownEntry) => ownEntry.name === entry.name)),
    ];
    const found = findByName(all, documents, name);
    if (found !== undefined) {
      const file = own.find((entry) => entry.name === found.name)?.file;
      return file === undefined
        ? { ok: true, name: found.name, origin: "bundled", overrides: false }
        : { ok: true, name: found.name, origin: "council", file, overrides: bundled.includes(found.name) };
    }
  }
  const names = bundledOnly ? bundled : [...new Set([...bundled, ...own.map((entry) => entry.name)])];
  const ids = bundledOnly ? bundledDocuments : documents;
  const shortCount = new Map<string, number>();
  for (const entry of names) shortCount.set(shortName(entry), (shortCount.get(shortName(entry)) ?? 0) + 1);
  return {
    ok: false,
    candidates: names.map((entry) => [
      ...new Set([
        entry,
        ...(shortCount.get(shortName(entry)) === 1 ? [shortName(entry)] : []),
        ...ids.filter((doc) => `documents/${doc.template}` === entry).map((doc) => doc.id),
      ]),
    ]),
  };
}
