import { describe, expect, it } from "vitest";
import { choiceListWords } from "./question.js";

describe("choiceListWords", () => {
  it("leaves out the values to type from a list of choices' words, and only them", () => {
    expect(choiceListWords("Formats of the documents (markdown, docx, html)")).toBe(
      "Formats of the documents",
    );
    expect(choiceListWords("Languages (en, cy) of the documents")).toBe(
      "Languages (en, cy) of the documents",
    );
  });
});
