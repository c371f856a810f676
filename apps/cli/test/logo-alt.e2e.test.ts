import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

const folder = temporaryFolder();
afterAll(folder.remove);

const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The names of the Welsh example council (cwm-teg.lac.config.yaml): council.name and council.welshName. */
const ENGLISH_NAME = "Cwm Teg County Borough Council (fictional)";
const WELSH_NAME = "Cyngor Bwrdd Sirol Cwm Teg (ffuglennol)";

/** The text alternatives of the pictures in a Word file (each picture's descr), in order. */
function wordPictureAlts(path: string): string[] {
  const body = new TextDecoder().decode(unzipSync(readFileSync(path))["word/document.xml"]);
  return [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]!);
}

/** The text alternative of the logo in an HTML file. */
function htmlLogoAlt(path: string): string | undefined {
  return /<img class="logo" [^>]*alt="([^"]*)"/.exec(readFileSync(path, "utf8"))?.[1];
}

describe(
  "the council's logo in a Welsh council's pack: its name, in each document's language",
  { timeout: 400_000 },
  () => {
    const pack = join(folder.dir, "cwm-teg");

    beforeAll(() => {
      mkdirSync(pack, { recursive: true });
      writeFileSync(join(pack, "logo.png"), PNG_1X1);
      const run = runLac(
        [
          "init",
          pack,
          "--answers",
          example("cwm-teg"),
          "--set",
          "output.formats=[markdown, docx, html]",
          "--set",
          "output.style.logo=logo.png",
        ],
        folder.dir,
        {},
        undefined,
        300_000,
      );
      expect(run.status, run.stderr).toBe(0);
    });

    it("gives a Welsh document's logo the council's Welsh name, in HTML and in Word", () => {
      expect(htmlLogoAlt(join(pack, "data-protection", "privacy-notice.cy.html"))).toBe(WELSH_NAME);
      expect(wordPictureAlts(join(pack, "data-protection", "privacy-notice.cy.docx"))[0]).toBe(WELSH_NAME);
    });

    it("gives an English document's logo the council's English name, in HTML and in Word", () => {
      expect(htmlLogoAlt(join(pack, "data-protection", "privacy-notice.html"))).toBe(ENGLISH_NAME);
      expect(wordPictureAlts(join(pack, "data-protection", "privacy-notice.docx"))[0]).toBe(ENGLISH_NAME);
    });
  },
);
