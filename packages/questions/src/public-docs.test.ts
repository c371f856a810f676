// What a developer sees on hovering an export: every function the package exports (from either entry point)
// has a doc comment.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as quick from "./quick.js";
import * as main from "./index.js";

const source = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

describe("doc comments of the public API", () => {
  it("are given for every exported function", () => {
    const exported = new Set(
      [...Object.entries(main), ...Object.entries(quick)]
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    const files = readdirSync(new URL(".", import.meta.url)).filter(
      (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"),
    );
    const declared = files.flatMap((file) =>
      [...source(`./${file}`).matchAll(/(\*\/\s*)?\nexport (?:async )?function (\w+)/g)]
        .filter((match) => exported.has(match[2] ?? ""))
        .map((match) => ({ name: match[2], documented: match[1] !== undefined })),
    );
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter(({ documented }) => !documented).map(({ name }) => name)).toEqual([]);
  });
});
