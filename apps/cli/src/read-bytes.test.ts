import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readBytesInto } from "./read-bytes.js";

const folder = mkdtempSync(join(tmpdir(), "lac-read-bytes-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("readBytesInto", () => {
  it("reads a file's first bytes, as many as the buffer holds or the file has", () => {
    const path = join(folder, "file");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 300 }), (bytes, room) => {
        writeFileSync(path, bytes);
        const buffer = new Uint8Array(room);
        const length = readBytesInto(path, buffer);
        expect(length).toBe(Math.min(room, bytes.length));
        expect(buffer.subarray(0, length)).toEqual(bytes.subarray(0, length));
      }),
      { numRuns: 100 },
    );
  });

  it("fills the buffer from a device that never ends", () => {
    expect(readBytesInto("/dev/zero", new Uint8Array(70_000).fill(1))).toBe(70_000);
  });

  it("gives undefined for a file that cannot be read", () => {
    expect(readBytesInto(join(folder, "missing"), new Uint8Array(4))).toBeUndefined();
    expect(readBytesInto(folder, new Uint8Array(4))).toBeUndefined();
  });
});
