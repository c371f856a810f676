import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadBundle } from "./compiled-code-cache.js";

let folder: string;
let bundle: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "lac-cache-"));
  bundle = join(folder, "bundle.cjs");
  writeFileSync(
    bundle,
    "exports.answer = () => 42; exports.where = __dirname; exports.req = typeof require;",
  );
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cacheFiles = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

describe("loadBundle", () => {
  it("loads a CommonJS bundle with its own __dirname and require", () => {
    const loaded = loadBundle<{ answer: () => number; where: string; req: string }>(bundle, "1.0.0", {
      LAC_CACHE_DIR: join(folder, "cache"),
    });
    expect(loaded.exports.answer()).toBe(42);
    expect(loaded.exports.where).toBe(folder);
    expect(loaded.exports.req).toBe("function");
  });

  it("writes a code cache once, after the run, and uses it the next time", () => {
    const env = { LAC_CACHE_DIR: join(folder, "cache") };
    const first = loadBundle(bundle, "1.0.0", env);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([]);
    first.saveCache();
    const written = cacheFiles(env.LAC_CACHE_DIR);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^1\.0\.0-node\d+\.\d+\.\d+-\w+-\d+-\d+\.cache$/);
    loadBundle(bundle, "1.0.0", env).saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual(written);
  });

  it("keeps caches of different versions apart", () => {
    const env = { LAC_CACHE_DIR: join(folder, "cache") };
    loadBundle(bundle, "1.0.0", env).saveCache();
    loadBundle(bundle, "1.1.0", env).saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toHaveLength(2);
  });

  it("writes nothing with LAC_NO_COMPILE_CACHE=1", () => {
    const env = { LAC_CACHE_DIR: join(folder, "cache"), LAC_NO_COMPILE_CACHE: "1" };
    const loaded = loadBundle<{ answer: () => number }>(bundle, "1.0.0", env);
    loaded.saveCache();
    expect(loaded.exports.answer()).toBe(42);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([]);
  });

  it("ignores a cache folder it cannot write", () => {
    writeFileSync(join(folder, "a-file"), "");
    const loaded = loadBundle<{ answer: () => number }>(bundle, "1.0.0", {
      LAC_CACHE_DIR: join(folder, "a-file", "cache"),
    });
    expect(() => loaded.saveCache()).not.toThrow();
    expect(loaded.exports.answer()).toBe(42);
  });

  it("ignores a damaged cache file", () => {
    const env = { LAC_CACHE_DIR: join(folder, "cache") };
    loadBundle(bundle, "1.0.0", env).saveCache();
    const [name] = cacheFiles(env.LAC_CACHE_DIR);
    writeFileSync(join(env.LAC_CACHE_DIR, name!), "not a code cache");
    const loaded = loadBundle<{ answer: () => number }>(bundle, "1.0.0", env);
    expect(loaded.exports.answer()).toBe(42);
    loaded.saveCache();
  });
});
