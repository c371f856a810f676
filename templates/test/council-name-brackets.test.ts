// A council's name that ends in brackets ("London Borough of Kingsmere (fictional)") read with the brackets
// that followed it in the header of the implementation plan and the DPIA: "… (fictional) (London borough
// council, …)". The name now stands alone in its row, and what followed it has a row of its own.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { EXAMPLES, documentOf, example, render } from "./examples.js";

/** The header table of a document: the lines before its first section. */
const header = (text: string) => text.slice(0, text.indexOf("\n## "));

/** The example with a name that does not end in brackets. */
const withoutBrackets = (config: CouncilConfig): CouncilConfig => ({
  ...config,
  council: { ...config.council, name: config.council.name.replace(/ \(fictional\)$/, "") },
  dataProtection: {
    ...config.dataProtection,
    controller: config.dataProtection.controller.replace(/ \(fictional\)$/, ""),
  },
});

describe("the plan's and the DPIA's headers read well whatever the council's name", () => {
  for (const name of EXAMPLES)
    it(`has no brackets in a row in ${name}'s plan and DPIA headers`, () => {
      const documents = render(example(name)).filter((document) =>
        ["implementation-plan.md", "data-protection/dpia.md"].includes(document.path),
      );
      expect(documents.length).toBeGreaterThan(0);
      for (const { path, content } of documents) expect(header(content), path).not.toMatch(/\) \(/);
    });

  it("gives the council's name, its type and its GSS code a row each in the plan", () => {
    for (const config of [example("kingsmere"), withoutBrackets(example("kingsmere"))]) {
      const plan = header(documentOf(config, "implementation-plan.md"));
      expect(plan).toContain(`\n| Council | ${config.council.name} |\n`);
      expect(plan).toContain("\n| Council type | London borough council |\n");
      expect(plan).toContain(`\n| GSS code | ${config.council.gssCode} |\n`);
    }
  });

  it("gives the controller and its ICO registration number a row each in the DPIA, and no row without a number", () => {
    const kingsmere = example("kingsmere");
    const dpia = header(documentOf(kingsmere, "data-protection/dpia.md"));
    expect(dpia).toContain(`\n| Controller | ${kingsmere.dataProtection.controller} |\n`);
    expect(dpia).toContain(
      `\n| ICO registration number | ${kingsmere.dataProtection.icoRegistrationNumber} |\n`,
    );
    const unregistered = {
      ...kingsmere,
      dataProtection: { ...kingsmere.dataProtection, icoRegistrationNumber: undefined },
    };
    expect(header(documentOf(unregistered, "data-protection/dpia.md"))).not.toContain("ICO registration");
  });
});
