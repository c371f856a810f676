// lac init writes each document exactly as renderPack of @lac/documents renders it in memory: the CLI
// only encodes, hashes and writes the texts. It encodes them into the buffer it read its own code into
// (lendReadBuffer), so a read into that buffer afterwards (a bundle loaded later, such as the Word and
// HTML writers) would show here as a document that differs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCouncilConfig } from "@lac/council";
import { renderPack } from "@lac/documents";
import { templateSet } from "@lac/templates";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => (folder = temporaryFolder()));
afterEach(() => folder.remove());

function renderedInMemory(configFile: string, formats?: readonly string[]): Record<string, string> {
  const parsed = parseCouncilConfig(readFileSync(configFile, "utf8"));
  if (!parsed.ok) throw new Error(`${configFile} is not valid`);
  const config =
    formats === undefined
      ? parsed.config
      : { ...parsed.config, output: { ...parsed.config.output, formats } };
  const pack = renderPack(config as typeof parsed.config, templateSet);
  if (!pack.ok) throw new Error(`${configFile} did not render`);
  return Object.fromEntries(pack.documents.map((document) => [document.path, document.content]));
}

describe("lac init writes what renderPack renders", () => {
  it.each([
    ["brackenford", undefined],
    ["cwm-teg", "markdown,docx,html"],
  ] as const)("%s (formats: %s), with and without lac's code cache", (name, formats) => {
    const expected = renderedInMemory(example(name), formats?.split(","));
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    // The first run fills the code cache in a folder of its own; the second reads its bundles through it.
    const cache = { LAC_CACHE_DIR: join(folder.dir, "cache") };
    for (const pack of ["first", "second"]) {
      const args = [
        "init",
        pack,
        "--answers",
        example(name),
        ...(formats ? ["--set", `output.formats=${formats}`] : []),
      ];
      const run = runLac(args, folder.dir, cache, undefined, 120_000);
      expect(run.status, run.stderr).toBe(0);
      for (const [path, content] of Object.entries(expected)) {
        expect(readFileSync(join(folder.dir, pack, path), "utf8"), `${pack}/${path}`).toBe(content);
      }
    }
  });
});
