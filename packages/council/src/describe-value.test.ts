import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeValue, formatNumber, formatWholeNumber, plainDigits } from "./describe-value.js";

describe("plainDigits", () => {
  it.each([
    [1e23, "100000000000000000000000"],
    [-1.5e21, "-1500000000000000000000"],
    [1e-7, "0.0000001"],
    [-2.5e-10, "-0.00000000025"],
    [151800, "151800"],
    [1.5, "1.5"],
    [1e30, "1000000000000000000000000000000"],
    [1e31, "1e+31"],
    [1e308, "1e+308"],
    [-1e-31, "-1e-31"],
  ])("writes %s as %j", (value, text) => {
    expect(plainDigits(value)).toBe(text);
  });

  it("gives the number back, in exponent form only beyond 30 places (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDigits(value);
        const places = value === 0 ? 0 : Math.abs(Math.floor(Math.log10(Math.abs(value))));
        if (places < 30) expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe("formatNumber", () => {
  it.each([
    [9007199254740991, "9,007,199,254,740,991"],
    [1e23, "100,000,000,000,000,000,000,000"],
    [100, "100"],
    [12500.25, "12,500.25"],
    [-1234567, "-1,234,567"],
  ])("writes %s as %j", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("keeps formatWholeNumber's rounding to two decimal places", () => {
    expect(formatWholeNumber(12500.256)).toBe("12,500.26");
  });
});

describe("describeValue", () => {
  it("says a huge number in plain digits, not 1e+23", () => {
    expect(describeValue(1e23)).toBe("the number 100000000000000000000000");
    expect(describeValue(6000023)).toBe("the number 6000023");
  });
});
