import { describe, expect, it } from "vitest";
import { notTextProblem, onlyMissingAnswers } from "./upload-text.js";

describe("notTextProblem", () => {
  it("says a file that is not text (a Word document, an image) is not a lac.config.yaml, and what to choose", () => {
    // The first bytes of a .docx (a zip) and of a PNG, as File.text() decodes them.
    const docx = new TextDecoder().decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    );
    for (const [name, text] of [
      ["README.docx", docx],
      ["logo.png", png],
    ] as const)
      expect(notTextProblem(name, text)).toBe(
        `${name} is not a text file, so it is not a lac.config.yaml (it may be a Word document, a PDF or an image). Choose the lac.config.yaml that lac init or this builder made.`,
      );
  });

  it("leaves a text file to the checks of lac validate, a stray control character in it too", () => {
    expect(notTextProblem("lac.config.yaml", "council:\n  name: Wendleshire\n")).toBeUndefined();
    expect(notTextProblem("lac.config.yaml", "council:\n  name: Wendle\u0007shire\n")).toBeUndefined();
  });
});

describe("onlyMissingAnswers", () => {
  it("is true of the problems of an unfinished file (answers missing, none wrong), false of any other", () => {
    expect(onlyMissingAnswers([{ code: "missing-key" }, { code: "missing-key" }])).toBe(true);
    expect(onlyMissingAnswers([{ code: "missing-key" }, { code: "wrong-type" }])).toBe(false);
    expect(onlyMissingAnswers([{ code: "unknown-key" }])).toBe(false);
    expect(onlyMissingAnswers([])).toBe(false);
  });
});
