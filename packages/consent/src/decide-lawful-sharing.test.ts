import { describe, expect, it } from "vitest";
import { decideLawfulSharing, type RecipientLawfulBasis } from "./decide-lawful-sharing.js";
import type { LawfulBasis } from "./lawful-basis.js";
import { agreement, exception, GP, HOUSING, PERSON } from "./test-support/fixtures.js";

const AT = "2025-05-11T10:00:00+01:00";
const gpAgreement = agreement({
  recipients: [GP],
  categories: ["health", "contact-details"],
  purposes: ["safeguarding"],
});
const ask = {
  person: PERSON,
  recipient: GP,
  categories: ["health" as const],
  purpose: "safeguarding" as const,
};

const gpBasis: LawfulBasis = {
  organisation: "Riverside Medical Practice",
  purposes: ["safeguarding"],
  categories: ["health", "contact-details"],
  condition: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
  statutoryPower: "As recorded in our data sharing agreement, section 4",
};
const nhsBody: RecipientLawfulBasis = {
  basis: gpBasis,
  partner: { publicAuthority: true, processingForOwnTasks: true },
};

describe("decideLawfulSharing: agreement and lawful basis together", () => {
  it("permits when the person agreed and the recipient's lawful basis covers the share", () => {
    const decision = decideLawfulSharing(ask, [gpAgreement], AT, nhsBody);
    expect(decision).toMatchObject({
      decision: "permit",
      sharing: { basis: "agreement", recordId: "AGR-1" },
    });
    expect(decision.message).toMatch(/lawful basis .*covers it/);
  });

  it("permits on a recorded exception and a valid lawful basis", () => {
    expect(decideLawfulSharing(ask, [exception()], AT, nhsBody)).toMatchObject({
      decision: "permit",
      sharing: { basis: "exception" },
    });
  });

  it("denies special category information when the Art 9 condition is missing, although the person agreed", () => {
    const { article9: _none, schedule1: _also, ...noArt9 } = gpBasis.condition;
    const decision = decideLawfulSharing(ask, [gpAgreement], AT, {
      ...nhsBody,
      basis: { ...gpBasis, condition: noArt9 },
    });
    expect(decision).toMatchObject({
      decision: "deny",
      failed: ["lawful-basis"],
      reason: "lawful-basis-invalid",
    });
    expect(decision.message).toMatch(/agreement .* allows it, but the lawful basis given is not valid/);
  });

  it("denies when the Schedule 1 condition is missing for Art 9(2)(h)", () => {
    const { schedule1: _none, ...noSchedule1 } = gpBasis.condition;
    expect(
      decideLawfulSharing(ask, [gpAgreement], AT, {
        ...nhsBody,
        basis: { ...gpBasis, condition: noSchedule1 },
      }),
    ).toMatchObject({ decision: "deny", failed: ["lawful-basis"], reason: "lawful-basis-invalid" });
  });

  it("denies when the basis is another organisation's, or does not cover the category", () => {
    expect(
      decideLawfulSharing(ask, [gpAgreement], AT, {
        ...nhsBody,
        basis: { ...gpBasis, organisation: HOUSING.organisation },
      }),
    ).toMatchObject({ decision: "deny", reason: "lawful-basis-other-organisation" });
    expect(
      decideLawfulSharing(ask, [gpAgreement], AT, {
        ...nhsBody,
        basis: { ...gpBasis, categories: ["contact-details"] },
      }),
    ).toMatchObject({ decision: "deny", reason: "lawful-basis-out-of-scope" });
  });

  it("names the agreement when the person has not agreed, even with a valid lawful basis", () => {
    const decision = decideLawfulSharing(ask, [], AT, nhsBody);
    expect(decision).toMatchObject({ decision: "deny", failed: ["agreement"], reason: "no-agreement" });
  });

  it("names both when both fail, the agreement first", () => {
    const decision = decideLawfulSharing(ask, [], AT, {
      ...nhsBody,
      basis: { ...gpBasis, purposes: ["legal-duty"] },
    });
    expect(decision).toMatchObject({
      decision: "deny",
      failed: ["agreement", "lawful-basis"],
      reason: "no-agreement",
    });
  });
});

describe("decideLawfulSharing: the recipient's lawful basis left out (from JavaScript)", () => {
  it.each([undefined, null, "Riverside Medical Practice"])(
    "denies, never throws, when the fourth argument is %s",
    (recipientBasis) => {
      const decision = decideLawfulSharing(
        ask,
        [gpAgreement],
        AT,
        recipientBasis as unknown as RecipientLawfulBasis,
      );
      expect(decision).toMatchObject({
        decision: "deny",
        failed: ["lawful-basis"],
        reason: "lawful-basis-invalid",
        problems: [{ path: "recipientBasis" }],
      });
      expect(decision.message).toMatch(/as \{ basis, partner \}/);
    },
  );
});
