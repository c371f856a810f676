import type * as NodeFs from "node:fs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { readBytesInto } from "./read-bytes.js";

/** How many bytes each read may give at most (a pipe or a device gives what it has), and a read that fails. */
const reads = vi.hoisted(() => ({ most: Infinity, failAfter: Infinity }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  let count = 0;
  return {
    ...fs,
    readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: null) => {
      count += 1;
      if (count > reads.failAfter) throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
      return fs.readSync(fd, buffer, offset, Math.min(length, reads.most), position);
    },
  };
});
afterEach(() => {
  reads.most = Infinity;
  reads.failAfter = Infinity;
});

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
    const buffer = new Uint8Array(70_000).fill(1);
    expect(readBytesInto("/dev/zero", buffer)).toBe(70_000);
    expect(buffer.every((byte) => byte === 0)).toBe(true);
  });

  it("reads on when a read gives fewer bytes than asked, and gives undefined when one fails", () => {
    const path = join(folder, "pieces");
    const bytes = Uint8Array.from({ length: 100 }, (_, index) => index);
    writeFileSync(path, bytes);
    reads.most = 7;
    const buffer = new Uint8Array(64);
    expect(readBytesInto(path, buffer)).toBe(64);
    expect(buffer).toEqual(bytes.subarray(0, 64));
    reads.failAfter = 3;
    expect(readBytesInto(path, new Uint8Array(64))).toBeUndefined();
  });

  it("reads only a character device when asked to (as /dev/urandom is)", () => {
    const path = join(folder, "not-a-device");
    writeFileSync(path, "the same bytes every time");
    expect(readBytesInto(path, new Uint8Array(8), { device: true })).toBeUndefined();
    expect(readBytesInto(path, new Uint8Array(8))).toBe(8);
    expect(readBytesInto("/dev/urandom", new Uint8Array(8), { device: true })).toBe(8);
  });

  it("gives undefined for a file that cannot be read", () => {
    expect(readBytesInto(join(folder, "missing"), new Uint8Array(4))).toBeUndefined();
    expect(readBytesInto(folder, new Uint8Array(4))).toBeUndefined();
  });
});
