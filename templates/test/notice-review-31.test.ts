// Review 31 (the Easy Read privacy notice, read against the full notice: it must say no less on what matters to the
// person; UK GDPR Arts 13 and 14, and the ICO's guidance on the right to be informed, which asks for clear and plain
// language for children and people with learning disabilities).
import type { CouncilConfig } from "@lac/council";
import { validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";
import { englishRuns, missingMutations, NAMES_SAME_IN_WELSH, unknownWelshWords } from "./welsh-text.js";

/** One of the privacy notices (`privacy-notice`, `privacy-notice-easy-read`, `….cy`) of a configuration, checked first as `lac` checks it. */
function notice(config: CouncilConfig, name: string): string {
  const checked = validateCouncilConfig(config);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors, null, 2));
  return documentOf(checked.config, `data-protection/${name}.md`);
}

/** The council with no partner passing information to it: only the partners it passes information to, sharing nothing. */
function withoutSources(name: string): CouncilConfig {
  const config = example(name);
  const partners = config.partners
    .filter((partner) => (partner.receives ?? []).length > 0)
    .map((partner) => ({
      ...partner,
      shares: [],
      anonymised: partner.anonymised.filter((flow) => flow !== "shares"),
    }));
  return { ...config, partners };
}

/** The Welsh notices have only Welsh words, no English left in them, and the mutations they need. */
function expectGoodWelsh(config: CouncilConfig, ...texts: string[]): void {
  const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
  for (const text of texts) {
    expect(unknownWelshWords(text, allowed)).toEqual([]);
    expect(englishRuns(text, allowed)).toEqual([]);
    expect(missingMutations(text, configTexts(config), NAMES_SAME_IN_WELSH)).toEqual([]);
  }
}

// UK GDPR Art 14(2)(f): from which source the personal data originate. The full notice (section 14) says that
// some comes from an organisation that introduced the person, or from family, friends or others, names the
// organisations that may introduce them, and says the coordinator tells them what they were told (Art 14(3)(b)).
describe("finding 1: the Easy Read says where information comes from when someone else tells us", () => {
  const FAMILY = "| Picture: family and friends | Sometimes your family or friends tell us about you. |";
  const TOLD =
    "| Picture: a person talking | Your coordinator will tell you what they were told about you. |";

  it("names each organisation that may introduce the person, once", () => {
    const written = part(notice(example("stanmoor"), "privacy-notice-easy-read"), "## What we write down");
    for (const organisation of [
      "Stanmoor Teaching Hospitals NHS Foundation Trust",
      "Stanmoor Community Housing",
      "Greater Stanmoor Police",
      "Greater Stanmoor Fire and Rescue Service",
      "Voluntary Action Stanmoor",
    ])
      expect(written).toContain(
        `| Picture: a building | ${organisation} may tell us about you, if you say yes. |`,
      );
    expect(written).toContain(FAMILY);
    expect(written).toContain(TOLD);
    // A GP surgery has its own rows already: not named twice.
    const brackenford = part(
      notice(example("brackenford"), "privacy-notice-easy-read"),
      "## What we write down",
    );
    expect(brackenford.split("Northfield Medical Practice").length - 1).toBe(1);
  });

  it("says a service may tell us, family and friends too, where no partner passes information", () => {
    const written = part(
      notice(withoutSources("stanmoor"), "privacy-notice-easy-read"),
      "## What we write down",
    );
    expect(written).toContain(
      "| Picture: a letter from a service | Sometimes a service tells us about you. |",
    );
    expect(written).toContain(FAMILY);
    expect(written).toContain(TOLD);
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const cyEasy = notice(config, "privacy-notice-easy-read.cy");
    const written = part(cyEasy, "## Beth rydym yn ei ysgrifennu");
    expect(written).toContain(
      "| Llun: adeilad | Mae Cartrefi Cwm Teg yn gallu dweud wrthym amdanoch chi, os ydych yn dweud ie. |",
    );
    expect(written).toContain(
      "| Llun: teulu a ffrindiau | Weithiau mae eich teulu neu eich ffrindiau yn dweud wrthym amdanoch chi. |",
    );
    expect(written).toContain(
      "| Llun: person yn siarad | Bydd eich cydlynydd yn dweud wrthych beth a ddywedwyd wrtho amdanoch. |",
    );
    const without = notice(withoutSources("cwm-teg"), "privacy-notice-easy-read.cy");
    expect(part(without, "## Beth rydym yn ei ysgrifennu")).toContain(
      "| Llun: llythyr gan wasanaeth | Weithiau mae gwasanaeth yn dweud wrthym amdanoch chi. |",
    );
    expectGoodWelsh(config, cyEasy);
  });
});

// The full notice (section 11): "Some rights apply only in some circumstances; we will tell you if one does not
// apply." (UK GDPR Arts 17(3), 18, 21(1): erasure, restriction and objection are qualified.)
/** The English Easy Read of `name` has `english` under its rights, and Cwm Teg's Welsh one has `welsh`, in good Welsh. */
function expectRightsRows(name: string, english: string, welsh: string): void {
  expect(part(notice(example(name), "privacy-notice-easy-read"), "## Your rights")).toContain(english);
  const config = example("cwm-teg");
  const cyEasy = notice(config, "privacy-notice-easy-read.cy");
  expect(part(cyEasy, "## Eich hawliau")).toContain(welsh);
  expectGoodWelsh(config, cyEasy);
}

describe("finding 2: the Easy Read says some rights apply only sometimes", () => {
  it("in English and in Welsh", () => {
    expectRightsRows(
      "stanmoor",
      "| Picture: a question mark | Sometimes you cannot use one of these rights. |\n| Picture: a person talking | We will tell you if you cannot use one. |",
      "| Llun: marc cwestiwn | Weithiau ni allwch ddefnyddio un o'r hawliau hyn. |\n| Llun: person yn siarad | Byddwn yn dweud wrthych os na allwch ddefnyddio un. |",
    );
  });
});

// UK GDPR Arts 22A–22D (inserted by DUAA 2025 s.80); the full notice (sections 11 and 16) says the council makes
// no decision about the person by computer alone. The Easy Read said nothing of it.
describe("finding 3: the Easy Read says no computer decides about the person", () => {
  it("in English and in Welsh", () => {
    expectRightsRows(
      "brackenford",
      "| Picture: a computer | We do not let a computer decide things about you on its own. |",
      "| Llun: cyfrifiadur | Nid ydym yn gadael i gyfrifiadur benderfynu pethau amdanoch ar ei ben ei hun. |",
    );
  });
});

// UK GDPR Art 7(3): consent can be withdrawn, as easily as it was given. The full notice (section 12) names the
// partners that rely on explicit consent (Art 9(2)(a)) and says the person can take it back with that organisation.
describe("finding 4: the Easy Read says consent given to a partner can be taken back with that partner", () => {
  const CHANGE = [
    "| Picture: a person changing their mind | You can change your mind about that too. |",
    "| Picture: a stop sign | Tell your coordinator, or the organisation you said yes to. |",
  ];

  it("names each partner that relies on explicit consent, and only where there is one", () => {
    const changing = part(
      notice(example("brackenford"), "privacy-notice-easy-read"),
      "## Changing your mind",
    );
    for (const organisation of [
      "Brackenford Homes",
      "Brackenford Council for Voluntary Service",
      "Brackenford Credit Union",
    ])
      expect(changing).toContain(`| Picture: a building | ${organisation} is one of them. |`);
    expect(changing).toContain(
      "| Picture: a building | Some organisations use private things about you, like your health, if you say yes. |",
    );
    for (const row of CHANGE) expect(changing).toContain(row);
    const config = example("brackenford");
    const publicBodies = config.partners.filter(
      (partner) => !["housing-association", "charity", "company"].includes(partner.kind),
    );
    const without = part(
      notice({ ...config, partners: publicBodies }, "privacy-notice-easy-read"),
      "## Changing your mind",
    );
    expect(without).not.toContain(CHANGE[0]);
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const cyEasy = notice(config, "privacy-notice-easy-read.cy");
    const changing = part(cyEasy, "## Newid eich meddwl");
    expect(changing).toContain(
      "| Llun: adeilad | Mae rhai sefydliadau yn defnyddio pethau preifat amdanoch chi, fel eich iechyd, os ydych yn dweud ie. |\n| Llun: adeilad | Mae Cartrefi Cwm Teg yn un ohonynt. |",
    );
    expect(changing).toContain(
      "| Llun: person yn newid ei feddwl | Gallwch newid eich meddwl am hynny hefyd. |\n| Llun: arwydd stop | Dywedwch wrth eich cydlynydd, neu wrth y sefydliad y dywedoch ie wrtho. |",
    );
    expectGoodWelsh(config, cyEasy);
  });
});

// UK GDPR Art 14(2)(f): "and if applicable, whether it came from publicly accessible sources". The configuration
// does not say, so the full notice leaves a blank for the council.
describe("finding 5: the full notice asks the council whether any information comes from public sources", () => {
  it("in English and in Welsh", () => {
    const en = notice(example("stanmoor"), "privacy-notice");
    expect(part(en, "## 14. ")).toContain(
      '____________________ (say whether any of the information comes from sources open to the public, for example: "None of it comes from public sources, such as public registers or social media." If some does, name them.)',
    );
    const config = example("cwm-teg");
    const cy = notice(config, "privacy-notice.cy");
    expect(part(cy, "## 14. ")).toContain(
      "____________________ (dywedwch a oes unrhyw ran o'r wybodaeth yn dod o ffynonellau sy'n agored i'r cyhoedd, er enghraifft: \"Nid oes dim ohoni yn dod o ffynonellau cyhoeddus, fel cofrestrau cyhoeddus neu'r cyfryngau cymdeithasol.\" Os oes peth yn dod oddi yno, enwch nhw.)",
    );
    expectGoodWelsh(config, cy);
  });
});
