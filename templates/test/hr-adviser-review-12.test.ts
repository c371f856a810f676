// One test per defect an HR adviser found reading the implementation plan, the role descriptions and
// the community recruitment panel guide as they prepare the posts for job evaluation and recruitment
// (review 12).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const timeline = (name: string) => part(documentOf(example(name), "implementation-plan.md"), "## 5.");

/** The timeline's table rows whose phase name starts with `name`. */
function phaseRows(text: string, name: string): readonly string[] {
  return text
    .split("\n")
    .filter((line) => /^\| \d+ \| /.test(line) && line.split(" | ")[1]!.startsWith(name));
}

describe("a later wave's job evaluation phase says what the plan's text says: HR checks the grades still fit", () => {
  it("in stanmoor, which starts its neighbourhoods in waves", () => {
    const rows = phaseRows(timeline("stanmoor"), "Job evaluation and DBS level");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toContain("(wave 1)");
    expect(rows[0]).toContain("HR evaluates the two role descriptions");
    for (const row of rows.slice(1)) {
      expect(row).not.toContain("HR evaluates");
      expect(row).toContain(
        "HR checks that the grades set for the posts, and the level of DBS check, still fit the duties",
      );
      expect(row).toContain("the advert is finished");
    }
  });

  it("and with one wave the phase is the full job evaluation", () => {
    const rows = phaseRows(timeline("kingsmere"), "Job evaluation and DBS level");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("HR evaluates the two role descriptions");
  });
});
