// Every Consent the FHIR R5 export writes is valid against HL7's own JSON Schema for FHIR R5
// (fhir.schema.json of the hl7.fhir.r5.core package, 5.0.0, CC0), as a FHIR server's validator would
// first check it: the elements, their types, the patterns of dates, codes and ids, and nothing else.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { exportFhirR5Consent, type FhirConsentOptions } from "./export-fhir-r5.js";
import { agreementArb, languagesArb, timestampArb, withLanguages } from "./test-support/arbitraries.js";
import { agreement, withdrawal } from "./test-support/fixtures.js";

const require = createRequire(import.meta.url);

interface JsonSchema {
  readonly definitions: Readonly<Record<string, unknown>>;
}

/** The definitions `name` needs, following every "#/definitions/…" reference from it. */
function definitionsFor(schema: JsonSchema, name: string): Record<string, unknown> {
  const needed: Record<string, unknown> = {};
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (next in needed) continue;
    needed[next] = schema.definitions[next];
    JSON.stringify(needed[next], (key, value: unknown) => {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/definitions/")) {
        queue.push(value.slice("#/definitions/".length));
      }
      return value;
    });
  }
  return needed;
}

/** HL7's schema of an R5 Consent, compiled by ajv. */
function consentValidator(): ValidateFunction {
  const file = require.resolve("hl7.fhir.r5.core/openapi/fhir.schema.json");
  const schema = JSON.parse(readFileSync(file, "utf8")) as JsonSchema & { $schema: string };
  expect(schema.$schema).toBe("http://json-schema.org/draft-06/schema#");
  // The schema is draft-06 with OpenAPI's discriminator (not a JSON Schema keyword: strict off), and one
  // pattern of decimal with a stray "}" that only JavaScript's non-Unicode regular expressions accept.
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, inlineRefs: false, code: { optimize: false } });
  return ajv.compile({ definitions: definitionsFor(schema, "Consent"), $ref: "#/definitions/Consent" });
}

const OPTIONS: FhirConsentOptions = {
  personIdentifierSystem: "https://council.example/id/lac-person",
  recordIdentifierSystem: "https://council.example/id/lac-consent",
  noticeIdentifierSystem: "https://council.example/id/privacy-notice",
  controller: { name: "Example Borough Council", identifier: { value: "org:example-borough-council" } },
};

function problems(validate: ValidateFunction, resource: unknown): string[] {
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}

describe("the FHIR R5 export against HL7's JSON Schema for FHIR R5", () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = consentValidator();
  }, 120_000);

  it("refuses what R5 does not allow (so that the checks below can fail)", () => {
    expect(problems(validate, { resourceType: "Consent", status: "active" })).toEqual([]);
    expect(
      problems(validate, { resourceType: "Consent", status: "active", consentingParty: [] }),
    ).not.toEqual([]);
    expect(problems(validate, { resourceType: "Consent", status: "active", date: "2025-13-01" })).not.toEqual(
      [],
    );
    expect(
      problems(validate, { resourceType: "Consent", status: "active", policyText: [{ display: 3 }] }),
    ).not.toEqual([]);
  });

  it("accepts the Consent of an agreement, an agreement in part withdrawn, and one with its languages", () => {
    const given = agreement();
    const withLanguagesGiven = withLanguages(given, {
      correspondenceLanguage: "cy",
      noticeLanguages: ["cy", "en"],
    });
    const cases = [
      exportFhirR5Consent(given, [given], "2025-04-01T10:00:00Z", OPTIONS),
      exportFhirR5Consent(given, [given, withdrawal()], "2025-06-01T10:00:00Z", OPTIONS),
      exportFhirR5Consent(withLanguagesGiven, [withLanguagesGiven], "2025-04-01T10:00:00Z", OPTIONS),
    ];
    for (const result of cases) {
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(problems(validate, result.resource)).toEqual([]);
    }
  });

  it("accepts the Consent of every generated agreement, withdrawals and languages", () => {
    fc.assert(
      fc.property(
        agreementArb(1),
        languagesArb,
        timestampArb(0, 2600),
        ({ agreement: given, withdrawals }, languages, at) => {
          const recorded = withLanguages(given, languages);
          const result = exportFhirR5Consent(recorded, [recorded, ...withdrawals], at, OPTIONS);
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          expect(problems(validate, result.resource)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
