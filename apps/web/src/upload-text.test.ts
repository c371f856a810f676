import { describe, expect, it } from "vitest";
import { onlyMissingAnswers, uploadedText } from "./upload-text.js";

describe("uploadedText", () => {
  const encoder = new TextEncoder();

  it("says a file that is not text (a Word document, an image) is not a lac.config.yaml, and what to choose", () => {
    // The first bytes of a .docx (a zip) and of a PNG.
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    for (const [name, bytes] of [
      ["README.docx", docx],
      ["logo.png", png],
    ] as const)
      expect(uploadedText(name, bytes)).toStrictEqual({
        ok: false,
        problem: `${name} is not a text file, so it is not a lac.config.yaml (it may be a Word document, a PDF or an image). Choose the lac.config.yaml that lac init or this builder made.`,
      });
  });

  it("refuses a file saved in Windows-1252 at the place of its first byte that is not UTF-8, as lac does", () => {
    const text = "council:\n  name: Caf\u00e9 Council\n";
    const windows1252 = Uint8Array.from(text, (character) => character.charCodeAt(0));
    expect(uploadedText("lac.config.yaml", windows1252)).toStrictEqual({
      ok: false,
      problem:
        "lac.config.yaml is not UTF-8 text: the bytes at line 2, column 12 (byte 21) are not a UTF-8 character. Save the file as UTF-8 in your editor.",
    });
  });

  it("reads a UTF-8 file, its byte order mark dropped, and leaves a stray control character to lac validate's checks", () => {
    expect(uploadedText("lac.config.yaml", encoder.encode("council:\n  name: Caf\u00e9\n"))).toStrictEqual({
      ok: true,
      text: "council:\n  name: Caf\u00e9\n",
    });
    expect(
      uploadedText("lac.config.yaml", new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode("council:\n")])),
    ).toStrictEqual({
      ok: true,
      text: "council:\n",
    });
    expect(
      uploadedText("lac.config.yaml", encoder.encode("council:\n  name: Wendle\u0007shire\n")),
    ).toMatchObject({ ok: true });
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
