import { describe, expect, it } from "vitest";
import { principleIds } from "./principle-id.js";
import { principles } from "./principles.js";

// The Network's exact names, in its order (lacnetwork.org, "10 principles of Local Area Coordination").
const networkNames = [
  "Citizenship",
  "Relationships",
  "Natural authority",
  "Lifelong learning",
  "Information",
  "Choice and control",
  "Community",
  "Contribution",
  "Working together",
  "Complementary nature of services",
];

describe("principles", () => {
  it("are exactly ten", () => {
    expect(principles).toHaveLength(10);
  });

  it("have the Network's exact names in the Network's order", () => {
    expect(principles.map((p) => p.name)).toEqual(networkNames);
  });

  it("are numbered 1 to 10 in order", () => {
    expect(principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("have unique kebab-case ids that follow the order of principleIds", () => {
    const ids = principles.map((p) => p.id);
    expect(new Set(ids).size).toBe(10);
    expect(ids).toEqual([...principleIds]);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("derive each id from the name", () => {
    for (const p of principles) expect(p.id).toBe(p.name.toLowerCase().replaceAll(" ", "-"));
  });

  it("each have a meaning, practice points and reflective questions", () => {
    for (const p of principles) {
      expect(p.meaning.length, p.id).toBeGreaterThan(40);
      expect(p.inPractice.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.reflectiveQuestions.length, p.id).toBeGreaterThanOrEqual(3);
      for (const question of p.reflectiveQuestions) expect(question.endsWith("?"), question).toBe(true);
    }
  });

  it("are frozen, down to their lists", () => {
    const first = principles[0]!;
    expect(Object.isFrozen(principles)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.inPractice)).toBe(true);
    expect(() => {
      (first as { name: string }).name = "Changed";
    }).toThrow(TypeError);
    expect(() => (principles as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it("have their ids in a frozen list, which other packages check ids against", () => {
    expect(Object.isFrozen(principleIds)).toBe(true);
    expect(() => (principleIds as unknown as string[]).push("time")).toThrow(TypeError);
    expect(() => (principleIds as unknown as string[]).sort()).toThrow(TypeError);
  });
});
