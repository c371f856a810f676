// Legal review 28: three questions left open, each settled from its source (see docs/legal-citations.md).
import { describe, expect, it } from "vitest";
import { documentOf, example, EXAMPLES } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const ROLES = ["roles/local-area-coordinator.md", "roles/team-manager.md"];
const WELSH_ROLES = ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"];

/** The bullet of a role description's DBS guidance that starts with the given words. */
function bullet(role: string, start: string): string {
  const found = role.split("\n").filter((line) => line.startsWith(`- ${start}`));
  expect(found).toHaveLength(1);
  return found[0] ?? "";
}

describe("3. the children's DBS test says which activities the supervision exception covers (SVGA 2006 Sch 4 para 2(3A), (3B))", () => {
  it.each(EXAMPLES)("in %s, supervision takes out teaching and care, not advice or guidance", (name) => {
    for (const path of ROLES) {
      const children = bullet(
        part(documentOf(example(name), path), "**How to decide the DBS level.**"),
        "A check of the children's barred list",
      );
      expect(children).not.toContain("unsupervised");
      expect(children).toContain(
        "teaching, training or instructing children, or caring for or supervising them, unless that is merely part of work with adults or, except for personal care, is regularly supervised day to day by someone who is in regulated activity with children;",
      );
      expect(children).toContain(
        "or giving advice or guidance wholly or mainly for children about their physical, emotional or educational well-being, which is regulated activity even when it is supervised.",
      );
      // Each test says one thing once: the frequency once, the supervision exception once.
      expect(children.split("often enough").length - 1).toBe(1);
      expect(children.split("supervised day to day").length - 1).toBe(1);
    }
  });

  it("says so in Welsh too, in the Welsh of the templates", () => {
    const cwmTeg = example("cwm-teg");
    for (const path of WELSH_ROLES) {
      const children = bullet(
        documentOf(cwmTeg, path),
        "Dim ond os yw'r swydd mewn gweithgaredd a reoleiddir gyda phlant",
      );
      expect(children).not.toContain("heb oruchwyliaeth");
      expect(children).toContain("ac eithrio gofal personol");
      expect(children).toContain("hyd yn oed pan fydd dan oruchwyliaeth");
      expectGoodWelsh(children, cwmTeg);
    }
  });
});
