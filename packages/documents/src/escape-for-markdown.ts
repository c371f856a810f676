import { escapeMarkdownText } from "./markdown-text.js";

/** The values that are not shown as text, or are checked to hold no markup: addresses, dates, the house style. */
export const NOT_TEXT_KEYS: ReadonlySet<string> = new Set([
  "email",
  "website",
  "privacyNoticeUrl",
  "privacyNoticeUrlCy",
  "startDate",
  "output",
]);

/**
 * The configuration with every text value written as Markdown that shows exactly that text
 * ({@link escapeMarkdownText}): a value cannot break the Markdown tables it appears in, nor open
 * a comment, a link or HTML. Addresses and dates, which the schema checks, are left as they are.
 *
 * An object gives what `Object.fromEntries(Object.entries(value).map(…))` gives (the same own keys in
 * the same order, `__proto__` as an own key), without the pairs: with V8's optimising compilers off (as
 * lac runs), each pair, its destructuring and fromEntries' reading of it allocate iterators and objects.
 * escape-for-markdown.test.ts compares both.
 */
export function escapeForMarkdown<T>(value: T): T {
  if (typeof value === "string") return escapeMarkdownText(value) as T;
  if (Array.isArray(value)) return value.map(escapeForMarkdown) as T;
  if (value !== null && typeof value === "object") {
    const escaped: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      const item = (value as Record<string, unknown>)[key];
      const result = NOT_TEXT_KEYS.has(key) ? item : escapeForMarkdown(item);
      if (key === "__proto__") {
        Object.defineProperty(escaped, key, {
          value: result,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        escaped[key] = result;
      }
    }
    return escaped as T;
  }
  return value;
}
