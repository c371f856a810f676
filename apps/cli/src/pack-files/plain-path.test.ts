import { basename, dirname, join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childOf, isNormalAbsolute, joinUnder, resolveUnder, splitLast } from "./plain-path.js";

// Pieces that make paths node:path normalises (".", "..", doubled and trailing "/", "\\", "C:") and
// paths it leaves as they are.
const piece = fc.constantFrom(
  "a",
  "b",
  "x.md",
  ".",
  "..",
  "...",
  ".a",
  "",
  "/",
  "//",
  "\\",
  ":",
  "C:",
  "é",
  "–",
);
const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
const folder = fc.oneof(
  text.map((path) => `/${path}`),
  text,
  fc.constantFrom("/", "/tmp/pack", "/tmp/pack/", "/tmp//pack", "/tmp/./pack", "/tmp/../pack", "tmp/pack"),
);

describe("plain paths: the same as node:path (property)", () => {
  it("resolveUnder is resolve(dir, ...path.split('/'))", () => {
    fc.assert(
      fc.property(folder, text, (dir, path) => {
        expect(resolveUnder(dir, path)).toBe(resolve(dir, ...path.split("/")));
      }),
      { numRuns: 5000 },
    );
  });

  it("joinUnder is join(dir, ...path.split('/'))", () => {
    fc.assert(
      fc.property(folder, text, (dir, path) => {
        expect(joinUnder(dir, path)).toBe(join(dir, ...path.split("/")));
      }),
      { numRuns: 5000 },
    );
  });

  it("childOf is join(dir, name)", () => {
    fc.assert(
      fc.property(folder, text, (dir, name) => {
        expect(childOf(dir, name)).toBe(join(dir, name));
      }),
      { numRuns: 5000 },
    );
  });

  it("splitLast is dirname and basename", () => {
    fc.assert(
      fc.property(folder, (path) => {
        expect(splitLast(path)).toEqual({ dir: dirname(path), name: basename(path) });
      }),
      { numRuns: 5000 },
    );
  });

  it("takes the short way for the paths a pack has", () => {
    expect(isNormalAbsolute("/tmp/pack")).toBe(true);
    for (const dir of ["/", "/tmp/", "/tmp//pack", "/tmp/./pack", "/tmp/..", "tmp"])
      expect(isNormalAbsolute(dir)).toBe(false);
    expect(resolveUnder("/tmp/pack", ".lac/base/data-sharing/north-trust.md")).toBe(
      "/tmp/pack/.lac/base/data-sharing/north-trust.md",
    );
  });
});
