// A party that is not a public authority need not have a data protection officer (UK GDPR Art 37(1)):
// where the agreements ask the parties' data protection officers to confirm or to give their views,
// they ask its data protection lead where it has none.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

const brackenford = example("brackenford");
const multiParty: CouncilConfig = {
  ...brackenford,
  dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
};

function agreements(config: CouncilConfig): { path: string; content: string }[] {
  return render(config).filter(
    (document) =>
      document.path.startsWith("data-sharing/") &&
      !/internal-information-sharing-note|aggregate-data-note/.test(document.path),
  );
}

describe("the data protection lead of a party with no officer", () => {
  it.each([
    ["bilateral", brackenford],
    ["multi-party", multiParty],
  ] as const)(
    "%s agreements ask the officer, or the lead, to confirm the bases and give views",
    (_, config) => {
      const found = agreements(config);
      expect(found.length).toBeGreaterThan(0);
      for (const { path, content } of found) {
        expect(content, path).toContain(
          "each party's data protection officer, or its data protection lead where it has none, must confirm them.",
        );
        expect(content, path).toContain(
          "Views of the data protection officers (or data protection leads, for a party that has no officer):",
        );
        expect(content, path).not.toContain("each party's data protection officer must confirm them");
      }
    },
  );

  it("asks a joining party for its data protection officer or lead", () => {
    const [agreement] = agreements(multiParty);
    expect(agreement?.content).toContain("(its legal entity, contact and data protection officer or lead)");
  });
});
