import { choicesOf, councilConfigSchema, descriptionOf, schemaAt } from "@lac/council";
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { FieldQuestion } from "./question.js";
import { choiceLabel } from "./question.js";

/** The schema's path of a question's field, as `schemaAt` takes it. */
const schemaPath = (path: string) =>
  path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Every choice question, and every list question whose items are choices (the formats), with the path
 * of its field (a list's items at index 0).
 */
function choiceQuestions(): { path: string; question: FieldQuestion }[] {
  const found: { path: string; question: FieldQuestion }[] = [];
  const isChoice = (question: FieldQuestion, path: string) =>
    question.kind === "choice" ||
    (question.kind === "list" && choicesOf(schemaAt(councilConfigSchema, schemaPath(path))) !== undefined);
  for (const question of councilQuestions) {
    if (question.kind === "group" || question.kind === "section") {
      const prefix = question.kind === "group" ? `${question.path}.0` : question.path;
      for (const inner of question.questions) {
        const path = `${prefix}.${inner.path}`;
        if (isChoice(inner, path)) found.push({ path, question: inner });
      }
    } else if (isChoice(question, question.path)) found.push({ path: question.path, question });
  }
  return found;
}

describe("the labels of the choices", () => {
  const questions = choiceQuestions();
  it("finds the choice questions, and the lists of choices", () => {
    expect(questions.map(({ path }) => path)).toContain("council.nation");
    expect(questions.length).toBeGreaterThan(8);
    // Shown as checkboxes in the web builder, each with its label.
    expect(questions.filter(({ question }) => question.kind === "list").map(({ path }) => path)).toEqual([
      "output.languages",
      "partners.0.anonymised",
      "output.formats",
    ]);
  });

  for (const { path, question } of questions) {
    it(`labels every value of ${path}, each label once, none the raw value`, () => {
      const schema = schemaAt(councilConfigSchema, schemaPath(path));
      const values = choicesOf(schema) ?? [];
      expect(values.length).toBeGreaterThan(1);
      expect(Object.keys(question.labels ?? {}).sort()).toEqual([...values].sort());
      const labels = values.map((value) => choiceLabel(question, value));
      expect(new Set(labels).size).toBe(labels.length);
      for (const value of values) expect(choiceLabel(question, value)).not.toBe(value);
    });
  }

  it("shows the value itself when there is no label", () => {
    expect(choiceLabel({}, "england")).toBe("england");
    expect(choiceLabel({ labels: { england: "England" } }, "england")).toBe("England");
    expect(choiceLabel({ labels: { england: "England" } }, "toString")).toBe("toString");
  });
});

describe("the prompts", () => {
  it("are given the labels of a choice, and store its value", async () => {
    const { resolveAnswers } = await import("./resolve-answers.js");
    const seen: { choices: readonly string[]; labels?: Readonly<Record<string, string>> }[] = [];
    const answers = await resolveAnswers(
      [
        {
          kind: "choice",
          path: "council.nation",
          message: "Nation",
          labels: { england: "England", wales: "Wales" },
        },
      ],
      { schema: councilConfigSchema, check: () => true },
      {
        answers: {},
        yes: false,
        prompt: {
          text: () => Promise.reject(new Error("not asked")),
          confirm: () => Promise.reject(new Error("not asked")),
          choice: (question) => {
            seen.push(question);
            return Promise.resolve("wales");
          },
        },
      },
    );
    expect(seen[0]?.labels).toEqual({ england: "England", wales: "Wales" });
    expect(answers).toEqual({ council: { nation: "wales" } });
  });
});

describe("the help of the yes/no questions", () => {
  // The web builder shows a question's help, or else its field's description in the schema, which is
  // written for lac.config.yaml ("true when ..."): a person answers yes or no, not true or false.
  it("speaks of yes and no, not of YAML's true and false", () => {
    const yesNo = councilQuestions.flatMap((question) =>
      question.kind === "group" || question.kind === "section"
        ? question.questions
            .filter((inner) => inner.kind === "boolean")
            .map((inner) => ({
              question: inner,
              path: `${question.kind === "group" ? `${question.path}.0` : question.path}.${inner.path}`,
            }))
        : question.kind === "boolean"
          ? [{ question, path: question.path }]
          : [],
    );
    expect(yesNo.map(({ path }) => path)).toContain("dataProtection.waspi.participant");
    for (const { question, path } of yesNo) {
      // Every yes/no question has words to show: its help, or its field's description.
      const shown =
        question.help ??
        descriptionOf(
          schemaAt(
            councilConfigSchema,
            path.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
          ),
        ) ??
        "";
      expect(shown, path).not.toBe("");
      expect(shown, path).not.toMatch(/\b(true|false)\b/);
    }
  });
});

describe("the default short name", () => {
  const shortName = councilQuestions.find(
    (question) => question.path === "council.shortName",
  ) as FieldQuestion;
  const from = (name: string) =>
    (shortName.default as (answers: Record<string, unknown>) => unknown)({ council: { name } });

  it("is the council's name without its kind of council, a Welsh county borough council's too", () => {
    expect(from("Brackenford Borough Council")).toBe("Brackenford");
    expect(from("Cwm Teg County Borough Council")).toBe("Cwm Teg");
    expect(from("Ashbury Metropolitan Borough Council")).toBe("Ashbury");
    expect(from("Wendleshire County Council")).toBe("Wendleshire");
    expect(from("Kingsmere Council")).toBe("Kingsmere");
  });
});

describe("the items of the list questions", () => {
  const lists: FieldQuestion[] = councilQuestions.flatMap((question) =>
    question.kind === "group" || question.kind === "section"
      ? question.questions.filter((inner) => inner.kind === "list")
      : question.kind === "list"
        ? [question]
        : [],
  );

  it("are each named, in lower case, for a front end that names each item apart", () => {
    expect(lists.map((question) => question.path)).toEqual([
      "output.languages",
      "places",
      "shares",
      "receives",
      "anonymised",
      "output.formats",
    ]);
    for (const question of lists) expect(question.item, question.path).toMatch(/^[a-z][a-z ]+$/);
    expect(lists.find((question) => question.path === "places")?.item).toBe("ward or place");
  });

  it("only lists name their items so", () => {
    for (const question of councilQuestions) {
      const fields =
        question.kind === "group" || question.kind === "section" ? question.questions : [question];
      for (const field of fields as FieldQuestion[])
        if (field.kind !== "list") expect(field.item, field.path).toBeUndefined();
    }
  });
});

describe("the words of the lists of choices, asked as boxes to tick", () => {
  // lac init and the web builder tick these lists' choices by their labels: their words say nothing
  // of typing values ("en, cy"), which a person no longer types. The answers file and --set take the
  // values, as docs/ and the schema's descriptions say.
  const ticked = choiceQuestions().filter(({ question }) => question.kind === "list");

  for (const { path, question } of ticked) {
    it(`asks ${path} without the values to type`, () => {
      const values = Object.keys(question.labels ?? {});
      const typed = new RegExp(`\\b(${values.join("|")})\\b`);
      expect(question.message, path).not.toMatch(typed);
      expect(question.message, path).not.toMatch(/separated by|empty for none|\(/);
      expect(question.help ?? "", path).not.toMatch(
        new RegExp(`\\b(Choose|Type|Enter)\\s+(${values.join("|")})\\b`),
      );
    });
  }

  it("are the documents' languages, formats and anonymised directions, as the boxes show them", () => {
    expect(ticked.map(({ question }) => question.message)).toEqual([
      "Languages of the documents",
      "Which directions carry only anonymised figures?",
      "Formats of the documents",
    ]);
    // A label is what a person ticks, not the value to type with it ("What it shares … (shares)").
    expect(ticked[1]?.question.labels).toEqual({
      shares: "What it shares with the programme",
      receives: "What it receives from the programme",
    });
    expect(ticked[0]?.question.help).toMatch(/^English only by default\./);
  });
});

describe("the questions' words", () => {
  // GOV.UK's style, which councils write to: "for example", not "e.g.", which screen readers can read
  // out as "eg" and some readers do not know.
  it('say "for example", never "e.g.", in any message, help or choice', () => {
    const words = JSON.stringify(councilQuestions);
    expect(words.match(/.{0,40}\be\.g\..{0,20}/g) ?? []).toEqual([]);
  });
});
