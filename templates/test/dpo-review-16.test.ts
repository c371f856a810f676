// One test per defect found reading the Hollinbrook DPIA as a council's data protection officer would
// (review 16).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

/** The council's configuration with its police partner's `receives` set. */
function policeReceiving(config: CouncilConfig, receives: readonly string[]): CouncilConfig {
  return {
    ...config,
    partners: config.partners.map((partner) =>
      partner.kind === "police" ? { ...partner, receives } : partner,
    ),
  } as CouncilConfig;
}

describe("the DPIA's police risk follows the direction of the police partner's flows", () => {
  it("says information from the police where the police only introduce people (Hollinbrook)", () => {
    const dpia = documentOf(example("hollinbrook"), "data-protection/dpia.md");
    const row = tableRow(part(dpia, "## Step 5"), "13");
    expect(row).toContain("| 13 | Information from the police, including criminal offence data");
    expect(row).not.toContain("from or to");
  });

  it("says from or to where the police also receive personal data from the programme", () => {
    const config = policeReceiving(example("hollinbrook"), ["whether an introduction was taken up"]);
    const row = tableRow(part(documentOf(config, "data-protection/dpia.md"), "## Step 5"), "13");
    expect(row).toContain("| 13 | Information from or to the police, including");
  });
});

describe("the DPIA's step 6 shows the residual likelihood and severity the residual risk is worked out from", () => {
  it("gives each measure's residual risk with its likelihood and severity of harm, in step 5's terms", () => {
    const measures = part(documentOf(example("hollinbrook"), "data-protection/dpia.md"), "## Step 6");
    expect(measures).toContain(
      "| # | Options to reduce or eliminate the risk | Effect on risk | Residual risk (likelihood, severity) | Measure approved |",
    );
    // Risk 4 (the case-note system): remote and severe once the measures are in place, so medium.
    expect(tableRow(measures, "4")).toContain("| reduced | medium (remote, severe) |");
    expect(tableRow(measures, "1")).toContain("| reduced | low (possible, minimal) |");
    // The narrow columns' lines to write on are short, so the measures keep the width in Word.
    expect(tableRow(measures, "1")).toMatch(/\| _{10} \|$/);
    expect(tableRow(measures, "14")).toMatch(/locally: _{20} \| _{10} \| _{10} \| _{10} \|$/);
  });
});

describe("the DPIA's sign-off says how long the ICO has to answer a prior consultation", () => {
  it("gives the eight weeks, and the extension of six, with Art 36(2)", () => {
    const signOff = part(documentOf(example("hollinbrook"), "data-protection/dpia.md"), "## Step 7");
    expect(tableRow(signOff, "Residual risks approved by")).toContain(
      "within eight weeks of receiving the request, a period it may extend by six weeks for complex processing (UK GDPR Art 36(2))",
    );
  });
});
