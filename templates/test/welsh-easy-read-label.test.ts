// "Easy Read" in Welsh agrees with the noun it describes: "hysbysiad" (a notice) and "fformat" (a format)
// are masculine, "Hawdd ei Ddarllen"; "fersiwn" (a version) is feminine, "Hawdd ei Darllen", and so is
// a pronoun that stands for it ("Argraffwch hi").
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";

/** Each "Hawdd ei Ddarllen" or "Hawdd ei Darllen" with the word before it (a noun, or ":" or "]" for the label alone). */
function easyReadLabels(text: string): { before: string; label: string }[] {
  return [...text.matchAll(/(\S+)\s+Hawdd ei (Dd?arllen)/g)].map(([, before, label]) => ({
    before: before!,
    label: label!,
  }));
}

/** The labels that do not agree with their noun: "Darllen" after "fersiwn" (feminine), "Ddarllen" elsewhere. */
function disagreeing(text: string): string[] {
  return easyReadLabels(text)
    .filter(({ before, label }) => (before.toLowerCase() === "fersiwn") !== (label === "Darllen"))
    .map(({ before, label }) => `${before} Hawdd ei ${label}`);
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The source files of the templates, the packages and the apps (no dependencies, builds, snapshots or tests). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (["node_modules", "dist", "__snapshots__", ".turbo", "coverage"].includes(name)) return [];
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:hbs|ya?ml|ts|tsx|md)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("Hawdd ei Ddarllen and Hawdd ei Darllen", () => {
  it("agree with their noun in every Welsh document, in each layout", () => {
    const cwmTeg = example("cwm-teg");
    for (const layout of ["separate", "welsh-first", "side-by-side"] as const) {
      const config: CouncilConfig = { ...cwmTeg, output: { ...cwmTeg.output, bilingualLayout: layout } };
      const welsh = render(config).filter((document) => document.language === "cy");
      const text = welsh.map((document) => document.content).join("\n");
      expect(easyReadLabels(text).length, layout).toBeGreaterThan(3);
      for (const document of welsh) expect(disagreeing(document.content), document.path).toEqual([]);
    }
  });

  it("agree with their noun in the templates, the manifest and the code of the packages and apps", () => {
    const files = ["templates", "packages", "apps"].flatMap((folder) => sourceFiles(join(root, folder)));
    const found = files.flatMap((file) =>
      disagreeing(readFileSync(file, "utf8")).map((label) => `${file.slice(root.length)}: ${label}`),
    );
    expect(found).toEqual([]);
  });

  it("say the version of the Easy Read notice is feminine where a pronoun stands for it", () => {
    const easyRead = render(example("cwm-teg")).find(
      (document) => document.path === "data-protection/privacy-notice-easy-read.cy.md",
    )!.content;
    expect(easyRead).toContain("Dyma fersiwn Hawdd ei Darllen o'r hysbysiad preifatrwydd.");
    expect(easyRead).toContain("Argraffwch hi mewn teip 14 pwynt o leiaf");
    expect(easyRead).toContain(
      "Profwch hi gyda phobl ag anableddau dysgu sy'n siarad Cymraeg cyn ei defnyddio.",
    );
    expect(easyRead.split("\n")[0]).toBe("# Sut rydym yn defnyddio eich gwybodaeth: Hawdd ei Ddarllen");
  });

  it("are checked: a feminine noun with the masculine form, or a masculine one with the feminine, is found", () => {
    expect(disagreeing("Dyma fersiwn Hawdd ei Ddarllen. Hysbysiad preifatrwydd Hawdd ei Darllen.")).toEqual([
      "fersiwn Hawdd ei Ddarllen",
      "preifatrwydd Hawdd ei Darllen",
    ]);
    expect(disagreeing("Mae fersiwn Hawdd ei Darllen. Hysbysiad preifatrwydd Hawdd ei Ddarllen.")).toEqual(
      [],
    );
  });
});
