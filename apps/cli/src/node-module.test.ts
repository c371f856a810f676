import nodeModule from "node:module";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  compileCache,
  compileCacheOn,
  createRequire,
  flushCompileCache,
  nodeBuiltin,
  requireBundle,
  setCompileCacheFolder,
  wrapModuleSource,
} from "./node-module.js";

describe("node-module", () => {
  it("creates require functions as node:module does", () => {
    const require = createRequire(__filename);
    expect(require("node:path")).toBe(nodeModule.createRequire(__filename)("node:path"));
    expect(require.resolve("vitest")).toBe(nodeModule.createRequire(__filename).resolve("vitest"));
  });

  it("gives Node's own modules, the same objects as require gives", () => {
    const require = nodeModule.createRequire(__filename);
    for (const name of ["node:vm", "node:os", "node:util", "node:path"] as const) {
      expect(nodeBuiltin(name)).toBe(require(name));
    }
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

  describe("requireBundle", () => {
    const made: string[] = [];
    const folder = () => {
      const dir = mkdtempSync(join(tmpdir(), "lac-node-module-"));
      made.push(dir);
      return dir;
    };
    const ON = Symbol.for("lac.nodeModule.compileCacheOn");
    afterEach(() => {
      // The switch is per process: each test starts with the cache not yet turned on.
      delete (globalThis as Record<symbol, unknown>)[ON];
      setCompileCacheFolder(undefined);
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    const bundle = (dir: string, value: number) => {
      const file = join(dir, `bundle-${value}.cjs`);
      writeFileSync(file, `module.exports = { value: ${value}, filename: __filename };`);
      return file;
    };

    it("loads a bundle as Node's require does, without turning the compile cache on when no folder is set", () => {
      const file = bundle(folder(), 1);
      expect(requireBundle(file)).toEqual({ value: 1, filename: file });
      expect(compileCacheOn()).toBe(false);
      flushCompileCache();
    });

    it("turns Node's compile cache on (Node.js 22 and later) in the folder set, at the first bundle only", () => {
      const cache = folder();
      setCompileCacheFolder(cache);
      const dir = folder();
      expect(compileCacheOn()).toBe(false);
      expect(requireBundle(bundle(dir, 2))).toMatchObject({ value: 2 });
      const on = Number(process.versions.node.split(".")[0]) >= 22;
      expect(compileCacheOn()).toBe(on);
      expect(requireBundle(bundle(dir, 3))).toMatchObject({ value: 3 });
      flushCompileCache();
      // Node.js keeps its cache in a folder of its own there: v<version>-<arch>-….
      const folders = readdirSync(cache);
      if (on) expect(folders).toEqual([expect.stringMatching(/^v\d+\.\d+\.\d+-/)]);
      else expect(folders).toEqual([]);
    });
  });
});
