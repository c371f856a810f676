// Keeps the README's API table honest: every function and value it names is exported, under that name, by the
// entry point the README says it comes from.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import * as templateOverrides from "./template-overrides.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The names in the first column of each row of the API table, with the entry point each comes from. */
function apiTableNames(): { name: string; entry: string }[] {
  const table = readme.slice(readme.indexOf("| Export"), readme.indexOf("Problems are values"));
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => {
      const exportColumn = line.split("|")[1] ?? "";
      const entry = /\(from `(@lac\/documents\/[\w-]+)`\)/.exec(exportColumn)?.[1] ?? "@lac/documents";
      const withoutEntry = exportColumn.replace(/\(from `[^`]*`\)/, "");
      return [...withoutEntry.matchAll(/`([A-Za-z_]\w*)/g)].map((match) => ({ name: match[1] ?? "", entry }));
    });
}

describe("README API table", () => {
  it("names only functions and values the package exports from the entry point it says", () => {
    const entries: Record<string, Record<string, unknown>> = {
      "@lac/documents": main,
      "@lac/documents/template-overrides": templateOverrides,
    };
    // Types (capitalised) have no value at run time: the typecheck of the README example covers them.
    const values = apiTableNames().filter(({ name }) => /^[a-z]/.test(name));
    expect(values.length).toBeGreaterThan(15);
    const missing = values.filter(({ name, entry }) => !(name in (entries[entry] ?? {})));
    expect(missing, "names the README gives that the package does not export").toEqual([]);
  });

  it("names every code a RenderProblem can have", () => {
    const source = readFileSync(new URL("./render-problem.ts", import.meta.url), "utf8");
    const union = source.slice(
      source.indexOf("export type RenderProblemCode"),
      source.indexOf("export interface"),
    );
    const codes = [...union.matchAll(/\|\s*"([a-z-]+)"/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(10);
    const problems = readme.slice(readme.indexOf("Problems are values"));
    expect(codes.filter((code) => !problems.includes(`\`${code}\``))).toEqual([]);
  });
});
