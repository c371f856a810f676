// The functions the precompiled templates call for their if, unless and each blocks and their lookups
// (blockHelperRuntime and lookupRuntime of scripts/compile-options.mjs, with placeRuntime's PLACE) are declared once in the built
// package, in dist/parts/index.js, which dist/index.js and every part import: a program that loads three
// parts (a Welsh council's pack) downloads and compiles them once, not three times.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BLOCK_HELPERS,
  LOOKUPS,
  blockHelperRuntime,
  lookupRuntime,
  placeRuntime,
} from "../scripts/compile-options.mjs";
import * as parts from "../dist/parts/index.js";

const dist = new URL("../dist/", import.meta.url);
const names = [...Object.values(BLOCK_HELPERS), ...Object.values(LOOKUPS)];
const RUNTIME = "parts/index.js";

/** Every JavaScript file of dist/, by its path in dist/ ("index.js", "parts/cy.js"), with its text. */
function builtFiles(): [string, string][] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .map((file) => file.split("\\").join("/"))
    .sort()
    .map((file) => [file, readFileSync(new URL(file, dist), "utf8")]);
}

/** The names a module imports from `from`, in all its import declarations. */
function importedFrom(code: string, from: string): string[] {
  return code
    .split("\n")
    .filter((line) => line.startsWith("import {") && line.endsWith(` from ${JSON.stringify(from)};`))
    .flatMap((line) => line.slice("import {".length, line.indexOf("}")).split(","))
    .map((name) => name.trim());
}

describe("the templates' runtime", () => {
  it("is written once, in dist/parts/index.js, as compile-options.mjs writes it", () => {
    const files = builtFiles();
    for (const name of [...names, "BLOCK_PROGRAM", "PLACE"]) {
      const declaring = files.filter(([, code]) => code.includes(`function ${name}(`)).map(([file]) => file);
      expect(declaring, name).toEqual([RUNTIME]);
    }
    const code = readFileSync(new URL(RUNTIME, dist), "utf8");
    expect(code).toContain(blockHelperRuntime());
    expect(code).toContain(lookupRuntime());
    expect(code).toContain(placeRuntime());
  });

  it("is exported by dist/parts/index.js, beside what its types declare", () => {
    const declared = readFileSync(new URL("parts/index.d.ts", dist), "utf8");
    for (const name of names) {
      expect(typeof (parts as Record<string, unknown>)[name], name).toBe("function");
      expect(declared, name).not.toContain(name);
    }
  });

  it("is imported by dist/index.js and by each part, with every function the file's templates call", () => {
    const calls = (code: string, name: string) => new RegExp(String.raw`\b${name}\(`).test(code);
    const calling = builtFiles().filter(
      ([file, code]) => file !== RUNTIME && names.some((name) => calls(code, name)),
    );
    expect(calling.map(([file]) => file)).toEqual([
      "index.js",
      "parts/cy.js",
      "parts/en.js",
      "parts/england.js",
      "parts/wales.js",
    ]);
    for (const [file, code] of calling) {
      const from = file === "index.js" ? "./parts/index.js" : "./index.js";
      const imported = importedFrom(code, from).filter((name) => names.includes(name));
      const called = names.filter((name) => calls(code, name));
      expect(imported.sort(), file).toEqual(called.sort());
    }
  });
});
