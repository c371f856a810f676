// The mutations of the Welsh documents: the fixed text is mutated as Welsh grammar requires, and the
// configured names (which the templates never mutate) are placed where no mutation is needed.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { example, render, withoutWelshNames } from "./examples.js";
import { missingMutations, NAMES_SAME_IN_WELSH } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");
const withLayout = (layout: CouncilConfig["output"]["bilingualLayout"]): CouncilConfig => ({
  ...cwmTeg,
  output: { ...cwmTeg.output, bilingualLayout: layout },
});
/** The glossary's proper names, which are the same in Welsh (Community Catalysts) and not mutated. */

describe.each([
  ["Cwm Teg", cwmTeg],
  ["Cwm Teg without Welsh names", withoutWelshNames(cwmTeg)],
  ["Cwm Teg, welsh-first", withLayout("welsh-first")],
  ["Cwm Teg, side-by-side", withLayout("side-by-side")],
] as const)("the Welsh documents of %s", (_label, config) => {
  const welsh = render(config).filter((document) => document.language === "cy");

  it("mutate the fixed text after am, i, o, neu, a, gyda, y and the rest, and place no name after them", () => {
    expect(welsh.length).toBe(6);
    for (const document of welsh) {
      expect(
        missingMutations(document.content, configTexts(config), NAMES_SAME_IN_WELSH),
        document.path,
      ).toEqual([]);
    }
  });
});

describe("the earlier review's mutation errors", () => {
  const text = (path: string) => render(cwmTeg).find((document) => document.path === path)!.content;

  it("are corrected in the fixed text", () => {
    const manager = text("roles/team-manager.cy.md");
    expect(manager).toContain("yn arwain tîm y Cydlynwyr Ardal Leol");
    expect(manager).toContain("ac am bryd i weithredu ar bryder");
    expect(manager).toContain("| Profiad o ddull Cydlynu Ardal Leol neu ddull tebyg |");
    const notice = text("data-protection/privacy-notice.cy.md");
    expect(notice).toContain("Mae gennych hawl i:\n\n- gael gwybod sut");
    expect(notice).toContain("- ofyn i ni ddileu eich gwybodaeth");
    expect(notice).toContain("- wrthwynebu'r ffordd rydym yn ei defnyddio;");
    expect(notice).toContain("Dywedwch wrth eich cydlynydd, neu gysylltwch â'r");
    // The relative clause after "beth": "beth y gallwch", not "beth gallwch".
    expect(text("data-protection/privacy-notice-easy-read.cy.md")).toContain(
      "Mae'n dweud beth y gallwch ei ddewis.",
    );
  });

  it("no longer put a configured name where Welsh would mutate it", () => {
    const notice = text("data-protection/privacy-notice.cy.md");
    expect(notice).toContain("I holi am y rhaglen, Cydlynu Ardal Leol yng Nghwm Teg, cysylltwch");
    expect(notice).toContain("â'r sefydliad hwn (Cyngor Gwirfoddol Sirol Cwm Teg), mae eich cydlynydd");
    expect(notice).toContain(
      "Mae'r sefydliadau hyn (Canolfan Feddygol Aberteg, Cartrefi Cwm Teg) yn gallu anfon",
    );
    expect(text("roles/community-recruitment-panel-guide.cy.md")).toContain(
      "- **Aberteg**: Aberteg, Cwm Isaf (",
    );
  });
});

describe("the check of mutations", () => {
  it("finds an unmutated word after a mutating one, and a name where it would be mutated", () => {
    expect(missingMutations("Mae'n ffordd i pobl gael gwybodaeth am Cydlynu.", [])).toEqual([
      "am Cydlynu",
      "i pobl",
    ]);
    expect(missingMutations("Mae gennych hawl i:\n\n- cael copi;\n- gofyn i ni.\n", [])).toEqual([
      "i cael",
      "i gofyn",
    ]);
    expect(missingMutations("gyda pobl, a cartrefi, y gwybodaeth, yn pwysig, swydd cyhoeddus", [])).toEqual([
      "a cartrefi",
      "gyda pobl",
      "swydd cyhoeddus",
      "y gwybodaeth",
      "yn pwysig",
    ]);
    expect(
      missingMutations("I holi am Cwm Teg, neu Aberteg a Cwm Isaf.", ["Cwm Teg", "Aberteg", "Cwm Isaf"]),
    ).toEqual(["a ⟦enw⟧", "am ⟦enw⟧", "neu ⟦enw⟧"]);
  });

  it("checks text marked as English as it checks a configured name", () => {
    expect(
      missingMutations('I holi am <span lang="en-GB">Local Area Coordination</span> (enw Saesneg).', []),
    ).toEqual(["am ⟦enw⟧"]);
  });

  it("passes mutated words, words that are themselves softened (bobl, gael), and names where nothing mutates", () => {
    expect(
      missingMutations(
        "Mae'n helpu i bobl gael gwybodaeth gywir am Gydlynu, a phob un yn ddiogel; o dan y gyfraith. Mae Cwm Teg yn cwrdd â'r Cwm Teg.",
        ["Cwm Teg"],
      ),
    ).toEqual([]);
  });
});
