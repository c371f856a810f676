// Review 30 (the privacy notices, read as the person supported and as the council's data protection officer).
import type { CouncilConfig } from "@lac/council";
import { validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { example, render } from "./examples.js";
import { part } from "./markdown-sections.js";
import { englishRuns, missingMutations, NAMES_SAME_IN_WELSH, unknownWelshWords } from "./welsh-text.js";

type Partner = CouncilConfig["partners"][number];

/** The four notices of a configuration, checked first as `lac` checks it (which fills in the defaults). */
function notices(config: CouncilConfig): { en: string; cy?: string; enEasy: string; cyEasy?: string } {
  const checked = validateCouncilConfig(config);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors, null, 2));
  const documents = new Map(render(checked.config).map((document) => [document.path, document.content]));
  return {
    en: documents.get("data-protection/privacy-notice.md")!,
    cy: documents.get("data-protection/privacy-notice.cy.md"),
    enEasy: documents.get("data-protection/privacy-notice-easy-read.md")!,
    cyEasy: documents.get("data-protection/privacy-notice-easy-read.cy.md"),
  };
}

/** Stanmoor's police partner, with what it receives from the council and what it shares set by `flows`. */
function stanmoorPolice(flows: Partial<Pick<Partner, "shares" | "receives">>): Partner {
  const police = example("stanmoor").partners.find((partner) => partner.kind === "police")!;
  return { ...police, ...flows };
}

const RECEIVES = { receives: ["whether an introduction was taken up, with the person's agreement"] };

/** The council with the police partner of Stanmoor added to its partners (or put in place of its own). */
function withPolice(name: string, police: Partner): CouncilConfig {
  const config = example(name);
  const others = config.partners.filter((partner) => partner.kind !== "police");
  return { ...config, partners: [...others, police] };
}

const policeLine = (notice: string): string =>
  part(notice, "## 5. ")
    .split("\n")
    .find((line) => line.startsWith("- Greater Stanmoor Police"))!;
const policeLineCy = (notice: string): string =>
  part(notice, "## 5. ")
    .split("\n")
    .find((line) => line.startsWith("- Mae Heddlu Stanmoor Fwyaf"))!;

// DPA 2018 s.31 (the law enforcement purposes), s.35(2): processing for a law enforcement purpose is lawful
// only if and to the extent that it is based on law and either the person consented to it for that purpose or
// it is necessary for a task carried out for that purpose by a competent authority. UK GDPR Art 13(1)(e): the
// recipients; the agreement (partials/law-enforcement.hbs) says the police receive for the sharing's purposes.
describe("finding 1: the police's receiving side", () => {
  const ENGLISH =
    "If you agree, we may also pass information about you to it (section 8). It uses that information for the reasons you agreed to. It may use it for another reason, such as preventing, investigating or detecting crime, or prosecuting offenders, only as the rules in Data Protection Act 2018 Part 3 allow: only if the law allows it and either you have agreed to that use or it is needed for a task the police carry out for that reason (Data Protection Act 2018 s.35(2)).";

  it("tells the person, under the lawful basis, that the police receive it and may use it to fight crime only as s.35(2) allows", () => {
    const { en } = notices(withPolice("stanmoor", stanmoorPolice({ ...RECEIVES })));
    const line = policeLine(en);
    expect(line).toContain(` ${ENGLISH}`);
    // It still discloses: the s.36(4) sentence stays.
    expect(line).toContain("(Data Protection Act 2018 s.36(4))");
    expect(part(en, "## 8. ")).toContain("- Greater Stanmoor Police: Police force");
  });

  it("says only the receiving side for police that only receive, and neither for police that only disclose", () => {
    const only = policeLine(notices(withPolice("stanmoor", stanmoorPolice({ shares: [], ...RECEIVES }))).en);
    expect(only).toContain(ENGLISH);
    expect(only).not.toContain("s.36(4)");
    const disclosing = policeLine(notices(example("stanmoor")).en);
    expect(disclosing).not.toContain("s.35(2)");
  });

  it("says it in Easy Read, one idea to a row, only when the police receive", () => {
    const ROWS = [
      "| Picture: a police badge | If you say yes, we may tell the police about you. |",
      "| Picture: a police badge | The police here are called Greater Stanmoor Police. |",
      "| Picture: a person choosing | The police use it for what you said yes to. |",
      "| Picture: a law book | They can use it to deal with a crime only if the law says they can. |",
    ];
    const { enEasy } = notices(withPolice("brackenford", stanmoorPolice({ ...RECEIVES })));
    const sharing = part(enEasy, "## Who we share it with");
    for (const row of ROWS) expect(sharing).toContain(row);
    expect(notices(example("stanmoor")).enEasy).not.toContain(ROWS[0]);
  });

  it("says both in Welsh, for a Welsh council, in good Welsh", () => {
    const police = { ...stanmoorPolice({ ...RECEIVES }), welshName: "Heddlu Stanmoor Fwyaf" };
    const config = withPolice("cwm-teg", police);
    const { cy, cyEasy } = notices(config);
    const line = policeLineCy(cy!);
    expect(line).toContain(
      " Os byddwch yn cytuno, gallwn hefyd drosglwyddo gwybodaeth amdanoch iddo (adran 8). Mae'n defnyddio'r wybodaeth honno ar gyfer y rhesymau y gwnaethoch gytuno iddynt. Dim ond fel y mae'r rheolau yn Neddf Diogelu Data 2018 Rhan 3 yn caniatáu y caiff ei defnyddio am reswm arall, fel atal trosedd, ymchwilio iddi neu ei chanfod, neu erlyn troseddwyr: dim ond os yw'r gyfraith yn caniatáu hynny, a naill ai eich bod wedi cytuno i'r defnydd hwnnw neu fod ei angen ar gyfer tasg y mae'r heddlu yn ei chyflawni am y rheswm hwnnw (Deddf Diogelu Data 2018 adran 35(2)).",
    );
    const sharing = part(cyEasy!, "## Gyda phwy rydym yn ei rhannu");
    for (const row of [
      "| Llun: bathodyn heddlu | Os byddwch yn dweud ie, efallai y byddwn yn dweud wrth yr heddlu amdanoch. |",
      "| Llun: bathodyn heddlu | Enw'r heddlu yma yw Heddlu Stanmoor Fwyaf. |",
      "| Llun: person yn dewis | Mae'r heddlu yn ei defnyddio ar gyfer yr hyn y dywedoch ie iddo. |",
      "| Llun: llyfr cyfraith | Dim ond os yw'r gyfraith yn dweud y cânt y gallant ei defnyddio i ddelio â throsedd. |",
    ])
      expect(sharing).toContain(row);
    const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
    for (const text of [cy!, cyEasy!]) {
      expect(unknownWelshWords(text, allowed)).toEqual([]);
      expect(englishRuns(text, allowed)).toEqual([]);
      expect(missingMutations(text, configTexts(config), NAMES_SAME_IN_WELSH)).toEqual([]);
    }
  });
});

// UK GDPR Art 13(2)(b) and 14(2)(c): the notice tells the person of the right to data portability. Art 20(1):
// it applies only to information the person provided, processed on consent (Art 6(1)(a) or 9(2)(a)) or a
// contract, by automated means; Art 20(3): not to processing for a task in the public interest. The agreements
// say the same (partials/individual-rights.hbs); the notice, which says it covers every item, was silent.
describe("finding 2: the right to data portability", () => {
  const COUNCIL =
    "You do not have the right to data portability (to get the information you gave us in a form a computer can read, to move it to another organisation) for our use of your information: it applies only to information used with your consent or under a contract, and not to a public body's public tasks (UK GDPR Art 20(1) and (3)).";

  it("says it does not apply to the council's use, and where it can apply to a partner that relies on explicit consent", () => {
    const rights = part(notices(example("brackenford")).en, "## 11. ");
    expect(rights).toContain(COUNCIL);
    expect(rights).toContain(
      " It can apply to information about your health or other sensitive information that you gave Brackenford Homes, Brackenford Council for Voluntary Service or Brackenford Credit Union, which they use with your explicit consent, if they keep it on a computer: ask them.",
    );
  });

  it("says only the council's part where no partner relies on explicit consent", () => {
    const config = example("brackenford");
    const publicBodies = config.partners.filter(
      (partner) => !["housing-association", "charity", "company"].includes(partner.kind),
    );
    const rights = part(notices({ ...config, partners: publicBodies }).en, "## 11. ");
    expect(rights).toContain(COUNCIL);
    expect(rights).not.toContain("It can apply to information");
  });

  it("says it in Welsh", () => {
    const rights = part(notices(example("cwm-teg")).cy!, "## 11. ");
    expect(rights).toContain(
      "Nid oes gennych hawl i gludadwyedd data (cael yr wybodaeth a roesoch i ni mewn ffurf y gall cyfrifiadur ei darllen, i'w symud i sefydliad arall) ar gyfer ein defnydd ni o'ch gwybodaeth: dim ond i wybodaeth a ddefnyddir gyda'ch cydsyniad neu o dan gontract y mae'n berthnasol, nid i dasgau cyhoeddus corff cyhoeddus (Erthygl 20(1) a (3) GDPR y DU).",
    );
  });
});

// UK GDPR Art 13(2)(e): whether the person must give the information. The full notice says so (section 15);
// the Easy Read, which the person reads, did not tell them that they need tell the coordinator nothing.
describe("finding 3: the Easy Read tells the person they need not tell us anything", () => {
  it("in English and in Welsh", () => {
    const { enEasy } = notices(example("stanmoor"));
    const { cyEasy } = notices(example("cwm-teg"));
    expect(part(enEasy, "## What we write down")).toContain(
      "| Picture: a person thinking | You do not have to tell us anything. |\n| Picture: a person choosing | You choose what to talk about. |",
    );
    expect(part(cyEasy!, "## Beth rydym yn ei ysgrifennu")).toContain(
      "| Llun: person yn meddwl | Nid oes rhaid i chi ddweud dim wrthym. |\n| Llun: person yn dewis | Chi sy'n dewis beth i siarad amdano. |",
    );
  });
});

// Easy Read: no legal term without its meaning. "The Information Commission, called the ICO" and "a public
// body" were named and not explained (the Information Commission is the regulator: DUAA 2025 Part 5).
describe("finding 4: the Easy Read says what the ICO and a public body are", () => {
  it("in English", () => {
    const { enEasy } = notices(example("stanmoor"));
    expect(part(enEasy, "## Who to talk to")).toContain(
      "| Picture: the ICO logo | The ICO checks that organisations follow the law about information. |",
    );
    expect(part(enEasy, "## Who we share it with")).toContain(
      "| Picture: a council building | A public body is an organisation like the council, the NHS or the police. |",
    );
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const { cyEasy } = notices(config);
    expect(part(cyEasy!, "## Gyda phwy i siarad")).toContain(
      "| Llun: logo Swyddfa'r Comisiynydd Gwybodaeth | Mae Swyddfa'r Comisiynydd Gwybodaeth yn gwirio bod sefydliadau'n dilyn y gyfraith am wybodaeth. |",
    );
    expect(part(cyEasy!, "## Gyda phwy rydym yn ei rhannu")).toContain(
      "| Llun: adeilad y cyngor | Mae corff cyhoeddus yn sefydliad fel y cyngor, y GIG neu'r heddlu. |",
    );
    const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
    expect(unknownWelshWords(cyEasy!, allowed)).toEqual([]);
  });
});
