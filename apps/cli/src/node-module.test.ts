import nodeModule from "node:module";
import { describe, expect, it } from "vitest";
import { compileCache, createRequire, wrapModuleSource } from "./node-module.js";

describe("node-module", () => {
  it("creates require functions as node:module does", () => {
    const require = createRequire(__filename);
    expect(require("node:path")).toBe(nodeModule.createRequire(__filename)("node:path"));
    expect(require.resolve("vitest")).toBe(nodeModule.createRequire(__filename).resolve("vitest"));
  });

  it("wraps a module's source as Node.js does", () => {
    for (const source of ["", "module.exports = 1;", "// a comment\nexports.a = () => 2"]) {
      expect(wrapModuleSource(source)).toBe(nodeModule.wrap(source));
    }
  });

  it("offers Node's compile cache from Node.js 22 (node:module's own functions), nothing before", () => {
    const cache = compileCache();
    const { enableCompileCache, flushCompileCache } = nodeModule as {
      enableCompileCache?: unknown;
      flushCompileCache?: unknown;
    };
    if (Number(process.versions.node.split(".")[0]) < 22) {
      expect(cache).toEqual({});
    } else {
      expect(cache.enableCompileCache).toBe(enableCompileCache);
      expect(cache.flushCompileCache).toBe(flushCompileCache);
    }
  });
});
