import { describe, expect, it } from "vitest";
import { fieldId, removeAt } from "./answers-edit.js";
import { topicInfoOf, topicsOf } from "./topics.js";

describe("removeAt", () => {
  it("removes a key and leaves the source as it was", () => {
    const source = { council: { name: "A", website: "https://a.example" } };
    expect(removeAt(source, ["council", "website"])).toEqual({ council: { name: "A" } });
    expect(source.council.website).toBe("https://a.example");
  });
  it("removes an item of a list", () => {
    expect(removeAt({ partners: [{ a: 1 }, { a: 2 }, { a: 3 }] }, ["partners", 1])).toEqual({
      partners: [{ a: 1 }, { a: 3 }],
    });
  });
  it("removes a top-level key", () => {
    expect(removeAt({ evaluation: {}, council: {} }, ["evaluation"])).toEqual({ council: {} });
  });
});

describe("topics", () => {
  it("asks every question on exactly one page, waves with the neighbourhoods", () => {
    const topics = topicsOf();
    expect(topics.map((topic) => topic.id)).toEqual([
      "council",
      "programme",
      "neighbourhoods",
      "team",
      "leadership",
      "partners",
      "data-protection",
      "documents",
    ]);
    expect(topicInfoOf("programme.waves.monthsApart").id).toBe("neighbourhoods");
    expect(topicInfoOf("partners[2].kind").id).toBe("partners");
    expect(fieldId(["partners", 2, "kind"])).toBe("f-partners-2-kind");
  });
});
