// Two points left from review 40 of the documents residents are given. (1) A council whose only partner
// that receives personal data is the police gave, in its Easy Read notice, the row "If you say yes, we may
// tell some organisations about you." with no organisation under it, before the rows on the police. (2)
// The Welsh Easy Read notice and the Welsh privacy notice each chose the Welsh notice's web address, or the
// English one's, in a template of their own; they now give the same value of the context (cy.privacyNoticeUrl).
import { type CouncilConfig, validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const EASY_READ = "data-protection/privacy-notice-easy-read.md";
const EASY_READ_CY = "data-protection/privacy-notice-easy-read.cy.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";

/** An example council with one partner, the police (its own, or one given), which receives personal data from the council. */
function policeOnly(name: string, given?: CouncilConfig["partners"][number]): CouncilConfig {
  const config = example(name);
  const police = given ?? config.partners.find((partner) => partner.kind === "police");
  if (police === undefined) throw new Error(`${name} has no police partner`);
  // Checked as lac checks it, which fills in the defaults.
  const checked = validateCouncilConfig({
    ...config,
    partners: [{ ...police, receives: ["concerns about people at risk, with the person's agreement"] }],
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors, null, 2));
  return checked.config;
}

describe("the Easy Read notice names the organisations the council may tell only when there are some", () => {
  it("has no row on organisations when the police are the only partner the council tells, in English", () => {
    const text = part(documentOf(policeOnly("brackenford"), EASY_READ), "## Who we share it with");
    expect(text).not.toContain("we may tell some organisations");
    expect(text).not.toContain("is one of them");
    expect(text).toContain(
      "| Picture: family and friends | If you say yes, we may tell people and groups you name. |\n" +
        "| Picture: a police badge | If you say yes, we may tell the police about you. |\n" +
        "| Picture: a police badge | The police here are called Brackenshire Police. |",
    );
  });

  it("has no row on organisations when the police are the only partner the council tells, in Welsh", () => {
    const police = {
      organisation: "Cwm Teg Police",
      welshName: "Heddlu Cwm Teg",
      kind: "police",
      icoRegistrationNumber: "ZZ999999",
    } as CouncilConfig["partners"][number];
    const text = documentOf(policeOnly("cwm-teg", police), EASY_READ_CY);
    expect(text).not.toContain("efallai y byddwn yn dweud wrth rai sefydliadau amdanoch");
    expect(text).not.toContain("yn un ohonynt");
    expect(text).toContain("| Llun: bathodyn heddlu | Enw'r heddlu yma yw Heddlu Cwm Teg. |");
  });

  it("still names the other organisations, and not the police, when the police are told too", () => {
    const config = policeOnly("brackenford");
    const others = example("brackenford").partners.filter((partner) => partner.kind !== "police");
    const text = part(
      documentOf({ ...config, partners: [...config.partners, ...others] }, EASY_READ),
      "## Who we share it with",
    );
    expect(text).toContain(
      "| Picture: a building | If you say yes, we may tell some organisations about you. |\n" +
        "| Picture: a building | Brackenford Borough Council Adult Social Care is one of them. |",
    );
    expect(text).not.toContain("Brackenshire Police is one of them");
  });
});

describe("the Welsh documents give one web address for the privacy notice", () => {
  const cwmTeg = example("cwm-teg");
  const welsh = cwmTeg.dataProtection.privacyNoticeUrlCy;
  const { privacyNoticeUrlCy: _, ...withoutWelsh } = cwmTeg.dataProtection;

  it.each([
    ["the Welsh notice's, when it is configured", cwmTeg, welsh],
    [
      "the English notice's, until the Welsh one's is added",
      { ...cwmTeg, dataProtection: withoutWelsh },
      cwmTeg.dataProtection.privacyNoticeUrl,
    ],
  ] as const)("%s", (_, config, url) => {
    expect(documentOf(config, EASY_READ_CY)).toContain(
      `| Llun: cyfrifiadur | Mae hi hefyd ar ein gwefan: <${url}>. |`,
    );
    expect(documentOf(config, NOTICE_CY)).toContain(`ac yn cyhoeddi'r fersiwn ddiweddaraf yn <${url}>.`);
  });
});
