// One test per finding of a data protection officer's legal review of the Welsh example council's pack
// (Cwm Teg), with the English example (Brackenford) where the finding applies to both nations.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { section, tableRow } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const brackenford = example("brackenford");
const plan = {
  wales: documentOf(cwmTeg, "implementation-plan.md"),
  england: documentOf(brackenford, "implementation-plan.md"),
};

describe("DPO review of the Welsh pack (law8)", () => {
  it("1. the plan's partners (section 9) give a GP practice's public authority status with its limits, and say what a GP practice is", () => {
    const partners = section(plan.wales, 9);
    expect(tableRow(partners, "Aberteg Medical Centre")).toContain(
      "| Yes, for its NHS services under a GMS or PMS contract (an APMS practice is not: confirm) |",
    );
    expect(partners).toContain(
      "**GP practices.** Aberteg Medical Centre is a controller in its own right for the information it holds about its patients, separate from the council and from NHS bodies such as the local health board",
    );
    expect(partners).toContain("the common law duty of confidentiality");
    expect(partners).toContain(
      "The duty of NHS bodies and local authorities to co-operate (National Health Service Act 2006 s.82) does not bind a GP practice, which is not an NHS body (s.275(1))",
    );
    const english = section(plan.england, 9);
    expect(english).toContain("from NHS bodies such as the integrated care board");
    // A partner that is not a GP practice keeps its plain "Yes" or "No".
    expect(tableRow(partners, "Cwm Teg University Health Board")).toContain("| Yes |");
    expect(tableRow(partners, "Cartrefi Cwm Teg")).toContain("| No |");
  });
});
