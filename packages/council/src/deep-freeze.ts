/**
 * Freezes a value and every object and list it holds (functions and regular expressions are left as
 * they are), and gives it back: for the vocabularies and data the package exports, so that a program
 * in plain JavaScript cannot change them in place for every other reader.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !(value instanceof RegExp)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
