/** Names that open some labels and keep their capital in any phrase. */
const NAMES = new Set(["Welsh", "English", "Wales", "England"]);

/**
 * The words after "Change" in a summary row's link, read by screen readers only ("Change council's
 * official name"), from the row's label, as the GOV.UK summary list does. Only the first letter is made
 * small, so that the link reads as one phrase; an abbreviation that opens the label ("ONS GSS code")
 * keeps its capitals, which screen readers spell out letter by letter, as does a name that opens it: a
 * language or nation ("Welsh privacy notice web address") or a title of capitalised words ("Caldicott
 * Guardian", "Data Protection Officer"). The rest keeps its own case ("Days of support from Community
 * Catalysts", "(YYYY-MM-DD)").
 */
export function changeLinkLabel(label: string): string {
  const first = label.charAt(0);
  const second = label.charAt(1);
  const opensWithAbbreviation =
    second !== "" && second === second.toUpperCase() && second !== second.toLowerCase();
  const [firstWord = "", secondWord = ""] = label.split(" ");
  const opensWithName = NAMES.has(firstWord.replace(/[^\p{L}]+$/u, "")) || /^\p{Lu}\p{Ll}/u.test(secondWord);
  return opensWithAbbreviation || opensWithName ? label : first.toLowerCase() + label.slice(1);
}
