import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import { tickableChoices, withAlwaysChosen, type FieldQuestion } from "./question.js";

const formats = councilQuestions.find(
  (question): question is FieldQuestion => question.kind === "list" && question.path === "output.formats",
)!;
const schemaChoices = ["markdown", "docx", "html"];

describe("a list of fixed choices that every answer holds (the formats' Markdown)", () => {
  it("offers to tick only the formats besides Markdown, whose help says the pack always has Markdown", () => {
    expect(tickableChoices(formats, schemaChoices)).toEqual(["docx", "html"]);
    expect(formats.help).toMatch(/always has every document in Markdown/);
    // A list without such choices offers them all.
    expect(tickableChoices({}, ["en", "cy"])).toEqual(["en", "cy"]);
  });

  it("gives an answer with Markdown first, whatever is ticked, in the schema's order", () => {
    expect(withAlwaysChosen(formats, schemaChoices, [])).toEqual(["markdown"]);
    expect(withAlwaysChosen(formats, schemaChoices, ["html", "docx"])).toEqual(["markdown", "docx", "html"]);
    expect(withAlwaysChosen(formats, schemaChoices, ["markdown", "html"])).toEqual(["markdown", "html"]);
    // A value that is no choice (given in a file) is kept after them, for the schema to refuse.
    expect(withAlwaysChosen(formats, schemaChoices, ["pdf", "docx", "pdf"])).toEqual([
      "markdown",
      "docx",
      "pdf",
    ]);
    expect(withAlwaysChosen({}, ["en", "cy"], ["cy"])).toEqual(["cy"]);
  });
});
