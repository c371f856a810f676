import type { NotInPack } from "@lac/documents";

const NATIONS: Readonly<Record<string, string>> = { england: "England", wales: "Wales" };
const LANGUAGES: Readonly<Record<string, string>> = { en: "English", cy: "Welsh" };

/** A value of the data as the manifest would write it: texts in quotes, so that "true" and true differ. */
const shown = (value: unknown): string => (value === null ? "empty" : JSON.stringify(value));

/**
 * Why the pack does not have a document, in words for lac templates list: "for councils in Wales",
 * "when dataProtection.sharingAgreement is "multi-party", here "per-partner"".
 */
export function notInPackText(reason: NotInPack): string {
  switch (reason.because) {
    case "nation":
      return `for councils in ${reason.nations.map((nation) => NATIONS[nation] ?? nation).join(" and ")}`;
    case "language": {
      const name = LANGUAGES[reason.language];
      return `in ${name === undefined ? JSON.stringify(reason.language) : `${name} (${reason.language})`}, which output.languages does not include`;
    }
    case "when":
      return `when ${reason.unmet
        .map(
          ({ path, expected, ...found }) =>
            `${path} is ${shown(expected)}, ${"actual" in found ? `here ${shown(found.actual)}` : "which the pack's data does not have"}`,
        )
        .join(", and ")}`;
    case "no-items":
      return `one for each of ${reason.items}, and the pack has none`;
  }
}
