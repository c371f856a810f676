import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashContent } from "../pack-files/content-hash.js";
import type * as WriteFileAtomicModule from "../pack-files/write-file-atomic.js";
import { PENDING_PATH, writePending, type FileMerge } from "./merge-pack-files.js";

// Records whether each write was flushed to the disk before lac went on (`durable`).
const atomicWrites = vi.hoisted(() => ({ durable: [] as boolean[] }));
vi.mock("../pack-files/write-file-atomic.js", async (importOriginal) => {
  const actual = await importOriginal<typeof WriteFileAtomicModule>();
  return {
    ...actual,
    writeFileAtomic: async (
      path: string,
      content: string | Uint8Array,
      options?: Parameters<typeof actual.writeFileAtomic>[2],
    ) => {
      atomicWrites.durable.push(options?.durable === true);
      return actual.writeFileAtomic(path, content, options);
    },
  };
});

let target: string;
beforeEach(async () => {
  target = await mkdtemp(join(tmpdir(), "lac-pending-"));
  // The caller makes the .lac folder (pack-output.ts).
  await mkdir(join(target, ".lac"));
  atomicWrites.durable = [];
});
afterEach(async () => {
  await rm(target, { recursive: true, force: true });
});

const merges: FileMerge[] = [
  { path: "README.md", status: "create", content: "# Pack\n", base: "# Pack\n" },
  { path: "plan.md", status: "merged", content: "# Plan, merged\n", base: "# Plan\n" },
];

describe("writePending", () => {
  it.each([
    ["flushes the record to the disk for a pack that has a state file", true],
    ["writes the record without waiting for the disk on a pack's first run", false],
  ])("%s", async (_, durable) => {
    await writePending(target, merges, {}, {}, durable);
    expect(atomicWrites.durable).toEqual([durable]);
    expect(JSON.parse(await readFile(join(target, ...PENDING_PATH.split("/")), "utf8"))).toEqual({
      files: {
        "README.md": { written: hashContent("# Pack\n") },
        "plan.md": { written: hashContent("# Plan, merged\n"), base: "# Plan\n" },
      },
    });
  });

  it("flushes the record to the disk unless told otherwise", async () => {
    await writePending(target, merges);
    expect(atomicWrites.durable).toEqual([true]);
  });
});
