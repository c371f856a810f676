import { describe, expect, it } from "vitest";
import { shownTemplate } from "./shown-template.js";

const bundled = ["documents/plan", "documents/roles/manager", "partials/footer"];
const bundledDocuments = [
  { id: "implementation-plan", template: "plan" },
  { id: "role-manager", template: "roles/manager" },
];
const own = [
  { name: "documents/plan", file: "templates/documents/plan.hbs" },
  { name: "documents/charter", file: "templates/documents/charter.hbs" },
  { name: "partials/our-footer", file: "templates/partials/our-footer.hbs" },
];
const ownDocuments = [{ id: "our-charter", template: "charter" }];
const show = (given: string, bundledOnly = false, withOwn = true) =>
  shownTemplate({
    bundled,
    bundledDocuments,
    own: withOwn ? own : [],
    ownDocuments: withOwn ? ownDocuments : [],
    given,
    bundledOnly,
  });

describe("shownTemplate", () => {
  it("gives the bundled template outside a pack, by its name, short name or document's id", () => {
    for (const given of ["documents/plan", "plan", "plan.hbs", "implementation-plan"])
      expect(show(given, false, false)).toEqual({
        ok: true,
        name: "documents/plan",
        origin: "bundled",
        overrides: false,
      });
  });

  it("gives the council's copy of a bundled template, saying it overrides one", () => {
    for (const given of ["documents/plan", "plan", "implementation-plan"])
      expect(show(given)).toEqual({
        ok: true,
        name: "documents/plan",
        origin: "council",
        file: "templates/documents/plan.hbs",
        overrides: true,
      });
  });

  it("gives the council's own document (also by its id in the council's manifest) and partial", () => {
    for (const given of ["charter", "documents/charter.hbs", "our-charter"])
      expect(show(given)).toEqual({
        ok: true,
        name: "documents/charter",
        origin: "council",
        file: "templates/documents/charter.hbs",
        overrides: false,
      });
    expect(show("our-footer")).toMatchObject({
      origin: "council",
      file: "templates/partials/our-footer.hbs",
    });
    // A bundled one the council has not copied.
    expect(show("footer")).toEqual({
      ok: true,
      name: "partials/footer",
      origin: "bundled",
      overrides: false,
    });
  });

  it("gives the bundled template when asked for it (--bundled), and none of the council's own", () => {
    expect(show("plan", true)).toEqual({
      ok: true,
      name: "documents/plan",
      origin: "bundled",
      overrides: false,
    });
    const charter = show("charter", true);
    expect(charter.ok).toBe(false);
    expect(!charter.ok && charter.candidates.flat()).not.toContain("charter");
  });

  it("gives the names to guess from when there is no such template, the council's among them", () => {
    const unknown = show("chartr");
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.candidates).toEqual(
      expect.arrayContaining([
        ["documents/charter", "charter", "our-charter"],
        ["partials/our-footer", "our-footer"],
        ["documents/plan", "plan", "implementation-plan"],
        ["documents/roles/manager", "roles/manager", "role-manager"],
      ]),
    );
  });
});
