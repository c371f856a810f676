// Keeps the README honest about how to install the package and which errors each function throws.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, formatDate, formatMoney, formatMonth, formatNumber } from "./index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README table row that documents a function. */
function rowOf(name: string): string {
  const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}(`));
  expect(row, `a table row for ${name}`).toBeDefined();
  return row ?? "";
}

describe("README", () => {
  it("starts with an install line and then an example", () => {
    const install = readme.indexOf("```sh\nnpm install @lac/en-gb-format\n```");
    expect(install).toBeGreaterThan(0);
    expect(readme.indexOf("```ts\n")).toBeGreaterThan(install);
  });

  it("names the errors the date functions throw", () => {
    const row = rowOf("formatDate");
    expect(row).toContain("`TypeError`");
    expect(row).toContain("`RangeError`");
    for (const format of [formatDate, formatMonth]) {
      expect(() => format(new Date() as unknown as string)).toThrow(TypeError);
      expect(() => format("2026-02-30")).toThrow(RangeError);
    }
  });

  it("names the error the number functions throw", () => {
    expect(rowOf("formatNumber")).toContain("`TypeError`");
    for (const format of [formatNumber, formatMoney]) {
      expect(() => format("8500" as unknown as number)).toThrow(TypeError);
      expect(() => format(Number.NaN)).toThrow(TypeError);
    }
  });

  it("names the errors of the date arithmetic", () => {
    const row = rowOf("addMonths");
    expect(row).toContain("`TypeError`");
    expect(row).toContain("the same errors as `formatDate`");
    for (const add of [addMonths, addDays]) {
      expect(() => add("2026-01-31", 1.5)).toThrow(TypeError);
      expect(() => add("2026-02-30", 1)).toThrow(RangeError);
      expect(() => add(undefined as unknown as string, 1)).toThrow(TypeError);
    }
  });
});
