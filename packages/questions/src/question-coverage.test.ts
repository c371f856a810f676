// Every field of the council configuration is either asked by lac init (and so settable at its prompt,
// with --set and in the answers file, with the question's help) or listed below as left to
// lac.config.yaml on purpose. A new field of the schema fails this test until it is one or the other,
// so that no field is forgotten silently.
import { planAt, type PlanNode } from "@lac/council";
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";

/**
 * The fields lac init does not ask, each with why. They all have a safe default or may be left out: the
 * documents then use the usual values for the case, or leave a marked blank for the right people to
 * complete. An implementation lead sets them in lac.config.yaml (`lac validate` and the JSON Schema
 * describe each), or with `lac init --set`. Paths are written with `[]` for "each item of the list".
 */
const LEFT_TO_THE_YAML: Readonly<Record<string, string>> = {
  // The number of managers is worked out from the coordinators and the span, which lac init asks.
  "team.manager.count": "an override of a derived number",
  // Without it, the manager's role description leaves a blank for the council's job evaluation.
  "team.manager.grade": "optional: the role description leaves a blank for job evaluation",

  // A partner's sector follows from its kind (housing for a housing association); set it only to show another.
  "partners[].sector": "an override of the sector of the partner's kind",
  // The partner's own contacts: the documents write "to be named by <partner>" for the partner to complete.
  "partners[].contact.role": "optional: the partner completes it in its documents",
  "partners[].contact.email": "optional: the partner completes it in its documents",
  "partners[].dataProtectionOfficer.role": "optional: the partner completes it in its documents",
  "partners[].dataProtectionOfficer.email": "optional: the partner completes it in its documents",
  "partners[].caldicottGuardian.role": "optional: the partner completes it in its documents",
  "partners[].caldicottGuardian.email": "optional: the partner completes it in its documents",
  // Without them, the documents list the usual data items of the partner's kind, for the parties to confirm.
  "partners[].dataItems.shares": "optional: the usual items of the partner's kind otherwise",
  "partners[].dataItems.receives": "optional: the usual items of the partner's kind otherwise",

  // "Data Protection Officer" unless the council's DPO has another title; its email is asked.
  "dataProtection.dataProtectionOfficer.role": 'optional: "Data Protection Officer" otherwise',
  // Wales: the Information Sharing Protocol names the WASPI designated person when given, and leaves the row out otherwise.
  "dataProtection.waspi.designatedPerson.role": "optional: the protocol leaves the row out",
  "dataProtection.waspi.designatedPerson.email": "optional: the protocol leaves the row out",

  // The plan counts the Community Catalysts support from the programme's start, which lac init asks.
  "programme.communityCatalystsSupport.startDate": "optional: the programme's start otherwise",
  // Wales: a retention start other than the default in Welsh; the Welsh notices leave a blank without it.
  "dataProtection.retention.fromCy": "optional: a blank in the Welsh notices otherwise",

  // Welsh versions of further documents, beyond the public-facing ones: advanced (docs/welsh-language.md).
  "output.welshAlso": "advanced: none by default",
  // The house style of the Word and HTML documents (docs/formats.md): Arial and a dark blue by default.
  "output.style.font": "house style, with a default",
  "output.style.headingColour": "house style, with a default",
  // A logo is an image file whose path is relative to lac.config.yaml: set it once the file is in the pack.
  "output.style.logo": "optional: an image file of the pack",
  // Every optional document is written by default; a council turns off one it does not want.
  "documents.dpia": "on by default",
  "documents.privacyNotice": "on by default",
  "documents.easyReadPrivacyNotice": "on by default",
  "documents.agreementForm": "on by default",
  // The council's own templates, copied with `lac templates copy` once the pack exists.
  templates: "advanced: the council's own templates",
};

function unwrap(node: PlanNode): PlanNode {
  let inner = node;
  while (inner.type === "optional" || inner.type === "default") inner = inner.inner;
  return inner;
}

/** Every field of the configuration holding a value (not an object, nor a list of objects), by path. */
function schemaFields(node: PlanNode, path = ""): string[] {
  const inner = unwrap(node);
  if (inner.type === "object") {
    return Object.entries(inner.shape).flatMap(([key, child]) =>
      schemaFields(child, path ? `${path}.${key}` : key),
    );
  }
  if (inner.type === "array" && unwrap(inner.element).type === "object") {
    return schemaFields(inner.element, `${path}[]`);
  }
  return [path];
}

/** Every field a question of lac init asks, by path (`[]` for the items of a group). */
function askedFields(): string[] {
  return councilQuestions.flatMap((question) =>
    question.kind === "group"
      ? question.questions.map((inner) => `${question.path}[].${inner.path}`)
      : question.kind === "section"
        ? question.questions.map((inner) => `${question.path}.${inner.path}`)
        : [question.path],
  );
}

describe("the questions of lac init cover the configuration", () => {
  const root = planAt([]);
  if (root === undefined) throw new Error("no plan of the council configuration");
  const fields = schemaFields(root);
  const asked = askedFields();

  it("finds the fields of the configuration and of the questions", () => {
    expect(fields).toContain("council.name");
    expect(fields).toContain("partners[].kind");
    expect(fields).toContain("dataProtection.waspi.oneWayPartners");
    expect(asked).toContain("neighbourhoods[].population");
    expect(asked).toContain("programme.budget.amount");
  });

  it("asks every field of the configuration, or lists it as left to lac.config.yaml", () => {
    const forgotten = fields.filter(
      (field) => !asked.includes(field) && !Object.hasOwn(LEFT_TO_THE_YAML, field),
    );
    expect(forgotten, "ask these in council-questions.ts, or add them to LEFT_TO_THE_YAML with why").toEqual(
      [],
    );
  });

  it("asks only fields of the configuration, each once", () => {
    expect(asked.filter((field) => !fields.includes(field))).toEqual([]);
    expect(asked.filter((field, index) => asked.indexOf(field) !== index)).toEqual([]);
  });

  it("lists as left to lac.config.yaml only fields of the configuration that no question asks", () => {
    const listed = Object.keys(LEFT_TO_THE_YAML);
    expect(listed.filter((field) => !fields.includes(field))).toEqual([]);
    expect(listed.filter((field) => asked.includes(field))).toEqual([]);
  });

  it("names as a question's unasked keys only fields left to lac.config.yaml, or parts of the configuration", () => {
    const unasked = councilQuestions.flatMap((question) =>
      (question.kind === "group" || question.kind === "section" ? question.questions : [question]).flatMap(
        (field) => Object.keys(field.unasked ?? {}),
      ),
    );
    expect(unasked).toContain("team.manager.count");
    expect(
      unasked.filter(
        (key) =>
          !Object.hasOwn(LEFT_TO_THE_YAML, key) && !fields.some((field) => field.startsWith(`${key}.`)),
      ),
    ).toEqual([]);
  });
});
