// The DPIA's consultation table, read in Word (review 19): its blanks say how much each column asks for.
import { describe, expect, it } from "vitest";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const SHORT = "__________";
const LONG = "____________________";

/** The cells of the body rows of the DPIA's step 3 table. */
function consultationRows(name: string): string[][] {
  return part(documentOf(example(name), "data-protection/dpia.md"), "## Step 3")
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .slice(2)
    .map((line) =>
      line
        .slice(2, -2)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

describe("the DPIA's consultation table: a line to write on as long as what each column asks", () => {
  it.each(EXAMPLES)("%s: a long line for what each consultee said and what changed", (name) => {
    const rows = consultationRows(name);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row[2]).toBe(LONG);
  });

  it.each(EXAMPLES)(
    "%s: a short line for when and how each was consulted, where the pack leaves it blank",
    (name) => {
      const rows = consultationRows(name);
      for (const row of rows.slice(1)) expect(row[1]).toBe(SHORT);
      // The people supported and residents: the pack proposes when and how.
      expect(rows[0]![1]).toContain("community conversations");
    },
  );
});
