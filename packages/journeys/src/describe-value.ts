const MAX_QUOTED = 40;

/**
 * A short, safe description of any value for an error message: a string is quoted (cut to 40 characters), a
 * number, boolean, null or undefined is written as it is, anything else is named by its kind ("a list", "an
 * object", "a bigint"). It never serialises an object, so a cyclic, deeply nested or exotic value cannot throw.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      return Array.isArray(value) ? "a list" : "an object";
  }
}

/**
 * `Unknown field "notes"`, or `Unknown fields "notes", "name"`: the start of the message for keys an object may
 * not have, each named as {@link describeValue} names it.
 */
export function unknownKeys(keys: readonly string[], noun = "field"): string {
  return `Unknown ${noun}${keys.length > 1 ? "s" : ""} ${keys.map(describeValue).join(", ")}`;
}

/** True for a plain object (`{…}`, or one made with `Object.create(null)`): not a list, Map, Date, Buffer, …. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
