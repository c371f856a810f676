import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as ContentHashModule from "./content-hash.js";
import { hashContent } from "./content-hash.js";
import { resolveTargetRootNow } from "./locate-pack-file.js";
import { inspectPackFileNow } from "./plan-pack-write.js";
import { RenderedText } from "./rendered-text.js";
import { Utf8Parts } from "./utf8-parts.js";

// Counts the files' bytes hashed: a rendered text or .lac/bases' parts are hashed (once) by the run anyway.
const hashed = vi.hoisted(() => ({ buffers: 0 }));
vi.mock("./content-hash.js", async (importOriginal) => {
  const actual = await importOriginal<typeof ContentHashModule>();
  return {
    ...actual,
    hashContent: (content: Parameters<typeof actual.hashContent>[0]) => {
      if (Buffer.isBuffer(content)) hashed.buffers += 1;
      return actual.hashContent(content);
    },
  };
});

const target = mkdtempSync(join(tmpdir(), "lac-known-"));
afterAll(() => rmSync(target, { recursive: true, force: true }));
beforeEach(() => {
  hashed.buffers = 0;
});

function inspect(file: string, bytes: Uint8Array, unless: RenderedText | Utf8Parts) {
  writeFileSync(join(target, file), bytes);
  const rooted = resolveTargetRootNow(target);
  if (!rooted.ok) throw new Error(rooted.problem.message);
  return inspectPackFileNow(rooted.root, file, undefined, { unless });
}

/** Texts cut into parts, some given as bytes and some as text, as .lac/bases is made. */
const partsOf = fc.array(
  fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string().map((text) => Buffer.from(text)),
  ),
  {
    maxLength: 6,
  },
);

describe("inspecting a file lac knows the bytes of", () => {
  it("does not hash a file that holds the bytes rendered for it, given whole or in parts (property-based)", () => {
    fc.assert(
      fc.property(partsOf, fc.boolean(), (parts, whole) => {
        const content = Utf8Parts.of(parts);
        const bytes = content.joined();
        const unless = whole ? RenderedText.ofBytes(bytes, bytes.toString("utf8").length) : content;
        const currentHash = hashContent(bytes);
        hashed.buffers = 0;
        const inspection = inspect("same.md", bytes, unless);
        expect(hashed.buffers).toBe(0);
        expect(inspection).toEqual({ ok: true, current: undefined, currentHash, readOnly: false });
      }),
    );
  });

  it("hashes and keeps a file that differs by one byte or in length, however the parts fall (property-based)", () => {
    fc.assert(
      fc.property(
        partsOf.filter((parts) => Utf8Parts.of(parts).byteLength > 0),
        fc.nat(),
        fc.constantFrom("flip", "longer", "shorter"),
        (parts, at, change) => {
          const content = Utf8Parts.of(parts);
          const bytes = Buffer.from(content.joined());
          const index = at % bytes.byteLength;
          const changed =
            change === "flip"
              ? Buffer.from(bytes.map((byte, i) => (i === index ? byte ^ 1 : byte)))
              : change === "longer"
                ? Buffer.concat([bytes, Buffer.from("x")])
                : bytes.subarray(0, bytes.byteLength - 1);
          hashed.buffers = 0;
          const inspection = inspect("other.md", changed, content);
          expect(hashed.buffers).toBeGreaterThan(0);
          expect(inspection).toEqual({
            ok: true,
            current: changed,
            currentHash: hashContent(changed),
            readOnly: false,
          });
        },
      ),
    );
  });
});
