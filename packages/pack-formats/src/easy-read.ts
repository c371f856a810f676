/**
 * Whether a pack document is an Easy Read one (`data-protection/privacy-notice-easy-read.md` and its
 * Welsh `.cy.md`), by its file name: the pack names each Easy Read document so.
 */
export function isEasyRead(sourcePath: string): boolean {
  return /(?:^|\/)[^/]*easy-read[^/]*\.md$/i.test(sourcePath);
}

/**
 * The body text size of an Easy Read document, in points: at least 14, as Easy Read guidance asks and as
 * the pack's Easy Read notice tells the council to print it; other documents are set in 11.
 */
export const EASY_READ_POINTS = 14;
