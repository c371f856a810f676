import { isDeepStrictEqual } from "node:util";

/** Deeper than any configuration: a structure this deep (or with a cycle) is left to `isDeepStrictEqual`. */
const MAX_DEPTH = 64;

const TOO_DEEP = Symbol("too deep");

/** An array with only its items: Array's own prototype, no holes, no other keys. */
function plainArray(value: object): value is unknown[] {
  return (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    Object.getOwnPropertySymbols(value).length === 0 &&
    Object.getOwnPropertyNames(value).length === value.length + 1 // the items and "length"
  );
}

/** An object of plain data: Object's prototype (or none), only enumerable string keys. */
function plainObject(value: object): boolean {
  if (Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.getOwnPropertySymbols(value).length === 0 &&
    Object.getOwnPropertyNames(value).length === Object.keys(value).length
  );
}

function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (depth > MAX_DEPTH) throw TOO_DEEP;
  if (plainArray(a) && plainArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) {
      if (!same(a[index], b[index], depth + 1)) return false;
    }
    return true;
  }
  if (plainObject(a) && plainObject(b)) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return false;
      if (!same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) {
        return false;
      }
    }
    return true;
  }
  return isDeepStrictEqual(a, b);
}

/**
 * Exactly `util.isDeepStrictEqual(a, b)`, for the plain data of answers and configurations (objects,
 * arrays, strings, numbers, booleans, null) compared here, and by `isDeepStrictEqual` itself for
 * anything else (or a structure too deep, or with a cycle). Node.js loads its comparison module on the
 * first call of `isDeepStrictEqual`, which a valid `lac init` then need not.
 */
export function sameData(a: unknown, b: unknown): boolean {
  try {
    return same(a, b, 0);
  } catch (error) {
    if (error === TOO_DEEP) return isDeepStrictEqual(a, b);
    throw error;
  }
}
