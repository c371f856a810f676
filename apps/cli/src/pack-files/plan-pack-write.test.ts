import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashContent } from "./content-hash.js";
import { RenderedText } from "./rendered-text.js";
import type { LacState } from "./lac-state.js";
import { resolveTargetRootNow } from "./locate-pack-file.js";
import {
  CONFLICT_EDITED_SINCE_WRITTEN,
  CONFLICT_NOT_WRITTEN_BY_LAC,
  PackFileLooks,
  inspectPackFileNow,
  planPackWrite,
  type PackFile,
  type PackWritePlan,
} from "./plan-pack-write.js";

let base: string;
let target: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "lac-plan-"));
  target = join(base, "pack");
  await mkdir(target);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(path: string, content: string, root = target): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}

function stateWith(files: Record<string, string>): LacState {
  const hashes = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, hashContent(text)]));
  return {
    stateVersion: 1,
    lac: { version: "0.1.0" },
    templates: { name: "@lac/templates", version: "1.0.0" },
    answers: {},
    files: hashes,
  };
}

async function plan(files: readonly PackFile[], state?: LacState, force = false): Promise<PackWritePlan> {
  const result = await planPackWrite({ targetDir: target, files, state, force });
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

async function planErrors(files: readonly PackFile[], state?: LacState) {
  const result = await planPackWrite({ targetDir: target, files, state });
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.plan)}`);
  return result.errors;
}

describe("planPackWrite: one action per file", () => {
  it("creates a file that does not exist, even in a target folder that does not exist yet", async () => {
    const result = await planPackWrite({
      targetDir: join(base, "new", "pack"),
      files: [{ path: "data-sharing/north-trust.md", content: "DSA" }],
      state: undefined,
    });
    expect(result).toEqual({
      ok: true,
      plan: {
        entries: [{ path: "data-sharing/north-trust.md", action: "create", content: "DSA" }],
        obsolete: [],
        summary: { create: 1, unchanged: 0, modify: 0, conflict: 0, forced: 0, obsolete: 0 },
      },
    });
  });

  it("leaves a file that already holds exactly the new content unchanged, whatever the state says", async () => {
    await put("a.md", "same");
    await put("b.md", "same");
    const { entries } = await plan(
      [
        { path: "a.md", content: "same" },
        { path: "b.md", content: "same" },
      ],
      stateWith({ a: "x", "b.md": "an older version" }),
    );
    expect(entries.map((entry) => entry.action)).toEqual(["unchanged", "unchanged"]);
    expect(entries[0]?.currentHash).toBe(hashContent("same"));
  });

  it("modifies a file lac wrote that nobody has edited", async () => {
    await put("plan.md", "old plan");
    const { entries, summary } = await plan(
      [{ path: "plan.md", content: "new plan" }],
      stateWith({ "plan.md": "old plan" }),
    );
    expect(entries).toEqual([
      { path: "plan.md", action: "modify", content: "new plan", currentHash: hashContent("old plan") },
    ]);
    expect(summary.modify).toBe(1);
  });

  it("marks a read-only file as a conflict, even one lac wrote", async () => {
    await put("plan.md", "old plan");
    await chmod(join(target, "plan.md"), 0o444);
    const { entries } = await plan(
      [{ path: "plan.md", content: "new plan" }],
      stateWith({ "plan.md": "old plan" }),
    );
    expect(entries[0]).toMatchObject({ action: "conflict", reason: "read-only" });
    const forced = await plan(
      [{ path: "plan.md", content: "new plan" }],
      stateWith({ "plan.md": "old plan" }),
      true,
    );
    expect(forced.entries[0]).toMatchObject({ action: "modify", forced: true, reason: "read-only" });
  });

  it("marks a file lac did not write as a conflict", async () => {
    await put("plan.md", "someone's own plan");
    const { entries, summary } = await plan([{ path: "plan.md", content: "new plan" }], stateWith({}));
    expect(entries[0]).toMatchObject({ action: "conflict", reason: CONFLICT_NOT_WRITTEN_BY_LAC });
    expect(CONFLICT_NOT_WRITTEN_BY_LAC).toBe("exists and was not written by lac");
    expect(summary.conflict).toBe(1);
  });

  it("marks a file lac did not write as a conflict when there is no state at all", async () => {
    await put("plan.md", "someone's own plan");
    const { entries } = await plan([{ path: "plan.md", content: "new plan" }]);
    expect(entries[0]).toMatchObject({ action: "conflict", reason: CONFLICT_NOT_WRITTEN_BY_LAC });
  });

  it("marks a file edited since lac wrote it as a conflict", async () => {
    await put("plan.md", "old plan, edited by a coordinator");
    const { entries } = await plan(
      [{ path: "plan.md", content: "new plan" }],
      stateWith({ "plan.md": "old plan" }),
    );
    expect(entries[0]).toMatchObject({ action: "conflict", reason: CONFLICT_EDITED_SINCE_WRITTEN });
    expect(CONFLICT_EDITED_SINCE_WRITTEN).toBe("edited since lac last wrote it");
  });

  it("with force, turns conflicts into forced modifies that keep their reason", async () => {
    await put("edited.md", "edited");
    await put("foreign.md", "foreign");
    await put("clean.md", "clean");
    const { entries, summary } = await plan(
      [
        { path: "edited.md", content: "new" },
        { path: "foreign.md", content: "new" },
        { path: "clean.md", content: "new" },
      ],
      stateWith({ "edited.md": "original", "clean.md": "clean" }),
      true,
    );
    expect(entries).toEqual([
      {
        path: "edited.md",
        action: "modify",
        forced: true,
        reason: CONFLICT_EDITED_SINCE_WRITTEN,
        content: "new",
        currentHash: hashContent("edited"),
      },
      {
        path: "foreign.md",
        action: "modify",
        forced: true,
        reason: CONFLICT_NOT_WRITTEN_BY_LAC,
        content: "new",
        currentHash: hashContent("foreign"),
      },
      { path: "clean.md", action: "modify", content: "new", currentHash: hashContent("clean") },
    ]);
    expect(summary).toMatchObject({ modify: 3, forced: 2, conflict: 0 });
  });

  it("compares bytes, so a file that is not valid UTF-8 is never taken as unchanged", async () => {
    await writeFile(join(target, "odd.md"), Buffer.from([0xff, 0xfe]));
    const { entries } = await plan([{ path: "odd.md", content: "\ufffd\ufffd" }]);
    expect(entries[0]?.action).toBe("conflict");
  });
});

describe("planPackWrite: files given as bytes (Word documents)", () => {
  const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);

  it("takes a file holding the same bytes as unchanged, and one lac wrote as its own to modify", async () => {
    await writeFile(join(target, "plan.docx"), docx);
    expect((await plan([{ path: "plan.docx", content: docx }])).entries[0]?.action).toBe("unchanged");
    const next = Uint8Array.from([...docx, 0x01]);
    const state = stateWith({});
    const withHash = { ...state, files: { "plan.docx": hashContent(docx) } };
    const planned = await planPackWrite({
      targetDir: target,
      files: [{ path: "plan.docx", content: next }],
      state: withHash,
    });
    expect(planned.ok && planned.plan.entries[0]?.action).toBe("modify");
  });

  it("marks a Word file edited since lac wrote it as a conflict", async () => {
    await writeFile(join(target, "plan.docx"), Uint8Array.from([...docx, 0x02]));
    const withHash = { ...stateWith({}), files: { "plan.docx": hashContent(docx) } };
    const planned = await planPackWrite({
      targetDir: target,
      files: [{ path: "plan.docx", content: docx }],
      state: withHash,
    });
    expect(planned.ok && planned.plan.entries[0]).toMatchObject({
      action: "conflict",
      reason: CONFLICT_EDITED_SINCE_WRITTEN,
    });
  });

  it("compares a view into a larger buffer by its own bytes only", async () => {
    await writeFile(join(target, "plan.docx"), docx);
    const larger = new Uint8Array(docx.length + 8);
    larger.set(docx, 4);
    const view = larger.subarray(4, 4 + docx.length);
    expect((await plan([{ path: "plan.docx", content: view }])).entries[0]?.action).toBe("unchanged");
  });
});

describe("planPackWrite: obsolete files", () => {
  it("lists files lac wrote before that the pack no longer has, says which were edited, and leaves them", async () => {
    await put("data-sharing/north-trust.md", "north");
    await put("data-sharing/south-trust.md", "south, edited");
    await put("plan.md", "plan");
    const state = stateWith({
      "data-sharing/north-trust.md": "north",
      "data-sharing/south-trust.md": "south",
      "data-sharing/gone.md": "deleted by a person",
      "plan.md": "plan",
    });
    const { obsolete, summary } = await plan([{ path: "plan.md", content: "plan" }], state);
    expect(obsolete).toEqual([
      { path: "data-sharing/north-trust.md", edited: false, recordedHash: hashContent("north") },
      { path: "data-sharing/south-trust.md", edited: true },
    ]);
    expect(summary.obsolete).toBe(2);
    expect(await readFile(join(target, "data-sharing/north-trust.md"), "utf8")).toBe("north");
    expect(await readdir(join(target, "data-sharing"))).toHaveLength(2);
  });

  it("refuses a state whose recorded paths are unsafe", async () => {
    const state = stateWith({ "../outside.md": "x" });
    const errors = await planErrors([], state);
    expect(errors).toEqual([expect.objectContaining({ path: "../outside.md", code: "parent-segment" })]);
    expect(errors[0]?.message).toContain("The state file .lac/state.json lists a file lac wrote before");
  });
});

describe("planPackWrite: path safety", () => {
  it.each([
    ["../x.md", "parent-segment"],
    ["/etc/x.md", "absolute-path"],
    ["a/../../x.md", "parent-segment"],
    ["a\\b.md", "backslash"],
    ["a//b.md", "empty-segment"],
    ["a\u0000b.md", "nul-character"],
    [".lac/state.json", "reserved-path"],
  ])("refuses %j as %s and plans nothing", async (path, code) => {
    const errors = await planErrors([
      { path: "fine.md", content: "ok" },
      { path, content: "x" },
    ]);
    expect(errors).toEqual([{ path, code, message: expect.stringContaining(JSON.stringify(path)) }]);
  });

  it("refuses a path through a symbolic link to a folder outside the target folder", async () => {
    const outside = join(base, "outside");
    await mkdir(outside);
    await symlink(outside, join(target, "shared"), "dir");
    const errors = await planErrors([{ path: "shared/x.md", content: "x" }]);
    expect(errors).toEqual([
      { path: "shared/x.md", code: "symlink-outside-target", message: expect.stringContaining(outside) },
    ]);
    expect(errors[0]?.message).toContain("outside the target folder");
    expect(await readdir(outside)).toEqual([]);
  });

  it("refuses a path through a chain of symbolic links that ends outside", async () => {
    await mkdir(join(base, "outside"));
    await symlink(join(base, "outside"), join(target, "hop"), "dir");
    await symlink(join(target, "hop"), join(target, "shared"), "dir");
    const errors = await planErrors([{ path: "shared/x.md", content: "x" }]);
    expect(errors[0]?.code).toBe("symlink-outside-target");
  });

  it("follows a symbolic link that stays inside the target folder", async () => {
    await mkdir(join(target, "real"));
    await writeFile(join(target, "real", "x.md"), "x");
    await symlink(join(target, "real"), join(target, "alias"), "dir");
    const { entries } = await plan([{ path: "alias/x.md", content: "x" }]);
    expect(entries[0]?.action).toBe("unchanged");
  });

  it("works when the target folder itself is reached through a symbolic link", async () => {
    await symlink(target, join(base, "link-to-pack"), "dir");
    await writeFile(join(target, "x.md"), "x");
    const result = await planPackWrite({
      targetDir: join(base, "link-to-pack"),
      files: [{ path: "x.md", content: "x" }],
      state: undefined,
    });
    expect(result.ok && result.plan.entries[0]?.action).toBe("unchanged");
  });

  it("refuses to replace a file that is a symbolic link", async () => {
    await writeFile(join(base, "elsewhere.md"), "x");
    await symlink(join(base, "elsewhere.md"), join(target, "x.md"));
    const errors = await planErrors([{ path: "x.md", content: "x" }]);
    expect(errors[0]).toMatchObject({
      code: "symlink",
      message: expect.stringContaining("is a symbolic link"),
    });
  });

  it("refuses a path through a broken symbolic link", async () => {
    await symlink(join(base, "nowhere"), join(target, "shared"), "dir");
    const errors = await planErrors([{ path: "shared/x.md", content: "x" }]);
    expect(errors[0]?.code).toBe("broken-symlink");
  });

  it("refuses a path whose parent folder exists as a file", async () => {
    await writeFile(join(target, "data-sharing"), "a file, not a folder");
    const errors = await planErrors([{ path: "data-sharing/north-trust.md", content: "x" }]);
    expect(errors).toEqual([
      {
        path: "data-sharing/north-trust.md",
        code: "parent-is-file",
        message: expect.stringContaining('"data-sharing" already exists as a file'),
      },
    ]);
  });

  it("refuses a path that exists as a folder", async () => {
    await mkdir(join(target, "plan.md"));
    const errors = await planErrors([{ path: "plan.md", content: "x" }]);
    expect(errors[0]).toMatchObject({ code: "not-a-file", message: expect.stringContaining("as a folder") });
  });

  it("refuses a target folder that is a file, or lies under one", async () => {
    await writeFile(join(base, "a-file"), "x");
    for (const targetDir of [join(base, "a-file"), join(base, "a-file", "pack")]) {
      const result = await planPackWrite({
        targetDir,
        files: [{ path: "x.md", content: "x" }],
        state: undefined,
      });
      expect(result).toMatchObject({ ok: false, errors: [{ path: ".", code: "target-not-a-folder" }] });
      expect(!result.ok && result.errors[0]?.message).toContain("is a file, not a folder");
    }
  });

  it("refuses paths listed twice, paths that differ only in case, and a file that is also a folder", async () => {
    const errors = await planErrors([
      { path: "a.md", content: "1" },
      { path: "a.md", content: "2" },
      { path: "B.md", content: "1" },
      { path: "b.md", content: "2" },
      { path: "roles", content: "3" },
      { path: "roles/coordinator.md", content: "4" },
      { path: "roles/manager.md", content: "5" },
    ]);
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ["a.md", "duplicate-path"],
      ["b.md", "duplicate-path"],
      ["roles", "file-and-folder"],
    ]);
    expect(errors[0]?.message).toContain("more than once");
    expect(errors[1]?.message).toContain("differ only in upper and lower case");
  });

  it("reports every unsafe path at once", async () => {
    const errors = await planErrors([
      { path: "../a.md", content: "x" },
      { path: "/b.md", content: "x" },
    ]);
    expect(errors.map((error) => error.path)).toEqual(["../a.md", "/b.md"]);
  });
});

describe("planPackWrite: property", () => {
  const fileName = fc.constantFrom("a.md", "b.md", "c/d.md", "c/e.md", "f/g/h.md");
  const content = fc.string({ maxLength: 4 });

  it("never lets lac change an edited file without force, and always with it", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ path: fileName, old: content, next: content }), {
          minLength: 1,
          selector: (file) => file.path,
        }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        async (files, editFlags, edit) => {
          const dir = join(base, `run-${(run += 1)}`);
          const recorded: Record<string, string> = {};
          const edited = new Set<string>();
          for (const [index, file] of files.entries()) {
            recorded[file.path] = file.old;
            const isEdited = editFlags[index] === true;
            if (isEdited) edited.add(file.path);
            await put(file.path, isEdited ? file.old + edit : file.old, dir);
          }
          const state = stateWith(recorded);
          const pack = files.map((file) => ({ path: file.path, content: file.next }));
          for (const force of [false, true]) {
            const result = await planPackWrite({ targetDir: dir, files: pack, state, force });
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            for (const [index, entry] of result.plan.entries.entries()) {
              const file = files[index];
              if (file === undefined) throw new Error("entries must follow the files");
              const onDisk = await readFile(join(dir, file.path), "utf8");
              if (onDisk === file.next) {
                expect(entry.action).toBe("unchanged");
              } else if (!edited.has(file.path)) {
                expect(entry).toMatchObject({ action: "modify" });
                expect(entry.forced).toBeUndefined();
              } else if (force) {
                expect(entry).toMatchObject({
                  action: "modify",
                  forced: true,
                  reason: CONFLICT_EDITED_SINCE_WRITTEN,
                });
              } else {
                expect(entry).toMatchObject({ action: "conflict", reason: CONFLICT_EDITED_SINCE_WRITTEN });
              }
            }
          }
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("PackFileLooks.targetRoot", () => {
  it("resolves the target as resolveTargetRootNow does, once a pass; a pass of its own resolves it each time", async () => {
    const looked = new PackFileLooks();
    const first = looked.targetRoot(target);
    expect(first).toEqual(resolveTargetRootNow(target));
    expect(looked.targetRoot(target)).toBe(first);
    const elsewhere = join(base, "missing", "pack");
    expect(looked.targetRoot(elsewhere)).toEqual(resolveTargetRootNow(elsewhere));
    const fresh = new PackFileLooks({ files: false });
    const again = fresh.targetRoot(target);
    expect(again).toEqual(first);
    expect(fresh.targetRoot(target)).not.toBe(again);
  });
});

describe("inspectPackFileNow", () => {
  const rootOf = () => {
    const rooted = resolveTargetRootNow(target);
    if (!rooted.ok) throw new Error(rooted.problem.message);
    return rooted.root;
  };

  it("reads files of every size as readFileSync does, hashing them, and keeps the bytes a caller needs", async () => {
    // One shared buffer, reused and grown: small and large files in turn, a file grown, then shrunk.
    const sizes = [0, 1, 4095, 70_000, 10, 300_000, 65_536, 3];
    for (const [index, size] of sizes.entries()) {
      const text = `${"é–x".repeat(Math.ceil(size / 3))}`.slice(0, size);
      await put(`f${index}.md`, text);
      const bytes = await readFile(join(target, `f${index}.md`));
      const kept = inspectPackFileNow(rootOf(), `f${index}.md`, undefined, "bytes");
      expect(kept).toMatchObject({ ok: true, currentHash: hashContent(bytes), readOnly: false });
      expect(kept.ok && kept.current?.equals(bytes)).toBe(true);
      const hashOnly = inspectPackFileNow(rootOf(), `f${index}.md`, undefined, "hash");
      expect(hashOnly).toEqual({
        ok: true,
        current: undefined,
        currentHash: hashContent(bytes),
        readOnly: false,
      });
      const same = inspectPackFileNow(rootOf(), `f${index}.md`, undefined, {
        unless: RenderedText.ofString(text),
      });
      expect(same).toEqual({
        ok: true,
        current: undefined,
        currentHash: hashContent(bytes),
        readOnly: false,
      });
      expect(same.ok && same.current).toBeUndefined();
      const other = inspectPackFileNow(rootOf(), `f${index}.md`, undefined, {
        unless: RenderedText.ofString(`${text}?`),
      });
      expect(other.ok && other.current?.equals(bytes)).toBe(true);
    }
  });

  it("tells a missing file and a read-only one", async () => {
    expect(inspectPackFileNow(rootOf(), "missing.md", undefined, "hash")).toEqual({
      ok: true,
      current: undefined,
    });
    await put("locked.md", "x");
    await chmod(join(target, "locked.md"), 0o444);
    expect(inspectPackFileNow(rootOf(), "locked.md", undefined, "hash")).toMatchObject({ readOnly: true });
  });

  it("reads a file again for a caller that needs the bytes a pass did not keep", async () => {
    await put("plan.md", "plan");
    const looked = new PackFileLooks();
    const first = inspectPackFileNow(rootOf(), "plan.md", looked, "hash");
    expect(inspectPackFileNow(rootOf(), "plan.md", looked, "hash")).toBe(first);
    expect(inspectPackFileNow(rootOf(), "plan.md", looked, { unless: RenderedText.ofString("plan") })).toBe(
      first,
    );
    const bytes = inspectPackFileNow(rootOf(), "plan.md", looked, { unless: RenderedText.ofString("other") });
    expect(bytes.ok && bytes.current?.toString()).toBe("plan");
    expect(inspectPackFileNow(rootOf(), "plan.md", looked, "bytes")).toBe(bytes);
  });
});
