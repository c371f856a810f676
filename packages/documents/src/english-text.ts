/**
 * English text in a Welsh document, marked as English: `<span lang="en-GB">…</span>`. The Word and HTML
 * copies (@lac/pack-formats) proof it in English and tag it `lang="en-GB"`, so that spell checkers and
 * screen readers switch language; Markdown viewers show the text. The text is Markdown already (a
 * configured value, escaped), so it cannot open or close a tag of its own. No text, no mark.
 */
export function englishSpan(markdown: string): string {
  return markdown === "" ? "" : `<span lang="en-GB">${markdown}</span>`;
}

/** A name with no Welsh form configured, as the Welsh documents write it: the English name, marked as English, then "(enw Saesneg)". */
export function markedEnglishName(name: string): string {
  return `${englishSpan(name)} (enw Saesneg)`;
}
