import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { icoRegistrationNumberSchema } from "./index.js";

describe("icoRegistrationNumberSchema", () => {
  it.each(["Z1234567", "ZA123456", "ZZ999001", " Z7654321 "])("accepts %j", (value) => {
    expect(icoRegistrationNumberSchema.safeParse(value).success).toBe(true);
  });

  it.each(["Z123456", "Z12345678", "A1234567", "z1234567", "ZA12345B", "Za123456", "Z-123456", ""])(
    "refuses %j and says the expected form",
    (value) => {
      const result = icoRegistrationNumberSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(
        'It has 8 characters: "Z" and 7 digits (such as Z1234567), or "Z", a capital letter and 6 digits (such as ZA123456).',
      );
    },
  );

  it("accepts exactly Z, a capital letter or digit, then 6 digits (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (value) => {
        expect(icoRegistrationNumberSchema.safeParse(value).success).toBe(
          /^Z[A-Z0-9][0-9]{6}$/.test(value.trim()),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
