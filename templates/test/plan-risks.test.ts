// The implementation plan's table of risks (section 12), in words a leadership group reads without a glossary.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const risks = (config: CouncilConfig) => part(documentOf(config, "implementation-plan.md"), "## 12. Risks");

describe("the plan's risk of information shared without the person's agreement", () => {
  const risk = "Information shared without the person's agreement";

  it("says what reduces it plainly: the coordinator agrees with the person first, and exceptions are recorded", () => {
    for (const name of EXAMPLES) {
      expect(tableRow(risks(example(name)), risk), name).toBe(
        `| ${risk} | Coordinators agree with the person what is shared, with whom and how, before anything is shared; exceptions only as recorded; the rules of section 10 |`,
      );
    }
  });

  it("points to section 10, not to data-sharing documents, which a council with no partners has none of", () => {
    const wendleshire = example("wendleshire");
    const noPartners: CouncilConfig = { ...wendleshire, partners: [] };
    const row = tableRow(risks(noPartners), risk);
    expect(row).not.toContain("data-sharing documents");
    expect(row).toContain("section 10");
  });
});
