/** What a value is, for the message of a programming mistake: "null", "a number", "an array". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `${/^[aeiou]/.test(typeof value) ? "an" : "a"} ${typeof value}`;
}

/**
 * Throws a deliberate TypeError, naming the function and what it needs, when a public function is
 * given something other than text: a programming mistake, not bad input from a person.
 */
export function requireText(value: unknown, where: string): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${where} needs text (a string), not ${kindOf(value)}.`);
}

/** As {@link requireText}, for a plain object. */
export function requireObject(value: unknown, where: string): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${where} needs an object, not ${kindOf(value)}.`);
  }
}

/** As {@link requireText}, for a list. */
export function requireArray(value: unknown, where: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${where} needs a list (an array), not ${kindOf(value)}.`);
}
