// The quick entry (`@lac/council/quick`) must not build zod's schemas: the lac CLI loads it at
// start-up, and the main entry only to explain a problem. And what it says must be what the main
// entry says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import { parseCouncilConfig, validateCouncilConfig } from "./index.js";
import * as quick from "./quick.js";
import { parseCouncilConfigQuickly, validateCouncilConfigQuickly } from "./quick.js";
import { EXAMPLE_NAMES, exampleText, patchYaml } from "./test-helpers.js";

const SOURCE = new URL("./", import.meta.url);

/** The modules a source file imports for their values (not `import type`, not `export type`). */
function valueImports(file: string): string[] {
  const text = readFileSync(new URL(file, SOURCE), "utf8");
  const imports: string[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
    if (match[2] === undefined) imports.push(match[3] as string);
  }
  for (const match of text.matchAll(/^import\s+"([^"]+)";/gm)) imports.push(match[1] as string);
  return imports;
}

/** Every module the quick entry loads, with the packages each one imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const imports = valueImports(file);
    graph.set(file, imports);
    for (const specifier of imports) {
      if (specifier.startsWith("./")) pending.push(specifier.slice(2).replace(/\.js$/, ".ts"));
    }
  }
  return graph;
}

describe("@lac/council/quick", () => {
  it("loads neither zod nor the schema modules", () => {
    const graph = moduleGraph("quick.ts");
    expect(graph.size).toBeGreaterThan(10);
    const packages = [...new Set([...graph.values()].flat().filter((s) => !s.startsWith("./")))].sort();
    expect(packages).toEqual(["yaml"]);
    expect([...graph.keys()].filter((file) => /schema/.test(file))).toEqual([]);
    // The check sees the main entry's imports of zod, so that it can fail.
    expect([...moduleGraph("index.ts").values()].flat()).toContain("zod");
  });

  it("parses every example as the main entry does", () => {
    for (const name of EXAMPLE_NAMES) {
      const text = exampleText(name);
      expect(parseCouncilConfigQuickly(text, { fileName: name })).toEqual(
        parseCouncilConfig(text, { fileName: name }),
      );
    }
  });

  it("leaves a configuration with a problem to zod, but gives a YAML error itself", () => {
    const broken = patchYaml(exampleText("brackenford"), ["council", "gssCode"], "X123");
    expect(parseCouncilConfig(broken).ok).toBe(false);
    expect(parseCouncilConfigQuickly(broken)).toBeUndefined();
    expect(validateCouncilConfigQuickly({ council: {} })).toBeUndefined();
    expect(validateCouncilConfig({ council: {} }).ok).toBe(false);
    const unreadable = "council: [\n";
    expect(parseCouncilConfigQuickly(unreadable)).toEqual(parseCouncilConfig(unreadable));
    expect(parseCouncilConfigQuickly("")).toEqual(parseCouncilConfig(""));
  });

  it("shares its helpers with the main entry, which does not have the quick validator", () => {
    // Both entries export zod-free.ts; only these names are the quick entry's alone.
    const own = Object.keys(quick).filter((name) => !(name in main));
    expect(own.sort()).toEqual([
      "COUNCIL_PREDICATES",
      "parseCouncilConfigQuickly",
      "validateCouncilConfigQuickly",
    ]);
    const shared = Object.keys(quick).filter((name) => name in main);
    expect(shared.length).toBeGreaterThan(30);
    for (const name of shared)
      expect(quick[name as keyof typeof quick], name).toBe(main[name as keyof typeof main]);
  });
});
