// The data protection review of the Welsh example's pack: the programme's Welsh name, the NHS
// bodies of each nation in the plan, and who the Welsh panel guide names.
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

function docOf(config: ReturnType<typeof example>, path: string): string {
  const found = render(config).find((document) => document.path === path);
  if (found === undefined) throw new Error(`no ${path}`);
  return found.content;
}

describe("the programme's Welsh name", () => {
  const cwmTeg = example("cwm-teg");

  it("is what the Welsh documents call the programme", () => {
    expect(cwmTeg.programme.welshName).toBe("Cydlynu Ardal Leol yng Nghwm Teg");
    for (const path of [
      "data-protection/privacy-notice.cy.md",
      "data-protection/agreement-to-share-form.cy.md",
      "roles/community-recruitment-panel-guide.cy.md",
    ]) {
      const content = docOf(cwmTeg, path);
      expect(content, path).toContain("Cydlynu Ardal Leol yng Nghwm Teg");
      expect(content, path).not.toContain("Local Area Coordination in Cwm Teg");
    }
    // The English documents keep the English name.
    expect(docOf(cwmTeg, "data-protection/privacy-notice.md")).toContain(
      "Local Area Coordination in Cwm Teg",
    );
  });

  it("falls back to the English name, marked, when there is none", () => {
    const { welshName: _left, ...programme } = cwmTeg.programme;
    const without = { ...cwmTeg, programme };
    const notice = docOf(without, "data-protection/privacy-notice.cy.md");
    expect(notice.split("\n")[0]).toBe(
      '# <span lang="en-GB">Local Area Coordination in Cwm Teg</span> (enw Saesneg): sut rydym yn defnyddio eich gwybodaeth',
    );
    expect(docOf(without, "roles/community-recruitment-panel-guide.cy.md")).toContain(
      'ar gyfer <span lang="en-GB">Local Area Coordination in Cwm Teg</span> (enw Saesneg).',
    );
  });
});

describe("the NHS bodies in the implementation plan", () => {
  it("are a Welsh council's local health boards and NHS trusts", () => {
    const plan = docOf(example("cwm-teg"), "implementation-plan.md");
    expect(plan).not.toContain("NHS trust or health board");
    // A leadership group member has a sector only; a partner is named by its kind.
    expect(plan).toContain(
      "| Cwm Teg University Health Board | Local health board or NHS trust (NHS Wales) |",
    );
    expect(plan).toContain("| Cwm Teg University Health Board | Local health board (NHS Wales) | Yes |");
  });

  it("are an English council's NHS trusts, with no health board", () => {
    for (const name of ["brackenford", "kingsmere", "stanmoor", "wendleshire"]) {
      const plan = docOf(example(name), "implementation-plan.md");
      expect(plan, name).not.toMatch(/health board/i);
    }
    const kingsmere = docOf(example("kingsmere"), "implementation-plan.md");
    expect(kingsmere).toContain(
      "| Kingsmere Health and Care NHS Trust | NHS trust or NHS foundation trust |",
    );
    expect(kingsmere).toContain("| Kingsmere Health and Care NHS Trust | NHS trust | Yes |");
  });
});

describe("the Welsh community recruitment panel guide", () => {
  const cwmTeg = example("cwm-teg");
  const guide = docOf(cwmTeg, "roles/community-recruitment-panel-guide.cy.md");

  it("names whom to contact, the manager's title and the council, as the English guide does", () => {
    const lead = cwmTeg.programme.lead;
    expect(guide).not.toContain("tîm y rhaglen");
    expect(guide).toContain(
      `I gymryd rhan, cysylltwch â'r <span lang="en-GB">${lead.role}</span> yn <${lead.email}> erbyn`,
    );
    expect(guide).toContain(
      `- Rheolwr y tîm, sef <span lang="en-GB">${cwmTeg.team.manager.title}</span> (enw Saesneg), sy'n gofalu am y broses`,
    );
    expect(guide).toContain("ac mae Cyngor Bwrdd Sirol Cwm Teg (ffuglennol) yn cydnabod hynny:");
    expect(guide).toContain("(er enghraifft 0 i 3 ar gyfer pob maen prawf, a beth mae pob sgôr yn ei olygu)");
  });
});
