// Laid out as separate files, each English document that has a Welsh version says so at its top, in
// Welsh first, with a link to the Welsh file: the Welsh Language Standards ask that Welsh be treated no
// less favourably than English, and that an English web page say that a Welsh page exists and link to it
// (the pack's HTML files may be published as pages). Bilingual layouts need no such line.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

const cwmTeg = example("cwm-teg");
const LINE =
  /^<span lang="cy">Mae'r ddogfen hon ar gael yn Gymraeg: \[([^\]]+)\]\(([^)]+)\)\.<\/span> This document is also available in Welsh\.$/m;

function withLayout(config: CouncilConfig, bilingualLayout: "welsh-first" | "side-by-side"): CouncilConfig {
  return { ...config, output: { ...config.output, bilingualLayout } };
}

describe("an English document with a Welsh version, laid out as separate files", () => {
  const documents = render(cwmTeg);
  const welsh = documents.filter((document) => document.language === "cy");
  const english = documents.filter((document) => document.language === "en");

  it("names its Welsh version, by its Welsh title, with a link that reaches it", () => {
    expect(welsh.length).toBeGreaterThan(0);
    for (const translation of welsh) {
      const original = english.find(
        (document) => document.path === translation.path.replace(/\.cy\.md$/, ".md"),
      );
      expect(original, translation.path).toBeDefined();
      const match = LINE.exec(original!.content);
      expect(match, original!.path).not.toBeNull();
      expect(match![1]).toBe(translation.title);
      // The Welsh file is beside the English one.
      expect(match![2]).toBe(translation.path.split("/").pop());
    }
  });

  it("only where there is one: the DPIA, the agreements and the plan have no Welsh version and say none", () => {
    const withWelsh = new Set(welsh.map((document) => document.path.replace(/\.cy\.md$/, ".md")));
    const others = english.filter((document) => !withWelsh.has(document.path));
    expect(others.map((document) => document.path)).toContain("data-protection/dpia.md");
    for (const document of others)
      expect(document.content, document.path).not.toContain("ar gael yn Gymraeg");
  });

  it("comes after the draft notice, before the document's own text", () => {
    const role = english.find((document) => document.path === "roles/local-area-coordinator.md")!.content;
    const notice = role.indexOf("**Draft for local review.**");
    const line = role.search(LINE);
    expect(notice).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(notice);
    expect(line).toBeLessThan(role.indexOf("| Employer |"));
  });
});

describe("no such line", () => {
  it.each(["welsh-first", "side-by-side"] as const)("in one bilingual document (%s)", (layout) => {
    for (const document of render(withLayout(cwmTeg, layout))) {
      expect(document.content, document.path).not.toContain("ar gael yn Gymraeg");
    }
  });

  it("in an English council's pack", () => {
    for (const document of render(example("brackenford"))) {
      expect(document.content, document.path).not.toContain("ar gael yn Gymraeg");
    }
  });
});
