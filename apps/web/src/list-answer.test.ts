import { councilQuestions } from "@lac/questions";
import { describe, expect, it } from "vitest";
import { listFieldTexts, listFromFieldTexts, listFromTicked, listQuestionWords } from "./list-answer.js";

describe("list answers", () => {
  it("gives each item its own field, commas and all, and one empty field for none", () => {
    expect(listFieldTexts(["Brackenford Homes, Housing Services", "Abbey, Hill and Dale"])).toEqual([
      "Brackenford Homes, Housing Services",
      "Abbey, Hill and Dale",
    ]);
    expect(listFieldTexts(undefined)).toEqual([""]);
    expect(listFieldTexts([])).toEqual([""]);
  });

  it("reads the fields back as the same list: an item's commas kept, empty fields left out", () => {
    const list = ["Abbey, Hill and Dale", "Ashby Wold"];
    expect(listFromFieldTexts(listFieldTexts(list))).toEqual(list);
    expect(listFromFieldTexts([" Abbey, Hill and Dale ", "", "  "])).toEqual(["Abbey, Hill and Dale"]);
  });

  it("leaves out the prompt's words about commas from every list question, and nothing else", () => {
    const lists = councilQuestions.flatMap((question) =>
      question.kind === "group" || question.kind === "section"
        ? question.questions.filter((inner) => inner.kind === "list")
        : question.kind === "list"
          ? [question]
          : [],
    );
    // The languages are asked straight after the nation, before the neighbourhoods' and partners' lists.
    expect(lists.map((question) => listQuestionWords(question.message))).toEqual([
      "Languages of the documents",
      "Wards or places it covers",
      "Information it shares with the programme",
      "Information it receives from the programme",
      "Which directions carry only anonymised figures?",
      "Formats of the documents",
    ]);
  });

  it("reads ticked boxes back in the order of the boxes, whatever order they were ticked in", () => {
    expect(listFromTicked(["markdown", "docx", "html"], new Set(["html", "markdown"]))).toEqual([
      "markdown",
      "html",
    ]);
    expect(listFromTicked(["shares", "receives"], new Set())).toEqual([]);
  });
});
