// The Welsh-language documents of a Welsh council's pack: spelling with a real Welsh dictionary, the
// glossary's terms, no English left in Welsh text, honest draft notices, and the bilingual layouts.
import type { CouncilConfig } from "@lac/council";
import { renderPack, WELSH_PRINCIPLES, WELSH_TERMS } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { configTexts } from "./config-texts.js";
import { example, render } from "./examples.js";
import { englishRuns, NAMES_SAME_IN_WELSH, unknownWelshWords } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");
/** The configuration's names, and the glossary's proper names, which are the same in Welsh (Community Catalysts). */
const welshAllowedTexts = [...configTexts(cwmTeg), ...NAMES_SAME_IN_WELSH];
const withLayout = (layout: CouncilConfig["output"]["bilingualLayout"]): CouncilConfig => ({
  ...cwmTeg,
  output: { ...cwmTeg.output, bilingualLayout: layout },
});

/** The Welsh documents the bundled templates write, by the path of the English document each translates. */
const WELSH_PAIRS = {
  "data-protection/privacy-notice.md": "data-protection/privacy-notice.cy.md",
  "data-protection/privacy-notice-easy-read.md": "data-protection/privacy-notice-easy-read.cy.md",
  "data-protection/agreement-to-share-form.md": "data-protection/agreement-to-share-form.cy.md",
  "roles/local-area-coordinator.md": "roles/local-area-coordinator.cy.md",
  "roles/team-manager.md": "roles/team-manager.cy.md",
  "roles/community-recruitment-panel-guide.md": "roles/community-recruitment-panel-guide.cy.md",
} as const;

describe("a Welsh council's pack with output.languages [en, cy]", () => {
  const documents = render(cwmTeg);
  const welsh = documents.filter((document) => document.language === "cy");

  it("has the Welsh documents beside the English ones, and keeps the others in English", () => {
    expect(welsh.map((document) => document.path).sort()).toEqual(Object.values(WELSH_PAIRS).sort());
    for (const path of Object.keys(WELSH_PAIRS)) expect(documents.map((d) => d.path)).toContain(path);
    for (const path of ["implementation-plan.md", "data-protection/dpia.md"]) {
      expect(documents.find((d) => d.path === path)?.language).toBe("en");
    }
  });

  it("spells every word of every Welsh document as the Welsh dictionary does, except the configuration's names", () => {
    for (const document of welsh) {
      expect(unknownWelshWords(document.content, welshAllowedTexts), document.path).toEqual([]);
    }
  });

  it("leaves no English sentence in a Welsh document", () => {
    for (const document of welsh) {
      expect(englishRuns(document.content, welshAllowedTexts), document.path).toEqual([]);
    }
  });

  it("says in Welsh and in English that each Welsh document is a draft translation for the translation service", () => {
    for (const document of welsh) {
      expect(document.draftTranslation, document.path).toBe(true);
      expect(document.content, document.path).toContain("**Cyfieithiad drafft.**");
      expect(document.content, document.path).toContain("Rhaid i wasanaeth cyfieithu'r cyngor ei gwirio");
      expect(document.content, document.path).toContain("**Draft translation.**");
      expect(document.content, document.path).toContain("The council's translation service must check it");
    }
  });

  it("uses the glossary's terms exactly, and the Welsh names of the principles", () => {
    const text = welsh.map((document) => document.content).join("\n");
    const used = [
      "localAreaCoordination",
      "localAreaCoordinator",
      "localAreaCoordinators",
      "agreementToShare",
      "dataProtectionOfficer",
      "lawfulBasis",
      "privacyNotice",
      "informationCommissionersOffice",
    ] as const;
    for (const key of used) expect(text, key).toContain(WELSH_TERMS[key].cy);
    const role = welsh.find((document) => document.path === "roles/local-area-coordinator.cy.md")!;
    for (const principle of WELSH_PRINCIPLES) expect(role.content).toContain(`**${principle.cy}.**`);
    // No free translation of the same ideas beside the glossary's.
    expect(text).not.toMatch(/Cydgysylltydd|Cydgysylltu Ardal|Swyddog Gwarchod Data|sail gyfreithiol\b/);
  });

  it("writes the Welsh names of the council, neighbourhoods and partners, and dates and numbers as cy-GB does", () => {
    const notice = welsh.find((document) => document.path === "data-protection/privacy-notice.cy.md")!;
    expect(notice.content).toContain("Cyngor Bwrdd Sirol Cwm Teg (ffuglennol)");
    expect(notice.content).toContain("Bwrdd Iechyd Prifysgol Cwm Teg");
    expect(notice.content).not.toContain("Cwm Teg University Health Board");
    expect(notice.content).toContain("19 Mehefin 2026");
    const guide = welsh.find(
      (document) => document.path === "roles/community-recruitment-panel-guide.cy.md",
    )!;
    expect(guide.content).toContain("**Pen-y-Bryn a Thŷ Gwyn**");
    expect(guide.content).toContain("tua 18,200 o bobl");
  });

  it("lists the Welsh documents in the index for the translation service", () => {
    const index = documents.find((document) => document.path === "README.md")!;
    expect(index.content).toContain("## Welsh documents: for the council's translation service");
    for (const path of Object.values(WELSH_PAIRS)) {
      expect(index.content).toContain(`(${path}) (Cymraeg)`);
      // A checklist entry: a link, which the Word and HTML files rewrite to their own files.
      expect(index.content).toContain(`](${path})\n`);
    }
  });
});

describe("the checks of Welsh text can fail", () => {
  it("finds an English word, and a misspelt Welsh one, that are not the configuration's names", () => {
    expect(unknownWelshWords("Mae'r cyngor yn cadw gwybodaeth amdanoch.", [])).toEqual([]);
    expect(unknownWelshWords("Mae'r cyngor yn keeps gwybodaeth amdanoch chwi gwybodeth.", [])).toEqual([
      "gwybodeth",
      "keeps",
    ]);
    expect(unknownWelshWords("Mae Brackenford yn gyngor.", ["Brackenford Borough Council"])).toEqual([]);
  });

  it("finds an English sentence left in Welsh text, but not Welsh words that look English", () => {
    expect(
      englishRuns("Mae'r cyngor yn cadw gwybodaeth. We keep your information for six years.", []),
    ).toEqual(["We keep your information for six years"]);
    expect(englishRuns("Gallwch gwyno at y cyngor, a gall y tîm eich helpu.", [])).toEqual([]);
  });
});

describe("missing Welsh names", () => {
  it("writes the English name, marked, where the configuration gives no Welsh name", () => {
    const config: CouncilConfig = {
      ...cwmTeg,
      council: { ...cwmTeg.council, welshName: undefined },
      neighbourhoods: cwmTeg.neighbourhoods.map((neighbourhood) => ({
        ...neighbourhood,
        welshName: undefined,
      })),
    };
    const guide = render(config).find((d) => d.path === "roles/community-recruitment-panel-guide.cy.md")!;
    expect(guide.content).toContain(
      '<span lang="en-GB">Cwm Teg County Borough Council (fictional)</span> (enw Saesneg)',
    );
    expect(guide.content).toContain('**<span lang="en-GB">Pen-y-Bryn and Tŷ Gwyn</span> (enw Saesneg)**');
  });
});

describe.each(["welsh-first", "side-by-side"] as const)("one bilingual document per pair (%s)", (layout) => {
  const documents = render(withLayout(layout));

  it("writes each pair as one document at the English path, marked Welsh first, and no separate Welsh file", () => {
    for (const [english, welshPath] of Object.entries(WELSH_PAIRS)) {
      expect(documents.map((d) => d.path)).not.toContain(welshPath);
      const document = documents.find((d) => d.path === english)!;
      expect(document.language).toBe("cy");
      expect(document.bilingual).toBe(layout);
      expect(document.content).toContain(`<!-- lac:bilingual ${layout} -->`);
      expect(document.content.match(/^# /gm)).toHaveLength(1);
      expect(document.content.indexOf("<!-- lac:lang cy -->")).toBeLessThan(
        document.content.indexOf("<!-- lac:lang en -->"),
      );
    }
  });

  it("keeps the Welsh parts free of unknown words and English sentences", () => {
    for (const path of Object.keys(WELSH_PAIRS)) {
      const document = documents.find((d) => d.path === path)!;
      expect(unknownWelshWords(document.content, welshAllowedTexts), path).toEqual([]);
      expect(englishRuns(document.content, welshAllowedTexts), path).toEqual([]);
    }
  });
});

describe("output.welshAlso", () => {
  it("lists a document asked for in Welsh that has no Welsh template for translation, with a warning", () => {
    const result = renderPack({ ...cwmTeg, output: { ...cwmTeg.output, welshAlso: ["dpia"] } }, templateSet);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map((warning) => warning.code)).toEqual(["welsh-template-missing"]);
    const index = result.documents.find((document) => document.path === "README.md")!;
    expect(index.content).toMatch(
      /no Welsh template: the translation service translates these from the English\.\n\n- \[ \] \[[^\]]+\]\(data-protection\/dpia\.md\)\n/,
    );
  });
});
