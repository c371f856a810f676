// lendReadBuffer: lac init encodes its documents into the buffer lac read its own code into; a read
// after that must never read over them.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lendReadBuffer, readIntoScratch } from "./compiled-code-cache.js";

const SCRATCH = Symbol.for("lac.compiledCodeCache.readBuffer");
const shared = globalThis as Record<symbol, unknown>;

let folder: string;
let before: unknown;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "lac-lend-"));
  before = shared[SCRATCH];
  shared[SCRATCH] = undefined;
});

afterEach(() => {
  shared[SCRATCH] = before;
  rmSync(folder, { recursive: true, force: true });
});

function read(name: string, text: string): { buffer: Buffer; length: number } {
  const path = join(folder, name);
  writeFileSync(path, text);
  const fd = openSync(path, "r");
  try {
    return readIntoScratch(fd, Buffer.byteLength(text));
  } finally {
    closeSync(fd);
  }
}

describe("lendReadBuffer", () => {
  it("gives nothing before anything was read", () => {
    expect(lendReadBuffer()).toBeUndefined();
  });

  it("gives the buffer files were read into, as a plain Uint8Array over the same memory", () => {
    const { buffer } = read("bundle.cjs", "module.exports = 1;");
    const lent = lendReadBuffer();
    expect(lent).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(lent)).toBe(false);
    expect(lent?.buffer).toBe(buffer.buffer);
    expect(lent?.byteOffset).toBe(buffer.byteOffset);
    expect(lent?.length).toBe(buffer.length);
  });

  it("gives it once: the next read makes a buffer of its own and leaves what was written in the lent one", () => {
    read("bundle.cjs", "x".repeat(5000));
    const lent = lendReadBuffer();
    if (lent === undefined) throw new Error("nothing lent");
    const documents = new TextEncoder().encode("# Data-sharing agreement – Brackenford\n");
    lent.set(documents);
    expect(lendReadBuffer()).toBeUndefined();
    const next = read("formats.cjs", "y".repeat(8000));
    expect(next.buffer.buffer).not.toBe(lent.buffer);
    expect(next.buffer.subarray(0, next.length).toString()).toBe("y".repeat(8000));
    expect(lent.subarray(0, documents.length)).toStrictEqual(documents);
  });
});
