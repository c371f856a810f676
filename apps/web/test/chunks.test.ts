// The built site's chunks (dist/.vite/manifest.json): the HTML writer is fetched after the renderer, so
// neither the first load nor the renderer's chunks hold it (bench/web-sizes.mjs counts it on its own).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

interface Chunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** The built site's manifest. */
function readManifest(): Record<string, Chunk> {
  if (!existsSync(join(dist, ".vite/manifest.json")))
    throw new Error("Build the site first: pnpm --filter web build");
  return JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, Chunk>;
}

/** The files a part loads with it: its chunk and those it imports statically. */
function loadedWith(manifest: Record<string, Chunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (chunk === undefined || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) loadedWith(manifest, imported, into);
  return into;
}

describe("the built site's chunks", () => {
  it("has the HTML writer in a chunk of its own, which the renderer imports only dynamically", () => {
    const manifest = readManifest();
    // A string of @lac/pack-formats' to-html.ts (a task-list box's name), which survives minifying.
    const holdsHtmlWriter = (file: string) => readFileSync(join(dist, file), "utf8").includes("ticked box");
    expect([...loadedWith(manifest, "src/pack/engine.ts")].filter(holdsHtmlWriter)).toEqual([]);
    expect(manifest["src/pack/engine.ts"]?.dynamicImports).toContain("src/pack/html-writer.ts");
    expect([...loadedWith(manifest, "src/pack/html-writer.ts")].filter(holdsHtmlWriter)).toEqual([
      manifest["src/pack/html-writer.ts"]?.file,
    ]);
  });

  it("has the fictional example's lac.config.yaml with the renderer, not in the first load", () => {
    const manifest = readManifest();
    // A line of wendleshire.lac.config.yaml that no other part of the builder holds.
    const holdsExample = (file: string) =>
      readFileSync(join(dist, file), "utf8").includes("Wendleshire County Council (fictional)");
    expect([...loadedWith(manifest, "index.html")].filter(holdsExample)).toEqual([]);
    expect([...loadedWith(manifest, "src/pack/engine.ts")].filter(holdsExample)).toHaveLength(1);
  });
});
