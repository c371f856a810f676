import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPrinciple } from "./get-principle.js";
import { isPrincipleId, principleIdSchema, principleIds } from "./principle-id.js";

describe("getPrinciple", () => {
  it("finds every principle by its id", () => {
    for (const id of principleIds) {
      const result = getPrinciple(id);
      expect(result.ok && result.principle.id).toBe(id);
    }
  });

  it("finds Natural authority", () => {
    const result = getPrinciple("natural-authority");
    expect(result).toMatchObject({ ok: true, principle: { number: 3, name: "Natural authority" } });
  });

  it("returns a typed not-found error that lists the valid ids", () => {
    const result = getPrinciple("time");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("unknown-principle");
      expect(result.error.id).toBe("time");
      expect(result.error.message).toContain('"time"');
      expect(result.error.message).toContain("complementary-nature-of-services");
    }
  });

  it("does not match names, other cases or inherited properties", () => {
    for (const id of ["Citizenship", "CITIZENSHIP", " citizenship", "toString", "__proto__", ""]) {
      expect(getPrinciple(id).ok, id).toBe(false);
    }
  });

  it("returns an error value, never throws, for a value that is not a string (from JavaScript)", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const [value, shown, id] of [
      [1n, "a value of type bigint", "1"],
      [cycle, "an object", "an object"],
      [Symbol("x"), "a value of type symbol", "Symbol(x)"],
      [undefined, "a value of type undefined", "undefined"],
      [null, "null", "null"],
      [3, "a value of type number", "3"],
      [["citizenship"], "a list", "a list"],
    ] as const) {
      const result = getPrinciple(value as unknown as string);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe("unknown-principle");
        expect(result.error.id).toBe(id);
        expect(() => JSON.stringify(result.error)).not.toThrow();
        expect(result.error.message).toBe(
          `A principle id must be a string, not ${shown}. Use one of: ${principleIds.join(", ")}.`,
        );
      }
    }
  });

  it("never throws and succeeds exactly for the ten ids", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...principleIds)), (id) => {
        expect(getPrinciple(id).ok).toBe((principleIds as readonly string[]).includes(id));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("isPrincipleId and principleIdSchema", () => {
  it("accept the ten ids and nothing else", () => {
    expect(principleIds.every((id) => isPrincipleId(id))).toBe(true);
    for (const value of ["time", 3, null, undefined, {}, "Citizenship"]) {
      expect(isPrincipleId(value)).toBe(false);
    }
  });

  it("report an unknown id with the list of valid ids", () => {
    const result = principleIdSchema.safeParse("time");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^"time" is not a principle id\. Use one of: citizenship,/,
    );
  });
});
