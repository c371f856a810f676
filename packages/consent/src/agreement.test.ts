import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementSchema } from "./agreement.js";
import { parseConsentRecord } from "./consent-record.js";
import { isOpaqueId } from "./record-id.js";
import { agreement, COORDINATOR, PERSON } from "./test-support/fixtures.js";

function issues(value: unknown) {
  const result = parseConsentRecord(value);
  return result.ok ? [] : result.errors;
}

describe("agreementSchema", () => {
  it("accepts a complete agreement", () => {
    expect(agreementSchema.safeParse(agreement()).success).toBe(true);
    expect(parseConsentRecord(agreement())).toMatchObject({ ok: true, record: { id: "AGR-1" } });
  });

  it("accepts each way of giving agreement, with evidence kept in the case file", () => {
    for (const method of [
      { kind: "verbal", evidenceRef: "NOTE-1" },
      { kind: "written", evidenceRef: "FORM-1" },
      { kind: "accessible-format", format: "easy-read", evidenceRef: "EASY-1" },
      { kind: "via-representative", relationship: "lasting-power-of-attorney", evidenceRef: "LPA-1" },
    ] as const) {
      expect(agreementSchema.safeParse(agreement({ method })).success).toBe(true);
    }
  });

  it("refuses a name where the person reference goes", () => {
    const problems = issues({ ...agreement(), person: "Jane Smith" });
    expect(problems[0]).toMatchObject({ code: "invalid-value", path: "person" });
    expect(problems[0]?.message).toContain("never a name");
  });

  it("has no room for notes or a representative's name", () => {
    expect(issues({ ...agreement(), notes: "Happy to share" })[0]).toMatchObject({
      code: "unknown-field",
      path: "",
    });
    const named = {
      ...agreement(),
      method: { kind: "via-representative", relationship: "advocate", evidenceRef: "N-1", name: "Sam" },
    };
    expect(issues(named)[0]).toMatchObject({ code: "unknown-field", path: "method" });
    expect(issues(named)[0]?.message).toContain("keep notes in your own case file");
  });

  it("refuses free text as evidence: evidence is a reference to a document", () => {
    const problems = issues(
      agreement({ method: { kind: "verbal", evidenceRef: "she said yes on the phone" } }),
    );
    expect(problems[0]).toMatchObject({ path: "method.evidenceRef" });
    expect(problems[0]?.message).toContain("never free text");
  });

  it("needs a review date or an expiry date", () => {
    const problems = issues(agreement({ reviewBy: undefined, expiresAt: undefined }));
    expect(problems).toEqual([
      expect.objectContaining({ path: "reviewBy", message: expect.stringContaining("Give a review date") }),
    ]);
  });

  it("needs the expiry and review dates after the agreement was given, compared as instants", () => {
    // 10:30+01:00 is 09:30Z, before givenAt 10:00Z.
    expect(issues(agreement({ expiresAt: "2025-03-01T10:30:00+01:00" }))[0]).toMatchObject({
      path: "expiresAt",
    });
    expect(issues(agreement({ reviewBy: "2025-03-01T10:00:00Z" }))[0]).toMatchObject({ path: "reviewBy" });
  });

  it("is recorded after it is given, by staff rather than by the person", () => {
    expect(issues(agreement({ recordedAt: "2025-03-01T09:59:00Z" }))[0]).toMatchObject({
      path: "recordedAt",
    });
    expect(issues(agreement({ recordedBy: { ...COORDINATOR, id: PERSON } }))[0]).toMatchObject({
      path: "recordedBy.id",
    });
  });

  it("refuses a time without an offset", () => {
    const problems = issues({ ...agreement(), givenAt: "2025-03-01T10:00:00" });
    expect(problems[0]).toMatchObject({ path: "givenAt" });
    expect(problems[0]?.message).toContain("with its offset");
  });

  it("refuses empty and repeated scopes", () => {
    expect(issues(agreement({ recipients: [] }))[0]?.message).toContain("at least one recipient");
    expect(issues(agreement({ categories: ["health", "health"] }))[0]).toMatchObject({
      path: "categories[1]",
    });
    expect(issues(agreement({ purposes: ["introduction", "introduction"] }))[0]).toMatchObject({
      path: "purposes[1]",
    });
    const twice = agreement({
      recipients: [
        { organisation: "Riverside Medical Practice", role: "Practice manager" },
        { organisation: "riverside medical practice", role: "practice  manager" },
      ],
    });
    expect(issues(twice)[0]).toMatchObject({ path: "recipients[1]" });
  });

  it("refuses an unknown category or purpose, listing the ones that exist", () => {
    expect(issues({ ...agreement(), categories: ["medical"] })[0]?.message).toContain("health");
    expect(issues({ ...agreement(), purposes: ["anything"] })[0]?.message).toContain("advocating-for");
  });

  it("refuses an unknown record type", () => {
    expect(issues({ ...agreement(), type: "consent" })[0]?.message).toContain('"agreement", "withdrawal"');
  });
});

describe("no free text about the person", () => {
  it("refuses record and staff ids that carry words, and accepts opaque ones", () => {
    for (const id of ["AGR-Mary-Smith", "john.doe", "AGR-ONE", "Mary-Smith-1", "STAFF-0042"]) {
      expect(isOpaqueId(id), id).toBe(false);
    }
    for (const id of ["AGR-2025-0007", "STF-0042", "NOTE-1", "A1", "3f2a9c1e-0b4d-4e8a-9f00-deadbeef1234"]) {
      expect(isOpaqueId(id), id).toBe(true);
    }
    expect(issues(agreement({ id: "AGR-Mary-Smith" }))[0]).toMatchObject({ path: "id" });
    expect(
      issues(agreement({ recordedBy: { id: "john.doe", role: "Local Area Coordinator" } }))[0],
    ).toMatchObject({
      path: "recordedBy.id",
    });
  });

  it("refuses free text as the evidence reference and the notice version", () => {
    const evidence = issues(agreement({ method: { kind: "verbal", evidenceRef: "Mary-said-ok-at-home" } }));
    expect(evidence[0]).toMatchObject({ path: "method.evidenceRef" });
    const version = issues(agreement({ notice: { id: "NTC-0003", version: "read aloud to Mary Smith" } }));
    expect(version[0]).toMatchObject({ path: "notice.version" });
    expect(issues(agreement({ notice: { id: "NTC-0003", version: "latest" } }))[0]).toMatchObject({
      path: "notice.version",
    });
    expect(issues(agreement({ notice: { id: "NTC-0003", version: "2025.1-cy" } }))).toEqual([]);
  });

  it("takes family, friends and representatives as a relationship code, and refuses names in job titles", () => {
    expect(issues(agreement({ recipients: [{ relationship: "family-member" }] }))).toEqual([]);
    const named = issues(
      agreement({ recipients: [{ organisation: "Private individual", role: "Sue Smith (daughter)" }] }),
    );
    expect(named[0]).toMatchObject({
      path: "recipients[0].role",
      message: expect.stringContaining("relationship"),
    });
    expect(issues(agreement({ recipients: [{ relationship: "Sue Smith" } as never] }))[0]).toMatchObject({
      path: "recipients[0].relationship",
    });
    const possessive = issues(
      agreement({ recordedBy: { id: "STF-0042", role: "Mary's coordinator John Doe" } }),
    );
    expect(possessive[0]).toMatchObject({ path: "recordedBy.role" });
  });

  it("refuses a person's name given with a title (Dr, Mrs…) as a job title, and keeps titles such as MS nurse", () => {
    for (const role of ["Dr Patel", "Mrs Jane Smith", "Ms. Okafor", "Practice nurse Mr Brown", "Mx Evans"]) {
      const named = issues(agreement({ recipients: [{ organisation: "Riverside Medical Practice", role }] }));
      expect(named[0], role).toMatchObject({ path: "recipients[0].role" });
      expect(named[0]?.message, role).toContain('a title such as "Dr" or "Mrs" before a name');
      expect(named[0]?.message, role).not.toContain(role);
    }
    expect(issues(agreement({ recordedBy: { id: "STF-0042", role: "Dr Jones" } }))[0]).toMatchObject({
      path: "recordedBy.role",
    });
    for (const role of [
      "MS nurse specialist",
      "GP",
      "Doctor",
      "Drug and alcohol worker",
      "Missing persons officer",
    ]) {
      expect(
        issues(agreement({ recipients: [{ organisation: "Riverside Medical Practice", role }] })),
        role,
      ).toEqual([]);
    }
  });

  it("refuses a direct identifier in a job title or an organisation, without repeating it", () => {
    const postcode = issues(
      agreement({ recipients: [{ organisation: "Private individual at SW1A 1AA", role: "Carer" }] }),
    );
    expect(postcode[0]).toMatchObject({ path: "recipients[0].organisation" });
    expect(postcode[0]?.message).toContain("a postcode");
    expect(postcode[0]?.message).not.toContain("SW1A");
    const nhs = issues(agreement({ recordedBy: { id: "STF-0042", role: "Coordinator for 943 476 5919" } }));
    expect(nhs[0]).toMatchObject({ path: "recordedBy.role" });
    expect(nhs[0]?.message).toContain("an NHS number");
    expect(
      issues(agreement({ recipients: [{ organisation: "Band 6 Team 2", role: "Band 6 nurse" }] })),
    ).toEqual([]);
  });

  describe("the rule for a person's name in a job title (property tests)", () => {
    /**
     * Words of real job titles, among them ones that begin as a title does ("Drug", "Missing", "Master") and
     * acronyms written as a title is in capitals ("MS" nurse, multiple sclerosis; "MR" radiographer, "DR" lead).
     * No real job title has "Mr", "Mrs", "Ms", "Miss", "Mx" or "Dr" as a word of its own.
     */
    const WORDS = [
      "local",
      "area",
      "coordinator",
      "team",
      "manager",
      "head",
      "of",
      "adult",
      "social",
      "care",
      "worker",
      "nurse",
      "specialist",
      "doctor",
      "drug",
      "and",
      "alcohol",
      "missing",
      "persons",
      "officer",
      "tenancy",
      "housing",
      "senior",
      "practitioner",
      "mental",
      "health",
      "support",
      "lead",
      "community",
      "connector",
      "deputy",
      "director",
      "services",
      "radiographer",
      "practice",
      "master",
      "drama",
      "therapist",
      "band",
      "6",
    ];
    const ACRONYMS = ["GP", "MS", "MR", "DR", "MX", "SENCO", "IDVA", "NHS", "A&E"];
    const word = fc.oneof(
      fc.constantFrom(...WORDS).chain((w) => fc.constantFrom(w, w[0]!.toUpperCase() + w.slice(1))),
      fc.constantFrom(...ACRONYMS),
    );
    const jobTitle = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(" "));
    const role = (value: string) =>
      issues(agreement({ recipients: [{ organisation: "Riverside Medical Practice", role: value }] }));

    it("never refuses a job title made of job-title words, however capitalised", () => {
      for (const title of ["Local Area Coordinator", "Team Manager", "Head of Adult Social Care"]) {
        expect(role(title), title).toEqual([]);
      }
      fc.assert(
        fc.property(jobTitle, (title) => {
          expect(role(title), title).toEqual([]);
        }),
      );
    });

    it("always refuses a title before a capitalised name, anywhere in the job title, never repeating the name", () => {
      const name = fc.constantFrom(
        ..."Jane Patel Smith Okafor Jones Evans Brown Nowak Khan Murphy Williams Taylor Ahmed Zoe Ali".split(
          " ",
        ),
      );
      fc.assert(
        fc.property(
          fc.option(jobTitle, { nil: undefined }),
          fc.constantFrom("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"),
          fc.boolean(),
          name,
          fc.option(name, { nil: undefined }),
          (before, title, dot, given, family) => {
            const person = family === undefined ? given : `${given} ${family}`;
            const value = `${before === undefined ? "" : `${before} `}${title}${dot ? "." : ""} ${person}`;
            const problems = role(value);
            expect(problems[0], value).toMatchObject({ path: "recipients[0].role" });
            expect(problems[0]?.message, value).not.toContain(given);
          },
        ),
      );
    });

    it("does not refuse a bare name: by its shape it cannot be told from a job title (see the README)", () => {
      expect(role("Jane Smith")).toEqual([]);
    });
  });
});
