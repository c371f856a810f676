import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import * as zlib from "node:zlib";
import { NO_SYSTEM_RANDOM, crc32, randomHex, sha256, usesNodeBindings, v8Flags } from "./crypto-and-flags.js";

const SHARED = Symbol.for("lac.cryptoAndFlags.bindings");
const shared = globalThis as Record<symbol, unknown>;
const found = shared[SHARED];
const CRC32 = Symbol.for("lac.cryptoAndFlags.crc32");
const foundCrc32 = shared[CRC32];
afterEach(() => {
  shared[SHARED] = found;
  shared[CRC32] = foundCrc32;
  delete shared[NO_SYSTEM_RANDOM];
});

/**
 * Runs each test three times: as lac runs here, with node:crypto and node:v8 (as on Node.js 22 and
 * later), and with node:crypto alone (no /dev/urandom either, as on Windows).
 */
const paths = [
  ["as lac runs on this Node.js", () => undefined],
  ["with node:crypto and node:v8", () => (shared[SHARED] = null)],
  [
    "with node:crypto and node:v8, without /dev/urandom",
    () => {
      shared[SHARED] = null;
      shared[NO_SYSTEM_RANDOM] = true;
    },
  ],
] as const;

describe("crypto-and-flags", () => {
  it("uses Node.js's bindings on Node.js 20 only", () => {
    expect(usesNodeBindings()).toBe(process.versions.node.split(".")[0] === "20");
  });

  it("gives zlib's CRC-32 of any bytes, as node:zlib's crc32 does", () => {
    const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    expect(zlibCrc32).toBeTypeOf("function");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(crc32(data)).toBe(zlibCrc32!(data));
      }),
      { numRuns: 200 },
    );
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  describe("gives no CRC-32 where Node.js has no binding that gives zlib's", () => {
    const processWithBinding = process as unknown as { binding?: (name: string) => unknown };
    const binding = processWithBinding.binding;
    afterEach(() => {
      processWithBinding.binding = binding;
    });
    const withBinding = (stand: ((name: string) => unknown) | undefined) => {
      delete shared[CRC32];
      processWithBinding.binding = stand;
      return crc32(Buffer.from("123456789"));
    };

    it("none at all, or one refused (Node's permission model)", () => {
      expect(withBinding(undefined)).toBeUndefined();
      expect(
        withBinding(() => {
          throw new Error("Access to this API has been restricted");
        }),
      ).toBeUndefined();
    });

    it("one without crc32 (Node.js 20.12 to 20.14), or whose crc32 gives another CRC", () => {
      expect(withBinding(() => ({}))).toBeUndefined();
      expect(withBinding(() => ({ crc32: () => 0x12345678 }))).toBeUndefined();
    });

    it("and lac's own slot set to none (as the tests of the code cache set it)", () => {
      shared[CRC32] = null;
      expect(crc32(Buffer.from("123456789"))).toBeUndefined();
    });

    it("the positive control: Node's own binding, taken again, gives it", () => {
      expect(withBinding(binding)).toBe(0xcbf43926);
    });
  });

  it("leaves Node's deprecation warnings as they were (process.binding is deprecated: its warning is off only for the call)", () => {
    for (const before of [false, true, undefined]) {
      process.noDeprecation = before as boolean;
      delete shared[CRC32];
      delete shared[SHARED];
      crc32(Buffer.from("x"));
      randomHex(4);
      sha256("x", "hex");
      expect(process.noDeprecation).toBe(before);
    }
    process.noDeprecation = false;
  });

  describe.each(paths)("%s", (_name, setUp) => {
    it("gives the SHA-256 of any text (as UTF-8, lone surrogates included) and any bytes, as node:crypto does", () => {
      setUp();
      const expected = (data: string | Uint8Array) =>
        createHash("sha256")
          .update(typeof data === "string" ? Buffer.from(data, "utf8") : data)
          .digest();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: "binary", maxLength: 300 }),
            fc.string({ unit: "grapheme", maxLength: 100 }),
            fc.uint8Array({ maxLength: 300 }),
          ),
          (data) => {
            const digest = expected(data);
            expect(sha256(data, "hex")).toBe(digest.toString("hex"));
            const bytes = sha256(data, "buffer");
            expect(Buffer.isBuffer(bytes) && bytes.equals(digest)).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
      // A document-sized, two-byte text (an en dash).
      const long = `${"Data Protection Act 2018 – Schedule 1\n".repeat(4000)}`;
      expect(sha256(long, "hex")).toBe(expected(long).toString("hex"));
      expect(sha256("", "hex")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    });

    it("gives the SHA-256 of bytes in parts as that of the bytes joined (property-based)", () => {
      setUp();
      fc.assert(
        fc.property(fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 12 }), (parts) => {
          const digest = createHash("sha256").update(Buffer.concat(parts)).digest();
          expect(sha256(parts, "hex")).toBe(digest.toString("hex"));
          const bytes = sha256(parts, "buffer");
          expect(Buffer.isBuffer(bytes) && bytes.equals(digest)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it("gives random hexadecimal digits, two for each byte, different each time", () => {
      setUp();
      const drawn = Array.from({ length: 200 }, () => randomHex(8));
      for (const hex of drawn) expect(hex).toMatch(/^[0-9a-f]{16}$/);
      expect(new Set(drawn).size).toBe(drawn.length);
      expect(randomHex(0)).toBe("");
      expect(randomHex(384)).toMatch(/^[0-9a-f]{768}$/);
    });

    it("sets V8's flags", () => {
      setUp();
      // A new source each time: V8 keeps what it compiled for a source it has seen.
      let calls = 0;
      const natives = () => new Function(`return %IsSmi(${(calls += 1)});`) as () => boolean;
      expect(natives).toThrow(SyntaxError);
      const flags = v8Flags();
      flags.setFlagsFromString("--allow-natives-syntax");
      try {
        expect(natives()()).toBe(true);
      } finally {
        flags.setFlagsFromString("--no-allow-natives-syntax");
      }
      expect(natives).toThrow(SyntaxError);
    });
  });
});
