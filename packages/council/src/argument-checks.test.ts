import { describe, expect, it } from "vitest";
import { argumentChecks, requireArray, requireObject, requireText } from "./argument-checks.js";

describe("argument checks", () => {
  it("name an object's constructor by default", () => {
    expect(() => requireText(new Date(0), "f")).toThrow(
      /^f needs text \(a string\), not an object \(Date\)\.$/,
    );
    expect(() => requireObject([], "g")).toThrow(/^g needs an object, not an array\.$/);
    expect(() => requireArray(null, "h")).toThrow(/^h needs a list \(an array\), not null\.$/);
  });

  it("say only 'an object' in the style @lac/documents uses", () => {
    const plain = argumentChecks({ constructorName: false });
    expect(plain.kindOf(new Date(0))).toBe("an object");
    expect(() => plain.requireText({}, "f")).toThrow(/^f needs text \(a string\), not an object\.$/);
    expect(() => plain.requireObject(7, "g")).toThrow(/^g needs an object, not a number\.$/);
  });

  it("describe every kind of value as a sentence says it: 'undefined', not 'an undefined'", () => {
    const plain = argumentChecks({ constructorName: false });
    const named = argumentChecks();
    const kinds: [unknown, string, string][] = [
      [undefined, "undefined", "undefined"],
      [null, "null", "null"],
      [true, "a boolean", "a boolean"],
      [7, "a number", "a number"],
      [Number.NaN, "a number", "a number"],
      [7n, "a bigint", "a bigint"],
      ["text", "a string", "a string"],
      [Symbol("s"), "a symbol", "a symbol"],
      [() => 1, "a function", "a function"],
      [[], "an array", "an array"],
      [{}, "an object", "an object (Object)"],
      [new Date(0), "an object", "an object (Date)"],
      [Object.create(null), "an object", "an object (no prototype)"],
    ];
    for (const [value, plainKind, namedKind] of kinds) {
      expect(plain.kindOf(value), plainKind).toBe(plainKind);
      expect(named.kindOf(value), namedKind).toBe(namedKind);
    }
    expect(() => requireText(undefined, "f")).toThrow(/^f needs text \(a string\), not undefined\.$/);
  });
});
