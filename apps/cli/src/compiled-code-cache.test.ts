import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import type * as NodeVm from "node:vm";
import * as zlib from "node:zlib";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheFolder, loadBundle, readIntoScratch } from "./compiled-code-cache.js";
import { setLongRunFlags } from "./v8-run-flags.js";

let folder: string;
let bundle: string;
let env: { LAC_CACHE_DIR: string };
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "lac-cache-"));
  bundle = join(folder, "commands.cjs");
  writeFileSync(
    bundle,
    "exports.answer = () => 42; exports.where = __dirname; exports.req = typeof require;",
  );
  env = { LAC_CACHE_DIR: join(folder, "cache") };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cacheFiles = (dir: string) => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

describe("loadBundle", () => {
  it("loads a CommonJS bundle with its own __dirname and require", () => {
    const loaded = loadBundle<{ answer: () => number; where: string; req: string }>(bundle, "init", env);
    expect(loaded.exports.answer()).toBe(42);
    expect(loaded.exports.where).toBe(folder);
    expect(loaded.exports.req).toBe("function");
  });

  it("writes a code cache after the run, and V8 uses it the next time", () => {
    const first = loadBundle(bundle, "init", env);
    expect(first.usedCache).toBe(false);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([]);
    first.saveCache();
    const written = cacheFiles(env.LAC_CACHE_DIR);
    expect(written).toEqual([expect.stringMatching(/^commands-[0-9a-f]{16}-init\.cache$/)]);
    const second = loadBundle(bundle, "init", env);
    expect(second.usedCache).toBe(true);
    second.saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual(written);
  });

  it("keeps the cache of a run that stopped early as partial, used until a complete run replaces it", () => {
    const stopped = loadBundle(bundle, "init", env);
    stopped.saveCache(false);
    const partial = cacheFiles(env.LAC_CACHE_DIR);
    expect(partial).toEqual([expect.stringMatching(/^commands-[0-9a-f]{16}-init\.partial\.cache$/)]);
    // Another run that stops early uses it and leaves it as it is.
    const again = loadBundle(bundle, "init", env);
    expect(again.usedCache).toBe(true);
    again.saveCache(false);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual(partial);
    // A complete run uses it too, then writes the whole cache in its place.
    const complete = loadBundle(bundle, "init", env);
    expect(complete.usedCache).toBe(true);
    complete.saveCache();
    const whole = cacheFiles(env.LAC_CACHE_DIR);
    expect(whole).toEqual([expect.stringMatching(/^commands-[0-9a-f]{16}-init\.cache$/)]);
    // From then on the whole cache is used and kept, whatever the run's end.
    const later = loadBundle(bundle, "init", env);
    expect(later.usedCache).toBe(true);
    later.saveCache(false);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual(whole);
  });

  it("keeps one cache per command", () => {
    loadBundle(bundle, "init", env).saveCache();
    loadBundle(bundle, "validate", env).saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toHaveLength(2);
  });

  it("keeps the caches of each bundle apart (a command's own bundle beside commands.cjs)", () => {
    const other = join(folder, "validate.cjs");
    writeFileSync(other, "exports.answer = () => 7;");
    loadBundle(bundle, "init", env).saveCache();
    loadBundle(other, "validate", env).saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([
      expect.stringMatching(/^commands-[0-9a-f]{16}-init\.cache$/),
      expect.stringMatching(/^validate-[0-9a-f]{16}-validate\.cache$/),
    ]);
    expect(loadBundle<{ answer: () => number }>(other, "validate", env).usedCache).toBe(true);
    expect(loadBundle(bundle, "init", env).usedCache).toBe(true);
  });

  it("never runs a changed bundle with the old bundle's code, and removes the old caches", () => {
    loadBundle(bundle, "init", env).saveCache();
    // Same length, different code: V8 alone would accept the old cache.
    writeFileSync(
      bundle,
      "exports.answer = () => 43; exports.where = __dirname; exports.req = typeof require;",
    );
    const changed = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(changed.usedCache).toBe(false);
    expect(changed.exports.answer()).toBe(43);
    const before = cacheFiles(env.LAC_CACHE_DIR);
    changed.saveCache();
    const after = cacheFiles(env.LAC_CACHE_DIR);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it("keeps the caches of another bundle, named after its file (lac report.s bundle)", () => {
    const report = join(folder, "report.cjs");
    writeFileSync(report, "exports.answer = () => 7;");
    loadBundle(bundle, "report", env).saveCache();
    loadBundle(report, "report", env).saveCache();
    const both = cacheFiles(env.LAC_CACHE_DIR);
    expect(both).toEqual([
      expect.stringMatching(/^commands-[0-9a-f]{16}-report\.cache$/),
      expect.stringMatching(/^report-[0-9a-f]{16}-report\.cache$/),
    ]);
    // Each is used the next time: neither removed the other's.
    expect(loadBundle(bundle, "report", env).usedCache).toBe(true);
    expect(loadBundle(report, "report", env).usedCache).toBe(true);
    // A changed report bundle replaces its own cache only.
    writeFileSync(report, "exports.answer = () => 8;");
    loadBundle(report, "report", env).saveCache();
    const after = cacheFiles(env.LAC_CACHE_DIR);
    expect(after[0]).toBe(both[0]);
    expect(after).toHaveLength(2);
    expect(after[1]).not.toBe(both[1]);
  });

  it("uses the hash the build wrote at the end of the bundle, when it fits the bundle", () => {
    const source = readFileSync(bundle, "utf8");
    writeFileSync(bundle, withContentHash(source, "a".repeat(64)));
    loadBundle(bundle, "init", env).saveCache();
    const withBuiltHash = cacheFiles(env.LAC_CACHE_DIR);
    expect(loadBundle(bundle, "init", env).usedCache).toBe(true);
    // A hash that does not fit the bundle (another length) is ignored: the hash is computed.
    writeFileSync(bundle, `${source}\n// lac-content-hash ${"a".repeat(64)} 1\n`);
    const computed = loadBundle(bundle, "init", env);
    expect(computed.usedCache).toBe(false);
    computed.saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).not.toEqual(withBuiltHash);
  });

  it("takes the hash the build writes as the bundle's own: the cache is named as that of the bundle without it", () => {
    const source = readFileSync(bundle, "utf8");
    loadBundle(bundle, "init", env).saveCache();
    const named = cacheFiles(env.LAC_CACHE_DIR);
    writeFileSync(bundle, withContentHash(source, createHash("sha256").update(source).digest("hex")));
    const hashed = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(hashed.exports.answer()).toBe(42);
    hashed.saveCache();
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual(named);
  });

  it("ignores a content hash anywhere but at the very end of the bundle", () => {
    const code = (answer: number) => `exports.answer = () => ${answer};`;
    // What comes before the comment is as long in both, and the comment fits it: only the code after differs.
    writeFileSync(bundle, `${withContentHash(code(1), "a".repeat(64))}${code(2)}`);
    loadBundle(bundle, "init", env).saveCache();
    writeFileSync(bundle, `${withContentHash(code(1), "a".repeat(64))}${code(3)}`);
    const changed = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(changed.usedCache).toBe(false);
    expect(changed.exports.answer()).toBe(3);
  });

  it("reads each bundle whole and as UTF-8, however long, into a buffer shared by the bundles", () => {
    // A bundle with text beyond ASCII, and one longer than the buffer's first size (2 MiB), so that it grows.
    const welsh = join(folder, "welsh.cjs");
    writeFileSync(
      welsh,
      'exports.word = () => "Cymraeg: ŵ ŷ â — 😀"; exports.later = function later() { return "á"; };',
    );
    const long = join(folder, "long.cjs");
    const filler = "x".repeat(3 * 1024 * 1024);
    writeFileSync(long, `exports.length = () => ${JSON.stringify(filler)}.length;`);
    for (let round = 0; round < 2; round += 1) {
      const first = loadBundle<{ word: () => string; later: () => string }>(welsh, "init", env);
      const second = loadBundle<{ length: () => number }>(long, "init", env);
      expect(first.usedCache).toBe(round === 1);
      expect(second.usedCache).toBe(round === 1);
      // Compiled after the other bundle was read over the buffer: V8 kept a copy of the source.
      expect(first.exports.later()).toBe("á");
      expect(first.exports.later.toString()).toBe('function later() { return "á"; }');
      expect(first.exports.word()).toBe("Cymraeg: ŵ ŷ â — 😀");
      expect(second.exports.length()).toBe(filler.length);
      first.saveCache();
      second.saveCache();
    }
  });

  it("reads a file into the shared buffer as readFileSync does: its size as told, or to its end when told 0", () => {
    // 3 MiB: longer than the buffer's first size (2 MiB), so that a read of unknown size makes it grow.
    const file = join(folder, "data.bin");
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, "lac-");
    writeFileSync(file, bytes);
    const read = (size: number, offset = 0, room = 0) => {
      const fd = openSync(file, "r");
      try {
        const { buffer, length } = readIntoScratch(fd, size, offset, room);
        return {
          data: Buffer.from(buffer.subarray(offset, offset + length)),
          room: buffer.length - offset - length,
        };
      } finally {
        closeSync(fd);
      }
    };
    expect(read(0).data.equals(bytes)).toBe(true);
    expect(read(bytes.length).data.equals(bytes)).toBe(true);
    // Told fewer bytes than the file has (it grew since fstat): only those, as readFileSync.
    expect(read(10).data.equals(bytes.subarray(0, 10))).toBe(true);
    // At an offset, with room left after it for the module wrapper's tail.
    const wrapped = read(bytes.length, 100, 50);
    expect(wrapped.data.equals(bytes)).toBe(true);
    expect(wrapped.room).toBeGreaterThanOrEqual(50);
    const unknown = read(0, 100, 50);
    expect(unknown.data.equals(bytes)).toBe(true);
    expect(unknown.room).toBeGreaterThanOrEqual(50);
  });

  it("reports errors at the same line and column as Node.js's own loader", () => {
    const failing = join(folder, "failing.cjs");
    writeFileSync(failing, "exports.fail = () => {\n  throw new Error('here');\n};");
    const loaded = loadBundle<{ fail: () => void }>(failing, "init", env);
    let stack = "";
    try {
      loaded.exports.fail();
    } catch (error) {
      stack = (error as Error).stack ?? "";
    }
    expect(stack).toContain(`${failing}:2:9`);
  });

  it("writes nothing with LAC_NO_COMPILE_CACHE=1", () => {
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", {
      ...env,
      LAC_NO_COMPILE_CACHE: "1",
    });
    loaded.saveCache();
    expect(loaded.exports.answer()).toBe(42);
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([]);
  });

  it("ignores a cache folder it cannot write, leaving no temporary file", () => {
    writeFileSync(join(folder, "a-file"), "");
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", {
      LAC_CACHE_DIR: join(folder, "a-file", "cache"),
    });
    expect(() => loaded.saveCache()).not.toThrow();
    expect(loaded.exports.answer()).toBe(42);
    expect(cacheFiles(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("ignores a damaged cache file and replaces it", () => {
    loadBundle(bundle, "init", env).saveCache();
    const [name] = cacheFiles(env.LAC_CACHE_DIR);
    writeFileSync(join(env.LAC_CACHE_DIR, name!), "not a code cache");
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(loaded.usedCache).toBe(false);
    expect(loaded.exports.answer()).toBe(42);
    loaded.saveCache();
    expect(loadBundle(bundle, "init", env).usedCache).toBe(true);
  });
});

/** A bundle as the build ends it (scripts/hash-bundle.mjs), with `hash` as its content hash. */
function withContentHash(source: string, hash: string): string {
  return `${source}\n// lac-content-hash ${hash} ${source.length}\n`;
}

/** Where setShortRunFlags keeps V8's flags, and where setLongRunFlags marks what it changed (v8-run-flags.ts). */
const SHORT_RUN_MARK = Symbol.for("lac.shortRunFlags");
const LONG_RUN_MARK = Symbol.for("lac.longRunFlags");

describe("code caches in a run that set the long run's flags (setLongRunFlags)", () => {
  const shared = globalThis as Record<symbol, unknown>;
  let set: string[];
  beforeEach(() => {
    set = [];
    // A stand-in for V8's flags, as setShortRunFlags leaves them: the real ones stay as they are.
    shared[SHORT_RUN_MARK] = { setFlagsFromString: (flags: string) => set.push(flags) };
  });
  afterEach(() => {
    delete shared[SHORT_RUN_MARK];
    delete shared[LONG_RUN_MARK];
  });

  it("reads and makes code caches with the short run's flags, as the command started, and sets the long run's again after", () => {
    setLongRunFlags();
    const turnedOn = [...set];
    expect(turnedOn).toContain("--sparkplug");
    expect(turnedOn).toContain("--semi-space-growth-factor=2");
    set.length = 0;
    const shortRun = turnedOn.map((flag) =>
      flag === "--semi-space-growth-factor=2" ? "--semi-space-growth-factor=1" : flag.replace("--", "--no-"),
    );
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(set).toEqual([...shortRun, ...turnedOn]);
    set.length = 0;
    loaded.saveCache();
    expect(set).toEqual([...shortRun, ...turnedOn]);
    // The cache was made under the command's own label, and fits the next run, which starts that way.
    expect(cacheFiles(env.LAC_CACHE_DIR)).toEqual([expect.stringMatching(/-init-interpreted\.cache$/)]);
  });
});

/** zlib's CRC-32 from node:zlib (Node.js 20.15, 22.2 and later: every Node.js lac is tested on). */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
/** Where lac keeps its CRC-32 binding (crypto-and-flags.ts): null makes lac use SHA-256 (format 2). */
const CRC32_SLOT = Symbol.for("lac.cryptoAndFlags.crc32");

/** The key of `bundle`'s cache files in `format`. */
function keyOf(format: 2 | 4): string {
  const contentHash = createHash("sha256").update(readFileSync(bundle)).digest("hex");
  return `\nlac-code-cache ${format} ${process.versions.node} ${process.arch} ${contentHash}`;
}

/** The checksum of a cache file of `format` for `bundle` holding `data`, worked out here with node:zlib or a Hash object. */
function checksumOf(format: 2 | 4, data: Buffer): Buffer {
  const key = keyOf(format);
  if (format === 2) return createHash("sha256").update(data).update(key, "latin1").digest();
  // The CRC-32, then 4 bytes of zeros, so that the data starts 8 bytes in.
  const checksum = Buffer.alloc(8);
  checksum.writeUInt32BE(zlibCrc32!(Buffer.from(key, "latin1"), zlibCrc32!(data)));
  return checksum;
}

describe("the format of a cache file", () => {
  it("checks cache files with a CRC-32 on every Node.js lac is tested on (20.15, 22.2 and later have zlib's crc32)", () => {
    expect(zlibCrc32).toBeTypeOf("function");
    loadBundle(bundle, "init", env).saveCache();
    const [name] = cacheFiles(env.LAC_CACHE_DIR);
    const bytes = readFileSync(join(env.LAC_CACHE_DIR, name!));
    expect(bytes.subarray(0, 8).equals(checksumOf(4, bytes.subarray(8)))).toBe(true);
  });

  it("keeps the cache files of each format apart (SHA-256 where Node.js has no CRC-32 binding), and replaces the other's", () => {
    const shared = globalThis as Record<symbol, unknown>;
    const found = shared[CRC32_SLOT];
    try {
      shared[CRC32_SLOT] = null;
      loadBundle(bundle, "init", env).saveCache();
      const [formatTwo] = cacheFiles(env.LAC_CACHE_DIR);
      shared[CRC32_SLOT] = found;
      const loaded = loadBundle(bundle, "init", env);
      expect(loaded.usedCache).toBe(false);
      loaded.saveCache();
      // Another key, so another name; saving it removed the other build's file (compiled-code-cache.ts).
      const names = cacheFiles(env.LAC_CACHE_DIR);
      expect(names).toHaveLength(1);
      expect(names[0]).not.toBe(formatTwo);
    } finally {
      shared[CRC32_SLOT] = found;
    }
  });
});

describe.each([4, 2] as const)("the checksum of a cache file of format %i", (format) => {
  const checksumBytes = format === 4 ? 8 : 32;
  const shared = globalThis as Record<symbol, unknown>;
  const found = shared[CRC32_SLOT];
  beforeEach(() => {
    if (format === 2) shared[CRC32_SLOT] = null;
  });
  afterEach(() => {
    shared[CRC32_SLOT] = found;
  });

  /** Writes the cache of `bundle` and returns its path and bytes. */
  function intactCache(): { path: string; bytes: Buffer } {
    loadBundle(bundle, "init", env).saveCache();
    const names = cacheFiles(env.LAC_CACHE_DIR);
    expect(names).toHaveLength(1);
    const path = join(env.LAC_CACHE_DIR, names[0]!);
    return { path, bytes: readFileSync(path) };
  }

  /** Whether lac uses the cache file as it is now, checking that the bundle runs as it should either way. */
  function used(): boolean {
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(loaded.exports.answer()).toBe(42);
    return loaded.usedCache;
  }

  it("is the checksum of the data, the file's format and the bundle's key (Node.js, processor, content hash)", () => {
    const { bytes } = intactCache();
    expect(bytes.subarray(0, checksumBytes).equals(checksumOf(format, bytes.subarray(checksumBytes)))).toBe(
      true,
    );
    expect(used()).toBe(true);
  });

  it("gives V8 the data at a multiple of 8 bytes into its buffer, where V8 uses it without copying it first", () => {
    intactCache();
    // node:vm as lac gets it (createRequire), whose Script is watched for the cached data it is given.
    const vm = createRequire(import.meta.url)("node:vm") as { Script: typeof NodeVm.Script };
    const Script = vm.Script;
    const given: Buffer[] = [];
    vm.Script = class extends Script {
      constructor(code: string, options?: NodeVm.ScriptOptions) {
        if (options?.cachedData !== undefined) given.push(options.cachedData as Buffer);
        super(code, options);
      }
    };
    try {
      expect(used()).toBe(true);
    } finally {
      vm.Script = Script;
    }
    expect(given).toHaveLength(1);
    // The buffer's memory starts at an address malloc aligned to at least 8 bytes.
    expect(given[0]!.byteOffset % 8).toBe(0);
  });

  it("refuses a cache cut short, at any length, and an empty one", () => {
    const { path, bytes } = intactCache();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        writeFileSync(path, bytes.subarray(0, length));
        expect(used()).toBe(false);
      }),
      { numRuns: 60 },
    );
    writeFileSync(path, "");
    expect(used()).toBe(false);
    writeFileSync(path, bytes);
    expect(used()).toBe(true);
  });

  it("refuses a cache with any one bit changed, in the checksum or the data", () => {
    const { path, bytes } = intactCache();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (at, bit) => {
          const damaged = Buffer.from(bytes);
          damaged[at]! ^= 1 << bit;
          writeFileSync(path, damaged);
          expect(used()).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
    writeFileSync(path, bytes);
    expect(used()).toBe(true);
  });

  it("refuses the cache of another bundle of the same length, which V8 alone would run", () => {
    const { path, bytes } = intactCache();
    const source = readFileSync(bundle, "utf8");
    const otherEnv = { LAC_CACHE_DIR: join(folder, "other-cache") };
    writeFileSync(bundle, source.replace("42", "43"));
    loadBundle(bundle, "init", otherEnv).saveCache();
    const [otherName] = cacheFiles(otherEnv.LAC_CACHE_DIR);
    const otherCache = readFileSync(join(otherEnv.LAC_CACHE_DIR, otherName!));
    // Back to the bundle of the intact cache, with the other bundle's cache in its place.
    writeFileSync(bundle, source);
    writeFileSync(path, otherCache);
    expect(used()).toBe(false);
    writeFileSync(path, bytes);
    expect(used()).toBe(true);
  });

  it("refuses a cache file lac wrote before (with the checksum of the data alone), and replaces it", () => {
    const { path, bytes } = intactCache();
    const data = bytes.subarray(checksumBytes);
    writeFileSync(path, Buffer.concat([createHash("sha256").update(data).digest(), data]));
    const loaded = loadBundle<{ answer: () => number }>(bundle, "init", env);
    expect(loaded.usedCache).toBe(false);
    expect(loaded.exports.answer()).toBe(42);
    loaded.saveCache();
    const replaced = readFileSync(path);
    expect(
      replaced.subarray(0, checksumBytes).equals(checksumOf(format, replaced.subarray(checksumBytes))),
    ).toBe(true);
    expect(used()).toBe(true);
  });
});

describe("cacheFolder", () => {
  it("uses only absolute folders", () => {
    expect(cacheFolder({ LAC_CACHE_DIR: "/var/cache/lac" })).toBe("/var/cache/lac");
    expect(cacheFolder({ LAC_CACHE_DIR: "relative/cache" })).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: "/home/x/.cache" })).toBe("/home/x/.cache/lac");
    expect(cacheFolder({ XDG_CACHE_HOME: "rel", HOME: "" })).not.toMatch(/^rel/);
    expect(cacheFolder({ LAC_NO_COMPILE_CACHE: "1", LAC_CACHE_DIR: "/x" })).toBeUndefined();
  });
});
