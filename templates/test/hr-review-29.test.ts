// HR adviser review 29 of the role descriptions and the recruitment guide: the DBS tests' frequency as
// their sources put it, one place where driving for work is decided, and local knowledge the manager can
// gain (see docs/legal-citations.md for the sources read).
import { describe, expect, it } from "vitest";
import { documentOf, example, EXAMPLES } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

const COORDINATOR = "roles/local-area-coordinator.md";
const MANAGER = "roles/team-manager.md";
const ROLES = [COORDINATOR, MANAGER];
const WELSH_ROLES = ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"];

/** The one bullet of a role description that starts with the given words. */
function bullet(role: string, start: string): string {
  const found = role.split("\n").filter((line) => line.startsWith(`- ${start}`));
  expect(found).toHaveLength(1);
  return found[0] ?? "";
}

/** The travel row of the pre-employment checks ("Travel", or "Driving and travel" with a rural neighbourhood). */
function travelRow(role: string): string {
  const checks = part(role, "## Pre-employment checks");
  const rows = checks.split("\n").filter((line) => /^\| (Driving and travel|Travel) \|/.test(line));
  expect(rows).toHaveLength(1);
  return rows[0] ?? "";
}

const count = (text: string, words: string) => text.split(words).length - 1;

describe("1. the frequency of each DBS test, as its source puts it", () => {
  it.each(EXAMPLES)(
    "gives no numbers as law for work with adults, and cites the Regulations, in %s",
    (name) => {
      for (const path of ROLES) {
        const adults = bullet(
          documentOf(example(name), path),
          "If the post gives assistance, advice or guidance provided wholly or mainly for adults",
        );
        expect(adults).not.toContain("once a week");
        expect(adults).not.toContain("4 or more days");
        expect(adults).toContain(
          'it may be eligible for an enhanced check without a barred list, as "work with adults" (Police Act 1997 (Criminal Records) Regulations 2002, regulations 5A(b) and 5B).',
        );
        expect(adults).toContain(
          "Whether the post does it often enough is for HR to check against the DBS eligibility guidance, and to record.",
        );
      }
    },
  );

  it.each(EXAMPLES)(
    "states the children's frequency and period condition as Schedule 4 does, in %s",
    (name) => {
      for (const path of ROLES) {
        const children = bullet(documentOf(example(name), path), "A check of the children's barred list");
        expect(children).not.toContain("once a week");
        expect(children).not.toContain("4 or more days in 30");
        expect(children).toContain(
          'in each case, apart from personal care, only if it is done often enough: by the same person frequently, or on more than three days in any period of 30 days, or at any time between 2 a.m. and 6 a.m. with the opportunity for face-to-face contact with children (paragraphs 1(1) and 10 of the Schedule, "the period condition"). The Act does not say how often "frequently" is: HR checks it against the DBS eligibility guidance.',
        );
      }
    },
  );

  it("says so in Welsh too, in the Welsh of the templates", () => {
    const cwmTeg = example("cwm-teg");
    for (const path of WELSH_ROLES) {
      const role = documentOf(cwmTeg, path);
      const adults = bullet(role, "Os yw'r swydd yn rhoi cymorth, cyngor neu arweiniad");
      expect(adults).not.toContain("unwaith yr wythnos");
      expect(adults).toContain("rheoliadau 5A(b) a 5B");
      const children = bullet(role, "Dim ond os yw'r swydd mewn gweithgaredd a reoleiddir gyda phlant");
      expect(children).not.toContain("unwaith yr wythnos");
      expect(children).toContain("ar fwy na thri diwrnod mewn unrhyw gyfnod o 30 diwrnod");
      expect(children).toContain("rhwng 2 a 6 y bore");
      expectGoodWelsh(`${adults}\n${children}`, cwmTeg);
    }
  });
});

describe("2. one place where driving for work is decided", () => {
  it.each(EXAMPLES)("the travel check asks whether the post drives and carries people, in %s", (name) => {
    for (const path of ROLES) {
      const role = documentOf(example(name), path);
      const travel = travelRow(role);
      expect(travel).toContain(
        "Whether the post drives for work: ____________________ (HR); a driving licence is required only if it does, and then HR checks the licence, and business-use insurance for any vehicle of the post-holder's own, as the council's policy on driving at work sets.",
      );
      expect(travel).toContain(
        "Whether the post may carry people it works with in a vehicle: ____________________, under the council's policy on carrying people and its lone-working procedure.",
      );
      expect(travel).toContain(
        'If it may, check whether those journeys count as "conveying", regulated activity with adults (How to decide the DBS level, below).',
      );
      expect(travel).not.toContain("no driving licence is required unless HR decides otherwise");
      // The decision is asked once: the DBS test defines conveying and points back to this row.
      const conveying = bullet(role, "If, because of an adult's age, illness or disability");
      expect(conveying).toContain(
        "Decide whether the post may help with cash, bills or shopping in this way, and write it into the role: ____________________; whether it may carry people is decided in the travel check above.",
      );
      expect(count(role, "may carry people")).toBe(2);
      expect(count(role, "age, illness or disability")).toBe(1);
    }
  });

  it("in Welsh too", () => {
    const cwmTeg = example("cwm-teg");
    for (const path of WELSH_ROLES) {
      const role = documentOf(cwmTeg, path);
      const checks = part(role, "## Gwiriadau cyn cyflogi");
      const travel = checks.split("\n").find((line) => /^\| (Gyrru a theithio|Teithio) \|/.test(line)) ?? "";
      expect(travel).toContain("A yw'r swydd yn gyrru ar gyfer gwaith: ____________________");
      expect(travel).toContain("A all y swydd gludo pobl y mae'n gweithio gyda nhw mewn cerbyd");
      expect(travel).not.toContain("nid oes angen trwydded yrru oni bai");
      const conveying = bullet(role, "Os yw'r swydd yn rhoi help o ddydd i ddydd");
      expect(conveying).toContain("penderfynir a all gludo pobl yn y gwiriad teithio uchod");
      expect(count(role, "oedran, salwch neu anabledd")).toBe(1);
      expectGoodWelsh(`${travel}\n${conveying}`, cwmTeg);
    }
  });
});

describe("3. local knowledge the manager can gain, as the coordinator can (Equality Act 2010 s.19)", () => {
  it.each(EXAMPLES)(
    "the manager's local knowledge criterion offers the drive to get to know it, in %s",
    (name) => {
      const config = example(name);
      const specification = part(documentOf(config, MANAGER), "## Person specification");
      expect(
        tableRow(
          specification,
          `Local knowledge of ${config.council.shortName} and its community life, or the drive to get to know it`,
        ),
      ).toContain("| Desirable | A, P |");
    },
  );

  it("in Welsh too", () => {
    const cwmTeg = example("cwm-teg");
    const specification = part(documentOf(cwmTeg, "roles/team-manager.cy.md"), "## Manyleb y person");
    const row = tableRow(
      specification,
      "Gwybodaeth leol am ardal y cyngor a'i bywyd cymunedol, neu'r awydd i ddod i'w hadnabod",
    );
    expect(row).toContain("| Dymunol | F, P |");
    expectGoodWelsh(row, cwmTeg);
  });
});
