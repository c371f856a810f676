// Dates kept whole on a line: "1 April 2027", not "1" over "April" over "2027" in a narrow table column.

const MONTHS = [
  // English
  "January|February|March|April|May|June|July|August|September|October|November|December",
  // Welsh
  "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr",
].join("|");

/** A date written out: "1 April 2027" or "April 2027" (or the same in Welsh). */
const DATE = new RegExp(`\\b(?:\\d{1,2} )?(?:${MONTHS}) \\d{4}\\b`, "g");

/** No-break space: a line may not break at it, in Word or LibreOffice. */
const NO_BREAK = "\u00A0";

/**
 * A text with the spaces within each date written out ("1 April 2027", "April 2027") made no-break
 * spaces, so that the date is set on one line: the Word writer gives its column room for the date
 * whole, as one word.
 */
export function keepDatesWhole(text: string): string {
  return text.replace(DATE, (date) => date.replaceAll(" ", NO_BREAK));
}
