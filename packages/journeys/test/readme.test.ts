// Keeps the README honest: its TypeScript blocks are, together, exactly test/readme-example.ts (which the
// typecheck compiles), and running that file prints what the README's "// →" comments say it prints.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = readFileSync(new URL("./readme-example.ts", import.meta.url), "utf8");

function typeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

describe("README", () => {
  it("starts with an install line and then the example", () => {
    const install = readme.indexOf("pnpm add @lac/journeys");
    const firstBlock = readme.indexOf("```ts");
    expect(install).toBeGreaterThan(0);
    expect(firstBlock).toBeGreaterThan(install);
    expect(readme.slice(0, firstBlock).split("\n## ").length).toBeLessThanOrEqual(2);
  });

  it("shows exactly the example file, importing the package by its name", () => {
    const blocks = typeScriptBlocks(readme);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.join("\n")).toBe(example.replaceAll('from "../src/index.js"', 'from "@lac/journeys"'));
  });

  it("prints what its comments say when the example runs", async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map((arg) => JSON.stringify(arg)).join(" "));
    });
    try {
      await import("./readme-example.js");
    } finally {
      log.mockRestore();
    }
    const promised = [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(promised.length).toBeGreaterThan(5);
    expect(printed).toEqual(promised);
  });
});
