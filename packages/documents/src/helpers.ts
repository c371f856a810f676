import { formatDate, formatMoney, formatMonth, formatNumber } from "@lac/en-gb-format";
import { formatDate as formatDateCy, formatMonth as formatMonthCy } from "@lac/en-gb-format/cy-gb";
import { englishSpan } from "./english-text.js";
import type { HelperDelegate } from "./handlebars-runtime.js";
import { deepFreeze } from "./deep-freeze.js";

/** What packLink reads from the context of the document being rendered (see documentContextOf). */
interface LinkingContext {
  readonly document?: { readonly path?: unknown };
  readonly pack?: { readonly documentPaths?: ReadonlyMap<string, string> };
}

/**
 * The path of pack file `to` relative to the folder of pack file `from` (both relative to the pack
 * folder, with "/"): `roles/team-manager.md` to `implementation-plan.md` → `../implementation-plan.md`.
 */
export function relativePackPath(from: string, to: string): string {
  const fromFolders = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (
    common < fromFolders.length &&
    common < toParts.length - 1 &&
    fromFolders[common] === toParts[common]
  ) {
    common += 1;
  }
  return [...fromFolders.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
}

/**
 * {{packLink "dpia"}} → `data-protection/dpia.md` from the plan, `../data-protection/dpia.md` from a
 * role description: the link, from the document being rendered, to the pack's document of that id
 * (for a Welsh document laid out in one bilingual document, to that document). The Word and HTML
 * files rewrite it to their own files. A document the pack leaves out (by its `when` in the manifest)
 * or an unknown id is an error of the template: guard the link with the same condition.
 */
function packLink(id: unknown, options: { readonly data?: { readonly root?: LinkingContext } }): string {
  const root = options?.data?.root;
  const from = root?.document?.path;
  const to = typeof id === "string" ? root?.pack?.documentPaths?.get(id) : undefined;
  if (typeof from !== "string" || to === undefined) {
    throw new Error(
      `{{packLink ${JSON.stringify(id)}}}: this pack has no document with that id (the manifest leaves it out for this council, or the id is wrong). Guard the link with the condition of the document's "when", or use the id of a document in the manifest.`,
    );
  }
  return relativePackPath(from, to);
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * A legal citation of the lawful-basis model written in Welsh: the article or paragraph numbers stay,
 * the words around them are translated ("UK GDPR Art 9(2)(g), with DPA 2018 Schedule 1 Part 2
 * paragraph 6" → "Erthygl 9(2)(g) GDPR y DU, gyda Deddf Diogelu Data 2018 Atodlen 1 Rhan 2 paragraff 6").
 */
export function welshCitation(citation: string): string {
  return citation
    .replace(/UK GDPR Art(?:icle)? ([\w()]+)/g, "Erthygl $1 GDPR y DU")
    .replace(
      /DPA 2018 Sch(?:edule)? (\d+) Part (\d+) para(?:graph)? (\d+)/g,
      "Deddf Diogelu Data 2018 Atodlen $1 Rhan $2 paragraff $3",
    )
    .replace(
      /DPA 2018 Sch(?:edule)? (\d+) para(?:graph)? (\d+)/g,
      "Deddf Diogelu Data 2018 Atodlen $1 paragraff $2",
    )
    .replace(/DPA 2018 s\.(\w+)/g, "Deddf Diogelu Data 2018 adran $1")
    .replaceAll(", with ", ", gyda ");
}

/**
 * The helpers every template may use. Each takes plain values and returns text; none reads the
 * outside world. Template authors: see docs/template-authoring.md.
 */
export const templateHelpers: Readonly<Record<string, HelperDelegate>> = /* @__PURE__ */ Object.freeze({
  /** {{date programme.startDate}} → "1 April 2026" */
  date: (isoDate: string) => formatDate(isoDate),
  /** {{month phase.start}} → "April 2026" */
  month: (isoDate: string) => formatMonth(isoDate),
  /** {{dateCy programme.startDate}} → "1 Ebrill 2026": a date in a Welsh-language document */
  dateCy: (isoDate: string) => formatDateCy(isoDate),
  /** {{monthCy phase.start}} → "Ebrill 2026" */
  monthCy: (isoDate: string) => formatMonthCy(isoDate),
  /** {{citationCy grounds.article6.citation}}: "UK GDPR Art 6(1)(e)" → "Erthygl 6(1)(e) GDPR y DU", for a Welsh document */
  citationCy: (citation: unknown) => welshCitation(String(citation ?? "")),
  /** {{join (cyNames dataSharing.aggregatePartners) ", " " a "}} → the partners' names as the Welsh documents write them */
  cyNames: (items: readonly { readonly cyName: string }[]) =>
    Array.isArray(items) ? items.map((item) => item.cyName) : [],
  /** {{number council.population}} → "250,000" */
  number: (value: number) => formatNumber(value),
  /** {{money programme.budget.amount}} → "£450,000" */
  money: (value: number) => formatMoney(value),
  /** {{join places ", "}} → "Northgate, Millbrook" (a last separator may be given: {{join places ", " " and "}}) */
  join: (items: readonly unknown[], separator: unknown, last: unknown) => {
    const list = items.map(String);
    const sep = typeof separator === "string" ? separator : ", ";
    if (typeof last !== "string" || list.length < 2) return list.join(sep);
    return `${list.slice(0, -1).join(sep)}${last}${list.at(-1)}`;
  },
  /** {{join (organisations dataSharing.internalPartners) ", " " and "}} → the organisations' names */
  organisations: (items: readonly { readonly organisation: string }[]) =>
    Array.isArray(items) ? items.map((item) => item.organisation) : [],
  /** {{contact programme.sponsor}} → "Director of Adult Social Services at <sponsor@council.example>": the role at the address, as a link (the bundled templates write it so, or give the role and the email rows of their own) */
  contact: (contact: { readonly role?: string; readonly email: string }) =>
    contact.role ? `${contact.role} at <${contact.email}>` : `<${contact.email}>`,
  /** {{english programme.lead.role}} → `<span lang="en-GB">Programme lead</span>`: English text in a Welsh document, which the Word and HTML copies mark as English */
  english: (text: unknown) => englishSpan(String(text ?? "")),
  /** {{link council.website}} → "<https://council.example>": a web or email address written as a Markdown link */
  link: (address: string) => `<${address}>`,
  /** {{sentence evaluation.approach}} → the text with a full stop, unless it already ends with one (or with "!" or "?") */
  sentence: (text: string) => (/[.!?]["')\]]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`),
  /** {{capitalise council.typeLabel}} → "Unitary council": the text with a capital first letter, for a table cell or the start of a sentence */
  capitalise: (text: unknown) => String(text ?? "").replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
  /** {{midSentence legalEntity}} → "the partners of Northfield Medical Practice": a name with a leading "The" lower-cased, for inside a sentence */
  midSentence: (text: unknown) => String(text ?? "").replace(/^The /u, "the "),
  /** {{#if (includes output.languages "cy")}} */
  includes: (items: readonly unknown[], value: unknown) => Array.isArray(items) && items.includes(value),
  /** {{#if (or a b)}}: true when any value is truthy (an empty list counts as false) */
  or: (...args: unknown[]) => args.slice(0, -1).some(truthy),
  /** {{#if (and a b)}}: true when every value is truthy (an empty list counts as false) */
  and: (...args: unknown[]) => args.slice(0, -1).every(truthy),
  /** {{clause retention.from}}: configured text without a final full stop, for use inside a sentence */
  clause: (text: unknown) => String(text ?? "").replace(/[.\s]+$/u, ""),
  /** {{inFormat path "docx"}} → "roles/team-manager.docx": a pack document's path in another format */
  inFormat: (path: unknown, format: unknown) => String(path ?? "").replace(/\.md$/u, `.${String(format)}`),
  /** {{packLink "role-team-manager"}} → "roles/team-manager.md", relative to the document being rendered: a link to another document of the pack, by its id in the manifest */
  packLink: packLink as HelperDelegate,
  /** {{#if (eq council.nation "wales")}} */
  eq: (a: unknown, b: unknown) => a === b,
  /** {{inc @index}} → 1-based numbering */
  inc: (value: number) => value + 1,
  /** {{plural team.manager.span "coordinator" "coordinators"}} → "1 coordinator", "4 coordinators" */
  plural: (count: number, singular: string, plural: string) =>
    `${formatNumber(count)} ${count === 1 ? singular : plural}`,
});

/** Names of the helpers, so that templates can be precompiled with `knownHelpersOnly`. */
export const templateHelperNames: readonly string[] = /* @__PURE__ */ deepFreeze(
  Object.keys(templateHelpers),
);
