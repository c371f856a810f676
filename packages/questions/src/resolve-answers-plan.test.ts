// resolveAnswers without a schema in its context takes the defaults and choices from the quick
// validator's plan (no zod): it must fill in exactly what it fills in with the schema.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { councilConfigSchema } from "@lac/council";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { Answers } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import type { QuestionContext } from "./resolve-answers.js";

const examples = dirname(
  createRequire(import.meta.url).resolve("@lac/council/examples/brackenford.lac.config.yaml"),
);
const EXAMPLES = readdirSync(examples)
  .filter((name) => name.endsWith(".lac.config.yaml"))
  .map((name) => parse(readFileSync(join(examples, name), "utf8")) as Answers);

const withSchema: QuestionContext = { schema: councilConfigSchema, check: () => true };
const withPlan: QuestionContext = { check: () => true };

/** Every path to a value in the answers (each key of each object, each item of each list). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

function without(answers: Answers, path: readonly (string | number)[]): Answers {
  const copy = structuredClone(answers);
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = path.at(-1)!;
  if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete (parent as Record<string | number, unknown>)[last];
  return copy;
}

/** An example with some of its answers left out (a key, a section, a list's item). */
const partialAnswers = fc.constantFrom(...EXAMPLES).chain((answers) =>
  fc.subarray(pathsOf(answers), { maxLength: 6 }).map((paths) =>
    [...paths]
      .sort((a, b) => b.length - a.length)
      .reduce((left, path) => {
        try {
          return without(left, path);
        } catch {
          return left;
        }
      }, answers),
  ),
);

describe("resolveAnswers with the plan instead of the schema", () => {
  it("fills in the same answers, with --yes and without", async () => {
    expect(EXAMPLES.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(partialAnswers, fc.boolean(), async (answers, yes) => {
        const fromSchema = await resolveAnswers(councilQuestions, withSchema, { answers, yes });
        const fromPlan = await resolveAnswers(councilQuestions, withPlan, { answers, yes });
        expect(fromPlan).toEqual(fromSchema);
      }),
      { numRuns: 300 },
    );
  });

  it("fills in the same answers from nothing", async () => {
    for (const yes of [true, false]) {
      expect(await resolveAnswers(councilQuestions, withPlan, { answers: {}, yes })).toEqual(
        await resolveAnswers(councilQuestions, withSchema, { answers: {}, yes }),
      );
    }
  });
});
