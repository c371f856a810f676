// packLink: a link from the document being rendered to another document of the pack, by its id.
import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relativePackPath, templateHelpers } from "./helpers.js";

const packLink = templateHelpers.packLink as (id: unknown, options: unknown) => string;
const optionsFor = (path: string, paths: Record<string, string>) => ({
  data: { root: { document: { path }, pack: { documentPaths: new Map(Object.entries(paths)) } } },
});

describe("relativePackPath", () => {
  it.each([
    ["implementation-plan.md", "roles/team-manager.md", "roles/team-manager.md"],
    ["roles/team-manager.md", "implementation-plan.md", "../implementation-plan.md"],
    [
      "roles/local-area-coordinator.md",
      "roles/community-recruitment-panel-guide.md",
      "community-recruitment-panel-guide.md",
    ],
    ["data-sharing/x.md", "data-protection/dpia.md", "../data-protection/dpia.md"],
    ["README.md", "README.md", "README.md"],
  ])("from %s to %s is %s", (from, to, expected) => {
    expect(relativePackPath(from, to)).toBe(expected);
  });

  it("reaches the target from the source's folder, for any two pack paths (property)", () => {
    const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
    const packPath = fc
      .tuple(fc.array(segment, { maxLength: 3 }), segment)
      .map(([folders, name]) => [...folders, `${name}.md`].join("/"));
    fc.assert(
      fc.property(packPath, packPath, (from, to) => {
        const link = relativePackPath(from, to);
        expect(posix.join(posix.dirname(from), link)).toBe(to);
        expect(link.startsWith("/")).toBe(false);
      }),
    );
  });
});

describe("{{packLink id}}", () => {
  const paths = { "implementation-plan": "implementation-plan.md", dpia: "data-protection/dpia.md" };

  it("is the path of the document of that id, relative to the document being rendered", () => {
    expect(packLink("dpia", optionsFor("roles/team-manager.md", paths))).toBe("../data-protection/dpia.md");
    expect(packLink("implementation-plan", optionsFor("README.md", paths))).toBe("implementation-plan.md");
  });

  it("is an error of the template for a document the pack does not have, saying how to fix it", () => {
    expect(() => packLink("privacy-notice", optionsFor("README.md", paths))).toThrow(
      /\{\{packLink "privacy-notice"\}\}: this pack has no document with that id.*Guard the link/,
    );
    expect(() => packLink(undefined, optionsFor("README.md", paths))).toThrow(/no document with that id/);
    expect(() => packLink("dpia", {})).toThrow(/no document with that id/);
  });
});
