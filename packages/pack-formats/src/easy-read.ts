/**
 * The body text size of an Easy Read document (`easyRead: true` in the options), in points: at least 14, as
 * Easy Read guidance asks and as the pack's Easy Read notice tells the council to print it; other documents
 * are set in 11.
 */
export const EASY_READ_POINTS = 14;
