// escapeForMarkdown builds each object without Object.entries' pairs: it must give exactly what the
// pairs gave (the same own keys, in the same order, with the same values and flags, __proto__ included).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeForMarkdown, NOT_TEXT_KEYS } from "./escape-for-markdown.js";
import { escapeMarkdownText } from "./markdown-text.js";

/** escapeForMarkdown as it was written before, with Object.fromEntries(Object.entries(…)). */
function escapedWithEntries<T>(value: T): T {
  if (typeof value === "string") return escapeMarkdownText(value) as T;
  if (Array.isArray(value)) return value.map(escapedWithEntries) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        NOT_TEXT_KEYS.has(key) ? item : escapedWithEntries(item),
      ]),
    ) as T;
  }
  return value;
}

/** Everything an object shows, all the way down: prototype, own keys in order, and each property's flags. */
function shape(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return {
    prototype: Object.getPrototypeOf(value) as unknown,
    keys: Reflect.ownKeys(value),
    properties: Reflect.ownKeys(value).map((key) => {
      const { value: inner, ...flags } = Object.getOwnPropertyDescriptor(value, key) ?? {};
      return { ...flags, value: shape(inner) };
    }),
  };
}

const key = fc.oneof(
  fc.constantFrom("name", "email", "website", "output", "startDate", "0", "12", "__proto__", "constructor"),
  fc.string({ maxLength: 5 }),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("a|b", "<!--", "*x*", "[l](u)", "\\", "#"),
);
const { data } = fc.letrec((tie) => ({
  data: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("data"), { maxLength: 4 }),
    // Object.fromEntries defines each key, __proto__ included, as JSON.parse and the YAML readers do.
    fc.array(fc.tuple(key, tie("data")), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
  ),
}));

describe("escapeForMarkdown", () => {
  it("gives what Object.fromEntries(Object.entries(…)) gave, key for key, on generated data", () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(shape(escapeForMarkdown(value))).toStrictEqual(shape(escapedWithEntries(value)));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps an own __proto__ key as an own key, and leaves addresses and dates as they are", () => {
    const value = JSON.parse('{"__proto__": {"name": "a|b"}, "email": "a|b@x.org", "name": "*x*"}') as object;
    const escaped = escapeForMarkdown(value);
    expect(Object.getPrototypeOf(escaped)).toBe(Object.prototype);
    expect(shape(escaped)).toStrictEqual(shape(escapedWithEntries(value)));
    expect(Object.keys(escaped)).toStrictEqual(["__proto__", "email", "name"]);
  });
});
