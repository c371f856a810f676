/**
 * Deliberate TypeErrors for programming mistakes at public entry points: one source for @lac/council
 * and @lac/documents (which imports {@link argumentChecks} with `constructorName: false`, so its
 * messages say "an object" where @lac/council's say "an object (Date)").
 */

export interface ArgumentCheckOptions {
  /** Name an object's constructor in messages: "an object (Date)" rather than "an object". */
  readonly constructorName?: boolean;
}

/** The argument checks, with messages in one style. */
export interface ArgumentChecks {
  /**
   * What a value is, for the message of a programming mistake, never the value itself: "undefined", "null",
   * "a number", "a string", "an array", "an object" ("an object (Date)" when naming constructors).
   */
  kindOf(value: unknown): string;
  /**
   * Throws a deliberate TypeError, naming the function and what it needs, when a public function is
   * given something other than text: a programming mistake, not bad input from a person.
   */
  requireText(value: unknown, where: string): asserts value is string;
  /** As `requireText`, for a plain object (a parsed configuration, options). */
  requireObject(value: unknown, where: string): asserts value is object;
  /** As `requireText`, for a list. */
  requireArray(value: unknown, where: string): asserts value is readonly unknown[];
}

/** The argument checks in the style given (by default, naming an object's constructor). */
export function argumentChecks(options: ArgumentCheckOptions = {}): ArgumentChecks {
  const constructorName = options.constructorName ?? true;
  function kindOf(value: unknown): string {
    // "undefined" and "null" on their own, as a sentence says them; every other kind with "a" or "an".
    if (value === null || value === undefined) return String(value);
    if (Array.isArray(value)) return "an array";
    if (typeof value === "object")
      return constructorName
        ? `an object (${(value as object).constructor?.name ?? "no prototype"})`
        : "an object";
    return `a ${typeof value}`;
  }
  return {
    kindOf,
    requireText(value: unknown, where: string): asserts value is string {
      if (typeof value !== "string")
        throw new TypeError(`${where} needs text (a string), not ${kindOf(value)}.`);
    },
    requireObject(value: unknown, where: string): asserts value is object {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new TypeError(`${where} needs an object, not ${kindOf(value)}.`);
      }
    },
    requireArray(value: unknown, where: string): asserts value is readonly unknown[] {
      if (!Array.isArray(value))
        throw new TypeError(`${where} needs a list (an array), not ${kindOf(value)}.`);
    },
  };
}

const checks = argumentChecks();

export const requireText: ArgumentChecks["requireText"] = checks.requireText;
export const requireObject: ArgumentChecks["requireObject"] = checks.requireObject;
export const requireArray: ArgumentChecks["requireArray"] = checks.requireArray;
