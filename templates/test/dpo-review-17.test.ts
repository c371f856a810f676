// One test per defect found reading the Hollinbrook DPIA as a council's data protection officer would
// (review 17).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const dpia = () => documentOf(example("hollinbrook"), "data-protection/dpia.md");

describe("the DPIA's introduction says what every blank is for, whatever its length", () => {
  it("speaks of every line to write on, long or short, as step 6's narrow columns have short ones", () => {
    const document = dpia();
    const introduction = document.slice(0, document.indexOf("## Step 1"));
    // The premise: step 6 has short blanks, and the Word writer shortens others in narrow columns.
    expect(part(document, "## Step 6")).toMatch(/\| _{10} \|/);
    expect(introduction).toContain(
      "every line to write on, long or short (`____________________`, `__________`), is for the council to complete",
    );
    expect(introduction).not.toContain("every `____________________` is for the council");
  });
});

describe("the DPIA's invisible-processing item says what applies to this programme, in the ICO's terms", () => {
  const item = () =>
    part(dpia(), "## Step 1")
      .split("\n")
      .find((line) => line.startsWith("- **Invisible processing"))!;

  it("gives the ICO's definition: not obtained from the person, where telling them is judged impossible or a disproportionate effort", () => {
    expect(item()).toContain(
      "information not obtained from the person it is about, where the controller considers telling them impossible or a disproportionate effort, UK GDPR Art 14(5)(e)",
    );
  });

  it("says introductions are not invisible processing when the person is told at first contact (Art 14(3)(b)), and leaves the network to the DPO", () => {
    expect(item()).toContain("not for introductions and other information about the person supported");
    expect(item()).toContain("at first contact (Art 14(3)(b))");
    expect(item()).toMatch(/family members, friends and others in their network[^|]*: _{20}\.$/);
    // It no longer says, of everything partners and family members give, that the person may not have been told.
    expect(item()).not.toContain("about people who may not have been told");
  });
});
