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
    expect(plain.kindOf(undefined)).toBe("an undefined");
    expect(() => plain.requireText({}, "f")).toThrow(/^f needs text \(a string\), not an object\.$/);
    expect(() => plain.requireObject(7, "g")).toThrow(/^g needs an object, not a number\.$/);
  });
});
