// A Welsh council with no partner it shares personal data with gets no Information Sharing Protocol
// (it began "Here the sharing is reciprocal:" with no one named), and the documents that mention
// partners of anonymised figures say those figures are not personal data only while the rules keep
// them anonymous (UK GDPR recital 26), not flatly.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

const brackenford = example("brackenford");
const cwmTeg = example("cwm-teg");
const councilService = brackenford.partners.find((partner) => partner.kind === "council-service")!;
const figuresOnly = brackenford.partners.find((partner) => partner.anonymised.length > 0)!;

const paths = (config: CouncilConfig) => render(config).map((document) => document.path);
const ISP = "data-sharing/information-sharing-protocol.md";

describe("a Welsh council's Information Sharing Protocol", () => {
  it.each([
    ["no partners", []],
    [
      "only a service of the council itself",
      [{ ...councilService, organisation: "Cyngor Cwm Teg Adult Social Care" }],
    ],
    ["only a partner of anonymised figures", [figuresOnly]],
  ])("is not written with %s", (_label, partners) => {
    const written = paths({ ...cwmTeg, partners: partners as CouncilConfig["partners"] });
    expect(written).not.toContain(ISP);
    expect(written.some((path) => path.startsWith("data-sharing/") && path.includes("protocol"))).toBe(false);
  });

  it("is still written for a partner the council shares personal data with both ways (guard)", () => {
    const both = cwmTeg.partners.find((partner) => partner.shares.length > 0 && partner.receives.length > 0);
    expect(both).toBeDefined();
    expect(paths({ ...cwmTeg, partners: [both!] })).toContain(ISP);
  });
});

describe("partners of anonymised figures", () => {
  const texts = (config: CouncilConfig) =>
    render(config)
      .map((document) => document.content)
      .join("\n");

  it.each([
    [
      "a Welsh protocol",
      {
        ...cwmTeg,
        partners: [
          ...cwmTeg.partners.filter((p) => p.shares.length > 0 && p.receives.length > 0),
          figuresOnly,
        ],
      },
    ],
    [
      "an English multi-party agreement",
      {
        ...brackenford,
        dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" as const },
      },
    ],
    ["an English council's agreements", brackenford],
  ])("are not said flatly to give no personal data, in %s", (_label, config) => {
    const all = texts(config as CouncilConfig);
    expect(all).not.toMatch(/anonymised figures, which are not personal data[,:]/);
    expect(all).not.toContain("Anonymised figures only: not personal data, so");
  });

  it("are said to stay outside personal data only while the rules keep them anonymous", () => {
    const all = texts({
      ...brackenford,
      dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
    });
    expect(all).toContain(
      "which are not personal data as long as the aggregate-data note's rules keep them anonymous",
    );
  });
});
