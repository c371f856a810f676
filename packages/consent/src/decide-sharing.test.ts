import { describe, expect, it } from "vitest";
import { toAuditEntry } from "./audit.js";
import { appendRecord, emptyConsentLog } from "./consent-log.js";
import { decideSharing, type SharingDecision } from "./decide-sharing.js";
import {
  agreement,
  exception,
  FOOD_BANK,
  GP,
  HOUSING,
  OTHER_PERSON,
  personTold,
  request,
  withdrawal,
} from "./test-support/fixtures.js";

const DURING = "2025-04-01T10:00:00+01:00";

function expectDeny(decision: SharingDecision, reason: string, recordId?: string) {
  expect(decision.decision).toBe("deny");
  if (decision.decision !== "deny") return;
  expect(decision.reason).toBe(reason);
  expect(decision.recordId).toBe(recordId);
  expect(decision.message).toMatch(/^Denied: /);
}

describe("decideSharing: agreements", () => {
  it("permits when an agreement in force covers the recipient, purpose and every category", () => {
    const decision = decideSharing(
      request({ categories: ["contact-details", "housing-situation"] }),
      [agreement()],
      DURING,
    );
    expect(decision).toMatchObject({
      decision: "permit",
      basis: "agreement",
      reason: "agreement-in-scope",
      recordId: "AGR-1",
      at: DURING,
      reviewOverdue: false,
    });
    expect(decision.message).toContain("contact details, housing situation");
    expect(decision.message).toContain("Example Borough Council Housing Options (Tenancy officer)");
  });

  it("matches recipients whatever their capitals and spacing", () => {
    const respelt = { organisation: " example borough council  HOUSING options ", role: "TENANCY OFFICER" };
    expect(decideSharing(request({ recipient: respelt }), [agreement()], DURING).decision).toBe("permit");
  });

  it("denies by default: no records at all", () => {
    const decision = decideSharing(request(), [], DURING);
    expectDeny(decision, "no-agreement");
    expect(decision.message).toContain("Agree with the person what will be shared and how");
  });

  it("denies when no agreement names the recipient, without pointing at agreements for others", () => {
    expectDeny(decideSharing(request({ recipient: FOOD_BANK }), [agreement()], DURING), "no-agreement");
    expectDeny(
      decideSharing(request({ recipient: { ...HOUSING, role: "Housing manager" } }), [agreement()], DURING),
      "no-agreement",
    );
  });

  it("ignores agreements by other people", () => {
    expectDeny(decideSharing(request({ person: OTHER_PERSON }), [agreement()], DURING), "no-agreement");
  });

  it("denies a purpose the agreement does not name", () => {
    const decision = decideSharing(request({ purpose: "introduction" }), [agreement()], DURING);
    expectDeny(decision, "purpose-out-of-scope", "AGR-1");
    expect(decision.message).toContain("Introducing the person");
  });

  it("denies an ordinary category the agreement does not cover", () => {
    const decision = decideSharing(
      request({ categories: ["contact-details", "finances"] }),
      [agreement()],
      DURING,
    );
    expectDeny(decision, "category-out-of-scope", "AGR-1");
    expect(decision.message).toContain("money and finances");
  });

  it("needs one agreement to cover every category requested", () => {
    const finances = agreement({ id: "AGR-2", categories: ["finances"] });
    const decision = decideSharing(
      request({ categories: ["contact-details", "finances"] }),
      [agreement(), finances],
      DURING,
    );
    expectDeny(decision, "category-out-of-scope", "AGR-1");
    expect(
      decideSharing(request({ categories: ["finances"] }), [agreement(), finances], DURING),
    ).toMatchObject({
      decision: "permit",
      recordId: "AGR-2",
    });
  });

  it('lets "all-ordinary" cover ordinary categories', () => {
    const general = agreement({ categories: ["all-ordinary"] });
    expect(
      decideSharing(request({ categories: ["finances", "family-and-networks"] }), [general], DURING).decision,
    ).toBe("permit");
  });

  it("never lets a general agreement cover special category information", () => {
    const general = agreement({ categories: ["all-ordinary"] });
    const decision = decideSharing(request({ categories: ["contact-details", "health"] }), [general], DURING);
    expectDeny(decision, "special-category-not-named", "AGR-1");
    expect(decision.message).toContain("health is special category information");
  });

  it("permits special category information the agreement names explicitly", () => {
    const named = agreement({ categories: ["all-ordinary", "health"] });
    expect(decideSharing(request({ categories: ["health", "finances"] }), [named], DURING).decision).toBe(
      "permit",
    );
  });

  it("treats criminal offence information like a special category", () => {
    const general = agreement({ categories: ["all-ordinary"] });
    expectDeny(
      decideSharing(request({ categories: ["criminal-offence"] }), [general], DURING),
      "criminal-offence-not-named",
      "AGR-1",
    );
    const named = agreement({ categories: ["criminal-offence"] });
    expect(decideSharing(request({ categories: ["criminal-offence"] }), [named], DURING).decision).toBe(
      "permit",
    );
  });

  it("counts an agreement from the moment it was recorded, compared as instants", () => {
    // Given at 10:00+00:00, recorded at 10:30+00:00, which is 11:30+01:00.
    expect(decideSharing(request(), [agreement()], "2025-03-01T11:30:00+01:00").decision).toBe("permit");
    const before = decideSharing(request(), [agreement()], "2025-03-01T11:29:59+01:00");
    expectDeny(before, "no-agreement");
  });

  it("stops at the expiry date: expired agreements do not count", () => {
    expect(decideSharing(request(), [agreement()], "2026-03-01T09:59:59Z").decision).toBe("permit");
    const decision = decideSharing(request(), [agreement()], "2026-03-01T10:00:00Z");
    expectDeny(decision, "expired", "AGR-1");
    expect(decision.message).toContain("expired at 2026-03-01T10:00:00+00:00");
  });

  it("still permits after the review date, but says the review is overdue", () => {
    const decision = decideSharing(request(), [agreement()], "2025-10-01T10:00:00+01:00");
    expect(decision).toMatchObject({ decision: "permit", reviewOverdue: true });
    expect(decision.message).toContain("review the agreement with the person");
  });

  it("lets a withdrawal win from the moment the person withdrew, once it is recorded", () => {
    const records = [agreement(), withdrawal()];
    expect(decideSharing(request(), records, "2025-06-01T11:59:59+01:00").decision).toBe("permit");
    // Withdrawn at 12:00+01:00 but only recorded at 12:05+01:00: a decision at 12:01 could not know of it.
    expect(decideSharing(request(), records, "2025-06-01T11:01:00Z").decision).toBe("permit");
    const decision = decideSharing(request(), records, "2025-06-01T11:05:00Z");
    expectDeny(decision, "withdrawn", "AGR-1");
    expect(decision.message).toContain("record WDR-1");
    expectDeny(decideSharing(request(), records, "2025-12-01T10:00:00Z"), "withdrawn", "AGR-1");
  });

  it("applies a partial withdrawal to the recipients, categories or purposes it lists", () => {
    const twoRecipients = agreement({ recipients: [HOUSING, GP], categories: ["all-ordinary", "health"] });
    const dropGp = withdrawal({ scope: { kind: "part", recipients: [GP] } });
    const dropHealth = withdrawal({ id: "WDR-2", scope: { kind: "part", categories: ["health"] } });
    const after = "2025-07-01T10:00:00Z";
    expectDeny(
      decideSharing(request({ recipient: GP }), [twoRecipients, dropGp], after),
      "withdrawn",
      "AGR-1",
    );
    expect(decideSharing(request(), [twoRecipients, dropGp], after).decision).toBe("permit");
    expectDeny(
      decideSharing(request({ categories: ["health"] }), [twoRecipients, dropHealth], after),
      "withdrawn",
      "AGR-1",
    );
    expect(
      decideSharing(request({ categories: ["finances"] }), [twoRecipients, dropHealth], after).decision,
    ).toBe("permit");
    const dropPurpose = withdrawal({ scope: { kind: "part", purposes: ["advocating-for"] } });
    expectDeny(decideSharing(request(), [twoRecipients, dropPurpose], after), "withdrawn", "AGR-1");
  });

  it("permits again on a new agreement given after a withdrawal", () => {
    const renewed = agreement({
      id: "AGR-2",
      givenAt: "2025-08-01T10:00:00+01:00",
      recordedAt: "2025-08-01T10:00:00+01:00",
    });
    const records = [agreement(), withdrawal(), renewed];
    expectDeny(decideSharing(request(), records, "2025-07-01T10:00:00Z"), "withdrawn", "AGR-1");
    expect(decideSharing(request(), records, "2025-08-02T10:00:00Z")).toMatchObject({
      decision: "permit",
      recordId: "AGR-2",
    });
  });

  it("gives the most helpful reason: a withdrawn agreement over one that names another purpose", () => {
    const otherPurpose = agreement({
      id: "AGR-0",
      purposes: ["introduction"],
      givenAt: "2025-02-01T10:00:00Z",
    });
    expectDeny(
      decideSharing(request(), [otherPurpose, agreement(), withdrawal()], "2025-07-01T10:00:00Z"),
      "withdrawn",
      "AGR-1",
    );
  });

  it("relies on the earliest agreement given, then the lowest id, whatever the order of the records", () => {
    const later = agreement({
      id: "AGR-0",
      givenAt: "2025-03-02T10:00:00Z",
      recordedAt: "2025-03-02T10:00:00Z",
    });
    expect(decideSharing(request(), [later, agreement()], DURING)).toMatchObject({ recordId: "AGR-1" });
    const sameTime = agreement({ id: "AGR-0" });
    expect(decideSharing(request(), [agreement(), sameTime], DURING)).toMatchObject({ recordId: "AGR-0" });
  });
});

describe("decideSharing: recorded exceptions", () => {
  const safeguarding = request({ recipient: GP, categories: ["health"], purpose: "safeguarding" });

  it("permits without agreement on a recorded exception, and says so", () => {
    const decision = decideSharing(safeguarding, [exception()], "2025-05-11T10:00:00+01:00");
    expect(decision).toMatchObject({
      decision: "permit",
      basis: "exception",
      reason: "recorded-exception",
      exceptionId: "EXC-1",
      grounds: "safeguarding-individual-at-risk",
      exceptionReason: "asking-would-prejudice-protection",
      conditionReliedOn: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
      decisionMaker: { role: "Local Area Coordination Team Manager" },
      personTold: { told: false, why: "would-increase-risk-of-harm" },
    });
    expect(decision.message).toContain("without the person's agreement");
    expect(decision.message).toContain("DPA 2018 Sch 1 Part 2 para 18");
  });

  it("relies on an agreement first when one covers the request", () => {
    const gpAgreement = agreement({ recipients: [GP], categories: ["health"], purposes: ["safeguarding"] });
    expect(decideSharing(safeguarding, [exception(), gpAgreement], "2025-05-11T10:00:00Z")).toMatchObject({
      basis: "agreement",
      recordId: "AGR-1",
    });
  });

  it("is not swayed by a withdrawal: an exception is sharing without agreement", () => {
    const gpAgreement = agreement({ recipients: [GP], categories: ["health"], purposes: ["safeguarding"] });
    const withdrawn = withdrawal({ withdrawnAt: "2025-05-01T10:00:00Z", recordedAt: "2025-05-01T10:00:00Z" });
    expect(
      decideSharing(safeguarding, [gpAgreement, withdrawn, exception()], "2025-05-11T10:00:00Z"),
    ).toMatchObject({
      basis: "exception",
    });
  });

  it("only covers its window, its recipients, purposes and listed categories", () => {
    expectDeny(decideSharing(safeguarding, [exception()], "2025-05-10T08:59:59+01:00"), "no-agreement");
    expectDeny(decideSharing(safeguarding, [exception()], "2025-05-17T09:00:00+01:00"), "no-agreement");
    expectDeny(
      decideSharing({ ...safeguarding, recipient: HOUSING }, [exception()], "2025-05-11T10:00:00Z"),
      "no-agreement",
    );
    expectDeny(
      decideSharing({ ...safeguarding, purpose: "introduction" }, [exception()], "2025-05-11T10:00:00Z"),
      "no-agreement",
    );
    expectDeny(
      decideSharing(
        { ...safeguarding, categories: ["health", "finances"] },
        [exception()],
        "2025-05-11T10:00:00Z",
      ),
      "no-agreement",
    );
  });

  it("reports that the person was told later, from a person-told record", () => {
    const records = [exception({ validUntil: "2025-06-30T09:00:00+01:00" }), personTold()];
    expect(decideSharing(safeguarding, records, "2025-05-19T10:00:00Z")).toMatchObject({
      personTold: { told: false },
    });
    expect(decideSharing(safeguarding, records, "2025-05-21T10:00:00Z")).toMatchObject({
      personTold: { told: true, at: "2025-05-20T14:00:00+01:00", recordId: "TOLD-1" },
    });
  });
});

describe("decideSharing: input it cannot check is denied, not thrown", () => {
  it("denies a request that names a person instead of using their reference", () => {
    const decision = decideSharing({ ...request(), person: "Jane Smith" } as never, [agreement()], DURING);
    expectDeny(decision, "invalid-request");
    if (decision.decision !== "deny") return;
    expect(decision.problems[0]).toMatchObject({ path: "request.person" });
    expect(decision.problems[0]?.message).toContain("never a name");
  });

  it("denies a time without an offset", () => {
    const decision = decideSharing(request(), [agreement()], "2025-04-01T10:00:00");
    expectDeny(decision, "invalid-request");
    if (decision.decision === "deny") expect(decision.problems[0]?.path).toBe("at");
  });

  it("denies when a record is not valid, and says where", () => {
    const broken = { ...agreement(), notes: "Jane said yes" } as never;
    const decision = decideSharing(request(), [broken], DURING);
    expectDeny(decision, "invalid-records");
    if (decision.decision !== "deny") return;
    expect(decision.problems[0]).toMatchObject({ code: "unknown-field", path: "records[0]" });
    expect(decision.problems[0]?.message).toContain('"notes" is not a field');
  });

  it("denies when two records share an id", () => {
    const decision = decideSharing(
      request(),
      [agreement(), agreement({ purposes: ["introduction"] })],
      DURING,
    );
    expectDeny(decision, "invalid-records");
    if (decision.decision === "deny")
      expect(decision.problems[0]).toMatchObject({ code: "duplicate-id", path: "records[1].id" });
  });
});

describe("decideSharing: a withdrawal reaches every earlier agreement", () => {
  const first = agreement({
    id: "AGR-1",
    categories: ["all-ordinary"],
    givenAt: "2025-01-01T10:00:00Z",
    recordedAt: "2025-01-01T10:00:00Z",
  });
  const second = agreement({
    id: "AGR-2",
    categories: ["housing-situation"],
    givenAt: "2025-02-01T10:00:00Z",
    recordedAt: "2025-02-01T10:00:00Z",
  });
  const housingAsk = request({ categories: ["housing-situation"] });
  const stopHousing = withdrawal({
    agreementId: "AGR-2",
    scope: { kind: "part", recipients: [HOUSING] },
    withdrawnAt: "2025-03-01T10:00:00Z",
    recordedAt: "2025-03-01T10:05:00Z",
  });

  it("after 'stop sharing with Housing', no earlier agreement permits sharing with Housing", () => {
    const records = [first, second, stopHousing];
    const decision = decideSharing(housingAsk, records, "2025-03-02T10:00:00Z");
    expectDeny(decision, "withdrawn", "AGR-1");
    expect(decision.message).toContain("record WDR-1");
    const other = decideSharing(request({ categories: ["finances"] }), records, "2025-03-02T10:00:00Z");
    expectDeny(other, "withdrawn", "AGR-1");
    expect(other.message).toContain("recorded against agreement AGR-2");
  });

  it("a whole withdrawal of one agreement also withdraws what it covered from earlier agreements", () => {
    const whole = withdrawal({
      agreementId: "AGR-2",
      withdrawnAt: "2025-03-01T10:00:00Z",
      recordedAt: "2025-03-01T10:05:00Z",
    });
    const records = [first, second, whole];
    const decision = decideSharing(housingAsk, records, "2025-03-04T10:00:00Z");
    expectDeny(decision, "withdrawn", "AGR-1");
    expect(decision.message).toContain("recorded against agreement AGR-2");
    // Outside what AGR-2 covered (another category), AGR-1 still permits.
    const finances = decideSharing(request({ categories: ["finances"] }), records, "2025-03-04T10:00:00Z");
    expect(finances).toMatchObject({ decision: "permit", recordId: "AGR-1" });
  });

  it("a later agreement, given after the withdrawal, can permit again", () => {
    const again = agreement({
      id: "AGR-3",
      givenAt: "2025-04-01T10:00:00Z",
      recordedAt: "2025-04-01T10:00:00Z",
      categories: ["housing-situation"],
    });
    const decision = decideSharing(housingAsk, [first, second, stopHousing, again], "2025-04-02T10:00:00Z");
    expect(decision).toMatchObject({ decision: "permit", recordId: "AGR-3" });
  });
});

describe("decideSharing: replayable decisions", () => {
  it("ignores records recorded after the moment of the decision", () => {
    const late = withdrawal({ withdrawnAt: "2025-04-01T10:00:00Z", recordedAt: "2025-06-01T10:00:00Z" });
    const records = [agreement(), late];
    const atThen = "2025-05-01T10:00:00Z";
    expect(decideSharing(request(), records, atThen)).toEqual(
      decideSharing(request(), [agreement()], atThen),
    );
    expect(decideSharing(request(), records, atThen).decision).toBe("permit");
    expectDeny(decideSharing(request(), records, "2025-06-01T10:00:00Z"), "withdrawn", "AGR-1");
  });

  it("ignores another person's agreement, and their withdrawal of it", () => {
    const theirs = agreement({ id: "AGR-9", person: OTHER_PERSON });
    const theirWithdrawal = withdrawal({ id: "WDR-9", agreementId: "AGR-9", person: OTHER_PERSON });
    expect(
      decideSharing(request(), [agreement(), theirs, theirWithdrawal], "2025-07-01T10:00:00Z").decision,
    ).toBe("permit");
  });

  it("takes no decision on records the consent log would refuse: a withdrawal naming another person's agreement", () => {
    const mismatched = withdrawal({ id: "WDR-9", person: OTHER_PERSON });
    const decision = decideSharing(request(), [agreement(), mismatched], "2025-07-01T10:00:00Z");
    expect(decision).toMatchObject({
      decision: "deny",
      reason: "invalid-records",
      problems: [expect.objectContaining({ code: "person-mismatch", path: "records[1].person" })],
    });
    const log = appendRecord(emptyConsentLog(), agreement());
    expect(log.ok && appendRecord(log.log, mismatched).ok).toBe(false);
  });

  it("takes no decision on a withdrawal of an unknown agreement, in any order", () => {
    const orphan = withdrawal({ agreementId: "AGR-404" });
    expect(decideSharing(request(), [orphan, agreement()], "2025-07-01T10:00:00Z")).toMatchObject({
      decision: "deny",
      reason: "invalid-records",
    });
  });

  it("decides over a consent log directly", () => {
    const log = appendRecord(emptyConsentLog(), agreement());
    if (!log.ok) throw new Error("the agreement should be accepted");
    expect(decideSharing(request(), log.log, "2025-07-01T10:00:00Z").decision).toBe("permit");
  });
});

describe("decideSharing: an exception that overrides a withdrawal", () => {
  it("says so in the result and in the audit entry", () => {
    const gpAgreement = agreement({
      recipients: [GP],
      categories: ["health", "contact-details"],
      purposes: ["safeguarding"],
    });
    const stop = withdrawal({ withdrawnAt: "2025-05-01T10:00:00Z", recordedAt: "2025-05-01T10:05:00Z" });
    const ask = request({ recipient: GP, categories: ["health"], purpose: "safeguarding" });
    const decision = decideSharing(ask, [gpAgreement, stop, exception()], "2025-05-11T10:00:00+01:00");
    expect(decision).toMatchObject({ decision: "permit", basis: "exception", overridesWithdrawal: "WDR-1" });
    expect(decision.message).toContain("overrides the person's withdrawal WDR-1");
    expect(toAuditEntry(decision)).toMatchObject({ kind: "exception", overridesWithdrawal: "WDR-1" });
    const plain = decideSharing(ask, [exception()], "2025-05-11T10:00:00+01:00");
    expect(plain).not.toHaveProperty("overridesWithdrawal");
  });
});
