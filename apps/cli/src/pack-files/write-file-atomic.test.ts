import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-file-atomic.js";

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

  it("removes its temporary file and leaves the target alone when the rename fails", async () => {
    await mkdir(join(dir, "plan.md"));
    await writeFile(join(dir, "plan.md", "inside.txt"), "kept");
    await expect(writeFileAtomic(join(dir, "plan.md"), "x")).rejects.toHaveProperty("code");
    expect(await readdir(dir)).toEqual(["plan.md"]);
    expect(await readFile(join(dir, "plan.md", "inside.txt"), "utf8")).toBe("kept");
  });
});
