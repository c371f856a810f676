// One test per defect found reading the agreement-to-share form, the implementation plan and the DPIA as the
// council's implementation lead would (review 19).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { tableRow } from "./markdown-sections.js";

const PLAN = "implementation-plan.md";

describe("the plan's header gives the council's type with a capital", () => {
  it("writes the type with a capital in its row, and in lower case mid-sentence", () => {
    const plan = documentOf(example("brackenford"), PLAN);
    expect(tableRow(plan, "Council type")).toBe("| Council type | Unitary council |");
    expect(plan).toContain("Brackenford Borough Council (fictional) is a unitary council:");
    expect(tableRow(documentOf(example("kingsmere"), PLAN), "Council type")).toBe(
      "| Council type | London borough council |",
    );
    expect(tableRow(documentOf(example("cwm-teg"), PLAN), "Council type")).toBe(
      "| Council type | Welsh principal council |",
    );
  });
});
