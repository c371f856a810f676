// English text in the Welsh documents is marked as English (<span lang="en-GB">…</span>), so that the
// Word and HTML copies proof it in English and screen readers speak it as English: the English half of
// the draft notice, English names marked "(enw Saesneg)", and the role titles and texts the
// configuration gives in English.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render, withoutWelshNames } from "./examples.js";
import { ENGLISH_SPAN } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");

/** The configuration's texts that the Welsh documents show in English: role titles, the assessment's source, and the names with no Welsh form. */
function englishTexts(config: CouncilConfig): string[] {
  const places = new Set(config.neighbourhoods.flatMap((neighbourhood) => neighbourhood.places ?? []));
  return [
    config.programme.lead.role,
    config.team.manager.title,
    config.team.manager.reportsTo ?? config.programme.lead.role,
    config.team.welshLanguage?.assessment ?? "",
    config.council.welshName === undefined ? config.council.name : "",
    config.programme.welshName === undefined ? config.programme.name : "",
    ...config.neighbourhoods
      .filter((neighbourhood) => neighbourhood.welshName === undefined && !places.has(neighbourhood.name))
      .map((neighbourhood) => neighbourhood.name),
    ...config.partners
      .filter((partner) => partner.welshName === undefined)
      .map((partner) => partner.organisation),
  ].filter((text) => text !== "");
}

/** The Welsh text of a document: without its English parts and title (bilingual layouts) and without what is marked English. */
function unmarkedWelsh(markdown: string): string {
  const welshTitle = markdown.includes("<!-- lac:bilingual")
    ? markdown.replace(/^(# .*) \/ .*$/m, "$1")
    : markdown;
  return welshTitle
    .replace(/<!-- lac:lang en -->[\s\S]*?(?=<!-- lac:lang cy -->|$)/g, "")
    .replace(ENGLISH_SPAN, "⟦en⟧");
}

describe.each([
  ["Cwm Teg", cwmTeg],
  ["Cwm Teg without Welsh names", withoutWelshNames(cwmTeg)],
  ["Cwm Teg, welsh-first", { ...cwmTeg, output: { ...cwmTeg.output, bilingualLayout: "welsh-first" } }],
  ["Cwm Teg, side-by-side", { ...cwmTeg, output: { ...cwmTeg.output, bilingualLayout: "side-by-side" } }],
] as const)("the Welsh documents of %s", (_label, config) => {
  const welsh = render(config as CouncilConfig).filter((document) => document.language === "cy");
  const texts = englishTexts(config as CouncilConfig);

  it("mark every English text they show as English", () => {
    expect(texts.length).toBeGreaterThan(3);
    for (const document of welsh) {
      const text = unmarkedWelsh(document.content);
      expect(text, document.path).toContain("⟦en⟧");
      for (const english of texts) expect(text, `${document.path}: ${english}`).not.toContain(english);
    }
  });

  it("mark the English half of the draft notice as English, paragraph by paragraph", () => {
    for (const document of welsh) {
      expect(document.content, document.path).toContain(
        '> <span lang="en-GB">**Draft translation.** This document is a draft translation.',
      );
      expect(document.content, document.path).toContain('> <span lang="en-GB">**Draft for local review.**');
      expect(unmarkedWelsh(document.content), document.path).not.toMatch(
        /Draft (translation|for local review)/,
      );
    }
  });
});

describe("the part-time posts of the Welsh coordinator's role description", () => {
  it("are named by the neighbourhood's Welsh name, or its English name marked", () => {
    const partTime: CouncilConfig = {
      ...cwmTeg,
      neighbourhoods: cwmTeg.neighbourhoods.map((neighbourhood, index) =>
        index === 0 ? { ...neighbourhood, coordinators: 1.5 } : neighbourhood,
      ),
    };
    const first = partTime.neighbourhoods[0]!;
    const role = (config: CouncilConfig) =>
      render(config).find((document) => document.path === "roles/local-area-coordinator.cy.md")!.content;
    expect(role(partTime)).toContain(
      `; ${first.welshName}: un swydd ran-amser o 0.5 cyfwerth ag amser llawn`,
    );
    const english = {
      ...partTime,
      neighbourhoods: partTime.neighbourhoods.map((neighbourhood) => ({
        ...neighbourhood,
        welshName: undefined,
      })),
    };
    expect(role(english)).toContain(
      `; <span lang="en-GB">${first.name}</span> (enw Saesneg): un swydd ran-amser o 0.5 cyfwerth ag amser llawn`,
    );
  });
});
