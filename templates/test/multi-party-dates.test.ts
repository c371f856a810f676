// The multi-party agreement's dates, when its parties sign on different days and others join later: the
// agreement date is the day the council and the first partner have both signed, each party's own date is in
// the sign-off table, and the yearly review covers every party, however late it joined.
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { tableRow } from "./markdown-sections.js";

const MULTI_PARTY = "data-sharing/multi-party-agreement.md";

describe("the multi-party agreement's dates", () => {
  const brackenford = example("brackenford");
  const pack = render({
    ...brackenford,
    dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
  });
  const agreement = pack.find((document) => document.path === MULTI_PARTY)!.content;
  const signOff = agreement.split("\n").find((line) => /^## \d+\. Decision and sign-off$/.test(line));

  it("dates the agreement from the council's and the first partner's signatures, and points to each party's own date", () => {
    const row = tableRow(agreement, "Agreement date");
    expect(row).toContain(
      `The date ${brackenford.dataProtection.controller} and the first partner have both signed`,
    );
    // The sign-off section it points to is the one with a date column for each party.
    const number = /^## (\d+)\./.exec(signOff ?? "")?.[1];
    expect(number).toBeDefined();
    expect(row).toContain(`each party's own date is in section ${number}`);
    expect(agreement).toContain("| Party (controller) | Decision (share / do not share) and reasons |");
  });

  it("reviews every party within the year, including those that joined after the agreement date", () => {
    expect(tableRow(agreement, "Next review")).toBe(
      "| Next review | Within one year of the agreement date, for every party, including any that joined later |",
    );
  });
});
