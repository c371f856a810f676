import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeLeftoverTempFiles } from "./leftover-temp-files.js";

let base: string;
let target: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "lac-leftover-"));
  target = join(base, "pack");
  await mkdir(join(target, ".lac"), { recursive: true });
  await mkdir(join(target, "roles"));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("removeLeftoverTempFiles", () => {
  it("removes lac's own temporary files in the pack's folders and says which", async () => {
    await writeFile(join(target, ".README.md.lac-7b5fa719c65c.tmp"), "half");
    await writeFile(join(target, "roles", ".coordinator.md.lac-0123456789ab.tmp"), "half");
    await writeFile(join(target, ".lac", ".state.json.lac-abcdefabcdef.tmp"), "{");
    await writeFile(join(target, ".lac-aaaaaaaaaaaa.tmp"), "long name");
    const result = await removeLeftoverTempFiles(target, ["README.md", "roles/coordinator.md"]);
    expect(result).toEqual({
      removed: [
        ".README.md.lac-7b5fa719c65c.tmp",
        ".lac-aaaaaaaaaaaa.tmp",
        ".lac/.state.json.lac-abcdefabcdef.tmp",
        "roles/.coordinator.md.lac-0123456789ab.tmp",
      ],
      kept: [],
    });
    expect(await readdir(target)).toEqual([".lac", "roles"]);
    expect(await readdir(join(target, "roles"))).toEqual([]);
  });

  it("leaves every other file alone, and folders that are not the pack's", async () => {
    const others = [
      "README.md.lac-7b5fa719c65c.tmp",
      ".README.md.lac-7b5fa719c65.tmp",
      ".README.md.lac-7b5fa719c65c.tmp.bak",
      "notes.tmp",
      "README.md",
    ];
    for (const name of others) await writeFile(join(target, name), "mine");
    await mkdir(join(target, "private"));
    await writeFile(join(target, "private", ".notes.md.lac-7b5fa719c65c.tmp"), "mine");
    // A folder with lac's pattern as its name is not a temporary file.
    await mkdir(join(target, ".plan.md.lac-111111111111.tmp"));
    const result = await removeLeftoverTempFiles(target, ["README.md"]);
    expect(result).toEqual({ removed: [], kept: [] });
    expect((await readdir(target)).sort()).toEqual(
      [...others, ".lac", ".plan.md.lac-111111111111.tmp", "private", "roles"].sort(),
    );
    expect(await readdir(join(target, "private"))).toEqual([".notes.md.lac-7b5fa719c65c.tmp"]);
  });

  it("never removes through a symbolic link", async () => {
    const elsewhere = join(base, "elsewhere");
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, ".plan.md.lac-7b5fa719c65c.tmp"), "not lac's");
    await symlink(elsewhere, join(target, "linked"));
    await symlink(
      join(elsewhere, ".plan.md.lac-7b5fa719c65c.tmp"),
      join(target, ".x.md.lac-7b5fa719c65c.tmp"),
    );
    const result = await removeLeftoverTempFiles(target, ["linked/plan.md", "x.md"]);
    expect(result.removed).toEqual([]);
    expect(await readdir(elsewhere)).toEqual([".plan.md.lac-7b5fa719c65c.tmp"]);
  });

  it("finds nothing in a target folder that does not exist yet", async () => {
    expect(await removeLeftoverTempFiles(join(base, "new"), ["README.md"])).toEqual({
      removed: [],
      kept: [],
    });
  });
});
