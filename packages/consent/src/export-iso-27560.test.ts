import { describe, expect, it } from "vitest";
import {
  exportIso27560Record,
  ISO_27560_MANDATORY_FIELDS,
  ISO_27560_UNTIL_WITHDRAWN,
  type Iso27560Options,
  type Iso27560Record,
} from "./export-iso-27560.js";
import { agreementStatusAt } from "./agreement-status.js";
import type { ConsentRecord } from "./consent-record.js";
import { agreement, GP, HOUSING, withdrawal } from "./test-support/fixtures.js";

const OPTIONS: Iso27560Options = {
  language: "en",
  privacyNoticeUrl: "https://council.example/privacy/local-area-coordination",
  controller: {
    id: "org:example-borough-council",
    name: "Example Borough Council",
    address: "Town Hall, High Street, Example Town",
    contact: "Data Protection Officer, dpo@council.example",
  },
  recipientOrganisations: [
    {
      id: "org:example-borough-council-housing",
      name: "Example Borough Council Housing Options",
      address: "Civic Centre, Example Town",
      contact: "Housing Options team",
    },
    {
      id: "org:riverside-medical",
      name: "Riverside Medical Practice",
      address: "1 River Road",
      contact: "Practice manager",
    },
  ],
  retentionPeriod: "P6Y",
  storageLocations: ["GB"],
  withdrawalMethod: "Tell your Local Area Coordinator, in any way, at any time.",
  lawfulBasis: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
};

/*
 * The field lists of shared/reference/data-protection-and-consent.md (beside the project) §5 "ISO/IEC TS 27560:2023", copied
 * literally, and read here without using the package's own constants.
 */
const REFERENCE_METADATA = "`schema_version`, `record_id` / `receipt_id`, `pii_principal_id`";
const REFERENCE_PROCESSING =
  "privacy_notice M; language M; purpose M; purpose type O; lawful basis O (mandatory under GDPR); pii information M; pii controllers M; collection method O; processing method O; retention period M; processing location O; geographic restrictions O; service O; jurisdiction M; recipient third parties M; withdrawal method M; privacy rights O; codes of conduct O; impact assessment O; authority party O.";
const REFERENCE_PII =
  "pii type: M; attribute id: O; optional (necessity): O; sensitive category: O; special category: O";
const REFERENCE_PARTY = "M: id, name, address, type; O: email, url, phone, role";
const REFERENCE_EVENT =
  "(all M) event time (ISO 8601 UTC); validity duration; entity id; event type (expressed / explicit); event state";

const snake = (name: string) =>
  name
    .replace(/\(.*?\)/g, "")
    .trim()
    .replace(/\s+/g, "_");
function listed(text: string): { mandatory: string[]; all: string[] } {
  const entries = text
    .replace(/\.$/, "")
    .split(";")
    .map((entry) => entry.trim())
    .map((entry) => {
      const match = /^(.*?):?\s+(M|O)\b(.*)$/.exec(entry);
      const name = snake(match?.[1] ?? entry);
      const mandatory = match?.[2] === "M" || (match?.[3] ?? "").includes("mandatory under GDPR");
      return { name, mandatory };
    });
  return {
    mandatory: entries.filter((e) => e.mandatory).map((e) => e.name),
    all: entries.map((e) => e.name),
  };
}
const METADATA = [...REFERENCE_METADATA.matchAll(/`(\w+)`/g)].map((m) => m[1] ?? "");
const PROCESSING = listed(REFERENCE_PROCESSING);
const PII = listed(REFERENCE_PII);
const PARTY_MANDATORY = (/M: ([^;]*)/.exec(REFERENCE_PARTY)?.[1] ?? "").split(", ").map((f) => `party_${f}`);
const PARTY_ALL = [
  ...PARTY_MANDATORY,
  ...(/O: (.*)$/.exec(REFERENCE_PARTY)?.[1] ?? "").split(", ").map((f) => `party_${f}`),
];
const EVENT = REFERENCE_EVENT.replace("(all M)", "").split(";").map(snake);
/** The export's documented mapping: "purpose" is written as `purposes`; a storage-location row was lost. */
const RENAMED = (name: string) => (name === "purpose" ? "purposes" : name);
const SECTIONS = ["processing", "parties", "event"];
const EXTENSION = /^x_lac_/;

function expectExactly(
  value: object,
  mandatory: readonly string[],
  allowed: readonly string[],
  where: string,
) {
  for (const field of mandatory) expect(value, `${where}: ${field} is mandatory`).toHaveProperty(field);
  for (const key of Object.keys(value)) {
    expect(allowed.includes(key) || EXTENSION.test(key), `${where}: ${key} is not in the reference`).toBe(
      true,
    );
  }
}

function exported(
  at: string,
  records: readonly ConsentRecord[] = [agreement()],
  options: Iso27560Options = OPTIONS,
): Iso27560Record {
  const result = exportIso27560Record(
    agreement({ categories: ["all-ordinary", "health"], recipients: [HOUSING, GP] }),
    records,
    at,
    options,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
}

function expectFields(value: object, fields: readonly string[]) {
  for (const field of fields) expect(value, field).toHaveProperty(field);
}

describe("exportIso27560Record", () => {
  it("writes every mandatory field of the reference's lists", () => {
    const record = exported("2025-04-01T10:00:00Z");
    expectFields(record, ISO_27560_MANDATORY_FIELDS.record);
    const [processing] = record.processing;
    expect(processing).toBeDefined();
    if (processing === undefined) return;
    expectFields(processing, ISO_27560_MANDATORY_FIELDS.processing);
    for (const purpose of processing.purposes) expectFields(purpose, ISO_27560_MANDATORY_FIELDS.purpose);
    for (const pii of processing.pii_information)
      expectFields(pii, ISO_27560_MANDATORY_FIELDS.piiInformation);
    for (const party of record.parties) expectFields(party, ISO_27560_MANDATORY_FIELDS.party);
    for (const event of record.event) expectFields(event, ISO_27560_MANDATORY_FIELDS.event);
  });

  it("writes exactly the reference's field names, both ways (extensions start with x_lac_)", () => {
    const record = exported("2025-07-01T10:00:00Z", [
      agreement(),
      withdrawal({ scope: { kind: "part", recipients: [GP] } }),
    ]);
    expectExactly(
      record,
      [...METADATA.filter((f) => f !== "receipt_id"), ...SECTIONS],
      [...METADATA, ...SECTIONS],
      "record",
    );
    for (const processing of record.processing) {
      expectExactly(
        processing,
        PROCESSING.mandatory.map(RENAMED),
        [...PROCESSING.all.map(RENAMED), "storage_locations"],
        "processing",
      );
      for (const purpose of processing.purposes) expectExactly(purpose, ["purpose"], ["purpose"], "purpose");
      for (const pii of processing.pii_information) expectExactly(pii, PII.mandatory, PII.all, "pii");
    }
    for (const party of record.parties) expectExactly(party, PARTY_MANDATORY, PARTY_ALL, "party");
    for (const event of record.event) expectExactly(event, EVENT, EVENT, "event");
    expect(PROCESSING.mandatory).toContain("lawful_basis");
    expect(EVENT).toEqual(["event_time", "validity_duration", "entity_id", "event_type", "event_state"]);
  });

  it("bases validity_duration on the expiry date only: without one it is valid until withdrawn", () => {
    const open = exportIso27560Record(
      agreement({ expiresAt: undefined, reviewBy: "2025-04-01T10:00:00Z" }),
      [],
      "2025-06-01T10:00:00Z",
      OPTIONS,
    );
    expect(open.ok && open.record.event[0]?.validity_duration).toBe(ISO_27560_UNTIL_WITHDRAWN);
    expect(exported("2025-04-01T10:00:00Z").event[0]?.validity_duration).toBe("P365D");
  });

  it("needs the lawful basis in the GB jurisdiction", () => {
    const { lawfulBasis: _omitted, ...withoutBasis } = OPTIONS;
    const result = exportIso27560Record(agreement(), [], "2025-04-01T10:00:00Z", withoutBasis);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: "lawful-basis-missing", path: "options.lawfulBasis" }],
    });
    const elsewhere = exportIso27560Record(agreement(), [], "2025-04-01T10:00:00Z", {
      ...withoutBasis,
      jurisdiction: "IE",
    });
    expect(elsewhere.ok && elsewhere.record.processing[0]).not.toHaveProperty("lawful_basis");
  });

  it("takes the language from the agreement's notice when it records one, and the options need not repeat it", () => {
    const { language: _omitted, ...withoutLanguage } = OPTIONS;
    const welsh = agreement({ notice: { id: "NTC-0003", version: "3", languages: ["cy"] } });
    const result = exportIso27560Record(welsh, [], "2025-04-01T10:00:00Z", withoutLanguage);
    expect(result.ok && result.record.processing[0]?.language).toBe("cy");
    const chosen = exportIso27560Record(welsh, [], "2025-04-01T10:00:00Z", { ...OPTIONS, language: "cy-GB" });
    expect(chosen.ok && chosen.record.processing[0]?.language).toBe("cy-GB");
  });

  it("refuses a language the agreement says the notice was not given in, or none at all", () => {
    const { language: _omitted, ...withoutLanguage } = OPTIONS;
    const welsh = agreement({ notice: { id: "NTC-0003", version: "3", languages: ["cy"] } });
    const other = exportIso27560Record(welsh, [], "2025-04-01T10:00:00Z", OPTIONS);
    expect(other).toMatchObject({
      ok: false,
      errors: [{ code: "language-mismatch", path: "options.language" }],
    });
    expect(!other.ok && other.errors[0]?.message).toContain('notice.languages is ["cy"]');
    const missing = exportIso27560Record(agreement(), [], "2025-04-01T10:00:00Z", withoutLanguage);
    expect(missing).toMatchObject({
      ok: false,
      errors: [{ code: "language-missing", path: "options.language" }],
    });
    const both = agreement({ notice: { id: "NTC-0003", version: "3", languages: ["cy", "en"] } });
    const undecided = exportIso27560Record(both, [], "2025-04-01T10:00:00Z", withoutLanguage);
    expect(undecided).toMatchObject({
      ok: false,
      errors: [{ code: "language-missing", path: "options.language" }],
    });
    expect(!undecided.ok && undecided.errors[0]?.message).toContain("Welsh and English");
    const english = exportIso27560Record(both, [], "2025-04-01T10:00:00Z", OPTIONS);
    expect(english.ok && english.record.processing[0]?.language).toBe("en");
  });

  it("identifies the person by their pseudonymous reference only", () => {
    const record = exported("2025-04-01T10:00:00Z");
    expect(record.pii_principal_id).toBe("P-000123");
    expect(record.record_id).toBe("AGR-1");
    expect(record.event[0]?.entity_id).toBe("P-000123");
  });

  it("shows an agreement in force as ConsentGiven, explicit when it names special category data", () => {
    const record = exported("2025-04-01T10:00:00Z");
    expect(record.event).toEqual([
      {
        event_time: "2025-03-01T10:00:00.000Z",
        validity_duration: "P365D",
        entity_id: "P-000123",
        event_type: "explicit",
        event_state: "ConsentGiven",
      },
    ]);
    const pii = record.processing[0]?.pii_information ?? [];
    expect(pii.find((item) => item.pii_type === "health")).toMatchObject({
      special_category: true,
      sensitive_category: true,
    });
    expect(pii.find((item) => item.pii_type === "finances")).toMatchObject({ special_category: false });
    expect(record.processing[0]?.recipient_third_parties).toEqual([
      "org:example-borough-council-housing",
      "org:riverside-medical",
    ]);
    expect(record.parties.map((party) => party.party_role)).toEqual(["controller", "recipient", "recipient"]);
  });

  it("adds ConsentWithdrawn after a withdrawal, and ConsentExpired after expiry", () => {
    const afterWithdrawal = exported("2025-07-01T10:00:00Z", [agreement(), withdrawal()]);
    expect(afterWithdrawal.event.map((event) => event.event_state)).toEqual([
      "ConsentGiven",
      "ConsentWithdrawn",
    ]);
    expect(afterWithdrawal.event[1]?.event_time).toBe("2025-06-01T11:00:00.000Z");
    const afterExpiry = exported("2026-03-01T10:00:00Z");
    expect(afterExpiry.event.map((event) => event.event_state)).toEqual(["ConsentGiven", "ConsentExpired"]);
    expect(afterExpiry.event[1]?.entity_id).toBe("org:example-borough-council");
  });

  it("ends the record at the first terminal event: withdrawn, then past the end date, stays withdrawn", () => {
    const both = exported("2026-04-01T10:00:00Z", [agreement(), withdrawal()]);
    expect(both.event.map((event) => event.event_state)).toEqual(["ConsentGiven", "ConsentWithdrawn"]);
    expect(agreementStatusAt(agreement(), [agreement(), withdrawal()], "2026-04-01T10:00:00Z")).toMatchObject(
      {
        ok: true,
        state: "withdrawn",
      },
    );
  });

  it("ends the record at the first terminal event: expired, then withdrawn, stays expired", () => {
    const late = withdrawal({ withdrawnAt: "2026-03-10T10:00:00Z", recordedAt: "2026-03-10T10:05:00Z" });
    const record = exported("2026-04-01T10:00:00Z", [agreement(), late]);
    expect(record.event.map((event) => event.event_state)).toEqual(["ConsentGiven", "ConsentExpired"]);
  });

  it("leaves partly withdrawn recipients, categories and purposes out of the processing", () => {
    const part = withdrawal({ scope: { kind: "part", recipients: [GP], categories: ["health"] } });
    const record = exported("2025-07-01T10:00:00Z", [agreement(), part]);
    expect(record.event.map((event) => event.event_state)).toEqual(["ConsentGiven"]);
    expect(record.processing[0]?.recipient_third_parties).toEqual(["org:example-borough-council-housing"]);
    expect(record.processing[0]?.pii_information.map((item) => item.pii_type)).not.toContain("health");
    expect(record.x_lac_partial_withdrawals).toEqual([
      {
        record_id: "WDR-1",
        withdrawn_at: "2025-06-01T11:00:00.000Z",
        match: "any-listed",
        recipients: [GP],
        pii_types: ["health"],
        purposes: [],
      },
    ]);
  });

  it("keeps the lawful basis apart: written from the options, not from the agreement", () => {
    const withBasis = exported("2025-04-01T10:00:00Z", [agreement()], OPTIONS);
    expect(withBasis.processing[0]?.lawful_basis).toContain("Art 6(1)(e)");
  });

  it("returns problems instead of inventing missing facts", () => {
    const result = exportIso27560Record(
      agreement({ recipients: [HOUSING, { organisation: "Northside Food Bank", role: "Volunteer" }] }),
      [],
      "2025-04-01T10:00:00Z",
      OPTIONS,
    );
    expect(result).toMatchObject({ ok: false, errors: [{ code: "recipient-organisation-missing" }] });
    const early = exportIso27560Record(agreement(), [], "2025-02-01T10:00:00Z", OPTIONS);
    expect(early).toMatchObject({ ok: false, errors: [{ code: "not-yet-given", path: "at" }] });
    const badOptions = exportIso27560Record(agreement(), [], "2025-04-01T10:00:00Z", {
      ...OPTIONS,
      retentionPeriod: "six years",
    });
    expect(badOptions).toMatchObject({ ok: false, errors: [{ path: "options.retentionPeriod" }] });
  });
});
