// Dates kept whole on a line: "1 April 2027", not "1" over "April" over "2027" in a narrow table column,
// nor "1 April" at a line's end and "2027" on the next. The one rule for both writers: the Word writer joins
// a date's words with no-break spaces ({@link keepDatesWhole}); the HTML writer sets each date in a span
// that does not wrap ({@link splitDates}), which leaves its text as it is for copying and screen readers.

const MONTHS = [
  // English
  "January|February|March|April|May|June|July|August|September|October|November|December",
  // Welsh
  "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr",
].join("|");

/** A date written out: "1 April 2027" or "April 2027" (or the same in Welsh). */
const DATE = `\\b(?:\\d{1,2} )?(?:${MONTHS}) \\d{4}\\b`;

/** No-break space: a line may not break at it, in Word or LibreOffice. */
const NO_BREAK = "\u00A0";

/**
 * A text with the spaces within each date written out ("1 April 2027", "April 2027") made no-break
 * spaces, so that the date is set on one line: the Word writer gives its column room for the date
 * whole, as one word.
 */
export function keepDatesWhole(text: string): string {
  return text.replace(new RegExp(DATE, "g"), (date) => date.replaceAll(" ", NO_BREAK));
}

/**
 * A text cut at its dates: the text before the first date, the date, the text up to the next, and so on
 * (so a date is at each odd index, and the parts joined are the text).
 */
export function splitDates(text: string): string[] {
  return text.split(new RegExp(`(${DATE})`));
}
