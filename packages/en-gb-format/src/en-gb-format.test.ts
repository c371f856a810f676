import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  MONTH_NAMES,
  parseIsoDate,
} from "./en-gb-format.js";

describe("en-GB formatting", () => {
  it("writes dates the British way", () => {
    expect(formatDate("2026-04-01")).toBe("1 April 2026");
    expect(formatDate("2027-12-31")).toBe("31 December 2027");
    expect(formatMonth("2026-09-15")).toBe("September 2026");
  });

  it("refuses what is not an ISO date", () => {
    expect(() => formatDate("01/04/2026")).toThrow(/Not an ISO date/);
    expect(() => formatDate("2026-02-30")).toThrow(/Not an ISO date/);
  });

  it("reads an ISO date into its year, month and day, and only a real one", () => {
    expect(parseIsoDate("2026-04-01")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(parseIsoDate("0050-12-31")).toEqual({ year: 50, month: 11, day: 31 });
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 1, day: 29 });
    for (const text of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-4-1", "1 April 2026", ""]) {
      expect(parseIsoDate(text)).toBeUndefined();
    }
    expect(MONTH_NAMES[parseIsoDate("2026-09-15")?.month ?? -1]).toBe("September");
  });

  it("groups thousands and writes pounds", () => {
    expect(formatNumber(8500)).toBe("8,500");
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatMoney(120000)).toBe("£120,000");
    expect(formatMoney(99.5)).toBe("£99.50");
  });
});

describe("en-GB formatting agrees with Intl", () => {
  it("for dates", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("for numbers and money", () => {
    const number = new Intl.NumberFormat("en-GB");
    const pounds = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency: "GBP",
      maximumFractionDigits: 0,
    });
    const pence = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency: "GBP",
      minimumFractionDigits: 2,
    });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        expect(formatNumber(whole)).toBe(number.format(whole));
        expect(formatMoney(whole)).toBe(pounds.format(whole));
        if (cents > 0) {
          const value = whole + (whole < 0 ? -cents : cents) / 100;
          expect(formatMoney(value)).toBe(pence.format(value));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatNumber and formatMoney agree with Intl for every finite number", () => {
  // The documented contract: Intl.NumberFormat's en-GB output, except that a number written as zero has no
  // minus sign (signDisplay "negative", not Intl's default "-0").
  const number = new Intl.NumberFormat("en-GB", { signDisplay: "negative" });
  const pounds = new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: 0,
    signDisplay: "negative",
  });
  const pence = new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: "GBP",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "negative",
  });
  const money = (value: number) => (Number.isInteger(value) ? pounds : pence).format(value);

  /** Any finite double, and decimals as people write them (halves at the rounding digit included). */
  const finite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 7 }))
      .map(([digits, places]) => digits / 10 ** places),
    fc
      .integer({ min: -1e6, max: 1e6 })
      .map((thousandths) => thousandths / 1000 + (thousandths < 0 ? -0.0005 : 0.0005)),
    fc.integer({ min: -1e6, max: 1e6 }).map((cents) => cents / 100 + (cents < 0 ? -0.005 : 0.005)),
    fc.constantFrom(
      1234.5678,
      1.0005,
      2.675,
      1.005,
      999.9995,
      -0.0004,
      -0,
      1e21,
      1e-7,
      5e-324,
      Number.MAX_VALUE,
    ),
  );

  it("writes 1234.5678 as Intl does: 1,234.568", () => {
    expect(formatNumber(1234.5678)).toBe("1,234.568");
    expect(formatNumber(1234.5678)).toBe(number.format(1234.5678));
    expect(formatNumber(1e21)).toBe("1,000,000,000,000,000,000,000");
    expect(formatNumber(-0.0004)).toBe("0");
    expect(formatMoney(1.005)).toBe("£1.01");
    expect(formatMoney(-0.001)).toBe("£0.00");
  });

  it("for numbers (fast-check)", () => {
    fc.assert(
      fc.property(finite, (value) => {
        expect(formatNumber(value), String(value)).toBe(number.format(value));
      }),
      { numRuns: 5000 },
    );
  });

  it("for money (fast-check)", () => {
    fc.assert(
      fc.property(finite, (value) => {
        expect(formatMoney(value), String(value)).toBe(money(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("addMonths and addDays", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-04-01", 12)).toBe("2027-04-01");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
  });

  it("steps over month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adding months never moves backwards and keeps the day where it exists", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2090-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 120 }),
        (date, months) => {
          const iso = date.toISOString().slice(0, 10);
          const later = addMonths(iso, months);
          expect(later >= iso).toBe(true);
          if (date.getUTCDate() <= 28) expect(later.slice(8)).toBe(iso.slice(8));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("writes the date as toISOString does, for any day of the years 0 to 9999", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0000-01-02T00:00:00Z"),
          max: new Date("9999-12-30T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -1, max: 1 }),
        (date, days) => {
          const iso = date.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(addDays(iso, days)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps the years 0 to 99 as they are (Date.UTC would read them as 1900 to 1999)", () => {
    expect(addMonths("0026-04-01", 1)).toBe("0026-05-01");
    expect(addMonths("0026-11-30", 3)).toBe("0027-02-28");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(formatDate("0026-04-01")).toBe("1 April 26");
  });

  it("refuses, with a deliberate RangeError, a date past the year 9999 instead of writing +010000", () => {
    expect(() => addMonths("9999-06-01", 12)).toThrow(/outside the years 0 to 9999/);
    expect(() => addDays("9999-12-31", 1)).toThrow(/outside the years 0 to 9999/);
  });

  it("adding whole years never changes the year by more than the years added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 100 }), (year, years) => {
        const iso = `${String(year).padStart(4, "0")}-03-15`;
        expect(addMonths(iso, years * 12)).toBe(`${String(year + years).padStart(4, "0")}-03-15`);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses values of the wrong type with a deliberate error naming the function, never a wrong text", () => {
    expect(() => formatNumber("8500" as unknown as number)).toThrow(/formatNumber needs a finite number/);
    expect(() => formatNumber(Number.NaN)).toThrow(/formatNumber needs a finite number, not .*NaN/);
    expect(() => formatMoney(null as unknown as number)).toThrow(
      /formatMoney needs a finite number, not null/,
    );
    expect(() => formatDate(null as unknown as string)).toThrow(TypeError);
    expect(() => addMonths("2026-01-01", 1.5)).toThrow(/addMonths \(months\) needs a whole number/);
    expect(() => addDays("2026-01-01", "1" as unknown as number)).toThrow(
      /addDays \(days\) needs a whole number/,
    );
    expect(parseIsoDate(Symbol("x") as unknown as string)).toBeUndefined();
  });

  it("on any value at all, formats or throws a deliberate TypeError or RangeError with its own message", () => {
    const calls = [
      formatDate,
      formatMonth,
      formatNumber,
      formatMoney,
      (v: never) => addMonths(v, 1),
      (v: never) => addDays("2026-01-01", v),
    ];
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
        (value) => {
          for (const call of calls) {
            try {
              expect(typeof call(value as never)).toBe("string");
            } catch (error) {
              expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
              expect((error as Error).message).toMatch(/needs|Not an ISO date|outside the years/);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseIsoDate read without a regexp", () => {
  // The reading it replaced: the regexp, then the calendar check.
  function byRegexp(isoDate: string) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    const day = Number(match[3]);
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day)
      return undefined;
    return { year, month, day };
  }
  const nearDate = fc
    .tuple(
      fc.stringMatching(/^[0-9]{4}$/),
      fc.constantFrom("-", "/", "0", "-"),
      fc.stringMatching(/^[0-9]{1,3}$/),
      fc.constantFrom("-", "-", " "),
      fc.stringMatching(/^[0-9:\u0660]{1,3}$/),
      fc.constantFrom("", "", "\n", "Z"),
    )
    .map((parts) => parts.join(""));

  it("agrees with the regexp on dates, near-dates and any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearDate,
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (text) => {
          expect(parseIsoDate(text)).toEqual(byRegexp(text));
          if (byRegexp(text) === undefined) expect(() => formatDate(text)).toThrow(RangeError);
          else expect(formatDate(text)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d+$/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("checks each part", () => {
    for (const text of [
      "2026-00-10",
      "2026-13-01",
      "2026-02-29",
      "2024-02-29",
      "0000-01-01",
      "9999-12-31",
      "2026-4-01",
      "２０２６-04-01",
      "2026-04-0１",
    ])
      expect(parseIsoDate(text)).toEqual(byRegexp(text));
  });
});
