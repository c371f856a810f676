import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renameSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  RENAME_RETRY_BUDGET_MS,
  TEMP_FILE_PATTERN,
  renameWithRetry,
  writeFileAtomic,
} from "./write-file-atomic.js";
import { Utf8Parts } from "./utf8-parts.js";

function osError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** A rename that fails with `code` the first `failures` times, then renames for real. */
function failingRename(code: string, failures: number) {
  const calls: string[] = [];
  const rename = (from: string, to: string) => {
    calls.push(from);
    if (calls.length <= failures) throw osError(code);
    renameSync(from, to);
  };
  return { rename, calls };
}

const noWait = { sleep: () => Promise.resolve() };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lac-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("creates a file and leaves no temporary file behind", async () => {
    await writeFileAtomic(join(dir, "plan.md"), "Plan\n");
    expect(await readFile(join(dir, "plan.md"), "utf8")).toBe("Plan\n");
    expect(await readdir(dir)).toEqual(["plan.md"]);
  });

  it("writes bytes in parts as the bytes they join into, more parts than one writev(2) takes included", async () => {
    // Linux takes at most 1024 buffers in one writev: libuv writes the rest after.
    const texts = Array.from({ length: 3000 }, (_, index) => `${index} – ${"ŵ".repeat(index % 7)}\n`);
    const parts = Utf8Parts.of(
      texts.flatMap<string | Buffer>((text, index) => (index % 2 === 0 ? [Buffer.from(text)] : [text])),
    );
    expect(parts.parts.length).toBeGreaterThan(2048);
    await writeFileAtomic(join(dir, "bases"), parts);
    expect(await readFile(join(dir, "bases"), "utf8")).toBe(texts.join(""));
    await writeFileAtomic(join(dir, "empty"), Utf8Parts.of([]));
    expect(await readFile(join(dir, "empty"), "utf8")).toBe("");
    expect((await readdir(dir)).sort()).toEqual(["bases", "empty"]);
  });

  it("replaces a file and keeps its permission bits", async () => {
    await writeFile(join(dir, "plan.md"), "old");
    await chmod(join(dir, "plan.md"), 0o640);
    await writeFileAtomic(join(dir, "plan.md"), "new");
    expect(await readFile(join(dir, "plan.md"), "utf8")).toBe("new");
    expect((await stat(join(dir, "plan.md"))).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(["plan.md"]);
  });

  it("rejects with the OS error when the folder does not exist", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "plan.md"), "x")).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("gives each temporary file a name of its own, of lac's pattern, across many writes", async () => {
    // The random digits are drawn for 64 names at a time: 150 writes draw three times.
    const temporary: string[] = [];
    const rename = (from: string, to: string) => {
      temporary.push(from);
      renameSync(from, to);
    };
    for (let index = 0; index < 150; index += 1) {
      await writeFileAtomic(join(dir, `file-${index}.md`), `${index}\n`, { retry: { rename } });
    }
    expect(temporary).toHaveLength(150);
    expect(new Set(temporary).size).toBe(150);
    temporary.forEach((path, index) => {
      expect(path.startsWith(join(dir, `.file-${index}.md.lac-`))).toBe(true);
      expect(path.slice(dir.length + 1)).toMatch(TEMP_FILE_PATTERN);
    });
    expect(new Set(temporary.map((path) => path.slice(-16, -4))).size).toBe(150);
  });

  it("removes its temporary file and leaves the target alone when the rename fails", async () => {
    await mkdir(join(dir, "plan.md"));
    await writeFile(join(dir, "plan.md", "inside.txt"), "kept");
    await expect(writeFileAtomic(join(dir, "plan.md"), "x")).rejects.toHaveProperty("code");
    expect(await readdir(dir)).toEqual(["plan.md"]);
    expect(await readFile(join(dir, "plan.md", "inside.txt"), "utf8")).toBe("kept");
  });
});

describe("writeFileAtomic on Windows, while another program holds the file", () => {
  it.each(["EPERM", "EBUSY", "EACCES"])(
    "retries a rename refused with %s until it succeeds",
    async (code) => {
      await writeFile(join(dir, "plan.md"), "old");
      const { rename, calls } = failingRename(code, 3);
      await writeFileAtomic(join(dir, "plan.md"), "new", { retry: { platform: "win32", rename, ...noWait } });
      expect(calls).toHaveLength(4);
      expect(await readFile(join(dir, "plan.md"), "utf8")).toBe("new");
      expect(await readdir(dir)).toEqual(["plan.md"]);
    },
  );

  it("gives up after a short while, removes its temporary file and leaves the target as it was", async () => {
    await writeFile(join(dir, "plan.md"), "old");
    const { rename, calls } = failingRename("EBUSY", Number.POSITIVE_INFINITY);
    const waits: number[] = [];
    const sleep = (ms: number) => Promise.resolve(waits.push(ms));
    await expect(
      writeFileAtomic(join(dir, "plan.md"), "new", { retry: { platform: "win32", rename, sleep } }),
    ).rejects.toMatchObject({ code: "EBUSY" });
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(RENAME_RETRY_BUDGET_MS);
    expect(waits[0]).toBe(10);
    expect(Math.max(...waits)).toBeLessThanOrEqual(500);
    expect(calls.length).toBe(waits.length + 1);
    expect(await readFile(join(dir, "plan.md"), "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["plan.md"]);
  });
});

describe("renameWithRetry", () => {
  it("does not retry errors that are not transient", async () => {
    const { rename, calls } = failingRename("ENOSPC", 1);
    await expect(
      renameWithRetry(join(dir, "a"), join(dir, "b"), { platform: "win32", rename, ...noWait }),
    ).rejects.toMatchObject({ code: "ENOSPC" });
    expect(calls).toHaveLength(1);
  });

  it("does not retry EPERM where it means a real lack of permission (Linux, macOS)", async () => {
    for (const platform of ["linux", "darwin"] as const) {
      const { rename, calls } = failingRename("EPERM", 1);
      await expect(
        renameWithRetry(join(dir, "a"), join(dir, "b"), { platform, rename, ...noWait }),
      ).rejects.toMatchObject({ code: "EPERM" });
      expect(calls).toHaveLength(1);
    }
  });

  it("waits for real between tries by default", async () => {
    await writeFile(join(dir, "a"), "x");
    const { rename, calls } = failingRename("EBUSY", 2);
    const started = Date.now();
    await renameWithRetry(join(dir, "a"), join(dir, "b"), { platform: "win32", rename });
    expect(calls).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(await readFile(join(dir, "b"), "utf8")).toBe("x");
  });
});

describe("TEMP_FILE_PATTERN", () => {
  it("matches the names writeFileAtomic gives its temporary files, and nothing like them", () => {
    for (const name of [
      ".README.md.lac-7b5fa719c65c.tmp",
      ".lac-0123456789ab.tmp",
      ".state.json.lac-abcdefabcdef.tmp",
    ])
      expect(name).toMatch(TEMP_FILE_PATTERN);
    for (const name of [
      "README.md.lac-7b5fa719c65c.tmp",
      ".README.md.lac-7b5fa719c65.tmp",
      ".README.md.lac-7B5FA719C65C.tmp",
      ".README.md.lac-7b5fa719c65c.tmp.bak",
      ".README.md.lac-7b5fa719c65cd.tmp",
      "notes.tmp",
    ])
      expect(name).not.toMatch(TEMP_FILE_PATTERN);
  });
});
