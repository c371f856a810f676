import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashContent } from "./content-hash.js";
import { LAC_STATE_PATH, readLacState, type LacState } from "./lac-state.js";
import { planPackWrite, type PackFile, type PackWritePlan } from "./plan-pack-write.js";
import type * as WriteFileAtomicModule from "./write-file-atomic.js";
import { prepareFolders, writePack, type PackStateInput } from "./write-pack.js";

// Lets a test make the n-th atomic write fail as a full disk would; every other write is the real one.
// Records the paths written to the disk before lac goes on (`durable`).
const atomicWrites = vi.hoisted(() => ({ calls: 0, failOnCall: 0, durable: [] as string[] }));
vi.mock("./write-file-atomic.js", async (importOriginal) => {
  const actual = await importOriginal<typeof WriteFileAtomicModule>();
  return {
    ...actual,
    writeFileAtomic: async (
      path: string,
      content: string | Uint8Array,
      options?: Parameters<typeof actual.writeFileAtomic>[2],
    ) => {
      atomicWrites.calls += 1;
      if (atomicWrites.calls === atomicWrites.failOnCall) {
        throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      }
      if (options?.durable === true) atomicWrites.durable.push(path.slice(target.length + 1));
      return actual.writeFileAtomic(path, content, options);
    },
  };
});

let base: string;
let target: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "lac-write-"));
  target = join(base, "pack");
  atomicWrites.calls = 0;
  atomicWrites.failOnCall = 0;
  atomicWrites.durable = [];
});
afterEach(async () => {
  await chmod(base, 0o700).catch(() => undefined);
  await rm(base, { recursive: true, force: true });
});

const runState: PackStateInput = {
  lacVersion: "0.4.0",
  templates: { name: "@lac/templates", version: "2.1.0" },
  answers: { council: { name: "Example Council" }, partners: [{ name: "North Trust" }] },
};

const pack: PackFile[] = [
  { path: "implementation-plan.md", content: "# Plan\n" },
  { path: "data-sharing/north-trust.md", content: "# North Trust\n" },
  { path: "roles/local-area-coordinator.md", content: "# Role\n" },
];

async function currentState(dir = target): Promise<LacState | undefined> {
  const read = await readLacState(dir);
  if (!read.ok) throw new Error(read.error.message);
  return read.state;
}

async function planFor(files: readonly PackFile[], force = false, dir = target): Promise<PackWritePlan> {
  const result = await planPackWrite({ targetDir: dir, files, state: await currentState(dir), force });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

async function generate(files: readonly PackFile[], force = false) {
  return writePack({ targetDir: target, plan: await planFor(files, force), state: runState });
}

/** Every file under `dir`, with its bytes and modification time, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, { content: string; mtimeMs: number }>> {
  const result: Record<string, { content: string; mtimeMs: number }> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path.slice(dir.length + 1)] = {
      content: (await readFile(path)).toString("base64"),
      mtimeMs: (await stat(path)).mtimeMs,
    };
  }
  return result;
}

async function allNames(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe("writePack", () => {
  it("writes every file of a new pack and records versions, answers and hashes in the state file", async () => {
    const result = await generate(pack);
    expect(result).toEqual({ ok: true, written: pack.map((file) => file.path) });
    for (const file of pack) expect(await readFile(join(target, file.path), "utf8")).toBe(file.content);

    expect(await currentState()).toEqual({
      stateVersion: 2,
      lac: { version: "0.4.0" },
      templates: { name: "@lac/templates", version: "2.1.0" },
      answers: runState.answers,
      files: Object.fromEntries(pack.map((file) => [file.path, hashContent(file.content)])),
    });
  });

  it("flushes its state file to the disk when it replaces an earlier record, and a pack's first record not", async () => {
    expect(await generate(pack)).toMatchObject({ ok: true });
    expect(atomicWrites.durable).toEqual([]);
    const next = [{ ...pack[0]!, content: "# Plan, revised\n" }, ...pack.slice(1)];
    const before = await currentState();
    const result = await writePack({
      targetDir: target,
      plan: await planFor(next),
      state: { ...runState, before: before! },
    });
    expect(result).toMatchObject({ ok: true });
    expect(atomicWrites.durable).toEqual([LAC_STATE_PATH]);
  });

  it("writes other files into the .lac folder beside its state file", async () => {
    const schema = { path: ".lac/lac.config.schema.json", content: "{}\n" };
    expect(await generate([...pack, schema])).toMatchObject({ ok: true });
    expect(await readFile(join(target, schema.path), "utf8")).toBe("{}\n");
    expect((await currentState())?.files[schema.path]).toBe(hashContent("{}\n"));
    expect((await planFor([...pack, schema])).summary.unchanged).toBe(4);
  });

  it("leaves no temporary files behind", async () => {
    await generate(pack);
    await generate(pack.map((file) => ({ ...file, content: `${file.content}v2\n` })));
    expect(await allNames(target)).toEqual([
      ".lac",
      ".lac/state.json",
      "data-sharing",
      "data-sharing/north-trust.md",
      "implementation-plan.md",
      "roles",
      "roles/local-area-coordinator.md",
    ]);
  });

  it("on a second run, sees its own files as unchanged and updates them when the pack changes", async () => {
    await generate(pack);
    const again = await planFor(pack);
    expect(again.summary).toMatchObject({ unchanged: 3, create: 0, modify: 0, conflict: 0 });

    const next = [{ ...pack[0]!, content: "# Plan, revised\n" }, ...pack.slice(1)];
    const nextPlan = await planFor(next);
    expect(nextPlan.entries.map((entry) => entry.action)).toEqual(["modify", "unchanged", "unchanged"]);
    const result = await writePack({ targetDir: target, plan: nextPlan, state: runState });
    expect(result).toEqual({ ok: true, written: ["implementation-plan.md"] });
    expect(await readFile(join(target, "implementation-plan.md"), "utf8")).toBe("# Plan, revised\n");
    expect((await currentState())?.files["implementation-plan.md"]).toBe(hashContent("# Plan, revised\n"));
  });

  it("writes nothing at all, not even its state file, when nothing changed", async () => {
    await generate(pack);
    const before = await snapshot(target);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await generate(pack)).toEqual({ ok: true, written: [] });
    expect(await snapshot(target)).toEqual(before);
  });

  it("refuses a plan with conflicts, lists them, and leaves every file byte-identical", async () => {
    await generate(pack);
    await writeFile(join(target, "implementation-plan.md"), "# Plan\nOur own notes.\n");
    await writeFile(join(target, "roles", "team-notes.md"), "not lac's");
    const before = await snapshot(target);

    const next = [
      ...pack.map((file) => ({ ...file, content: `${file.content}v2\n` })),
      { path: "roles/team-notes.md", content: "lac's version" },
    ];
    const plan = await planFor(next);
    expect(plan.summary).toMatchObject({ conflict: 2, modify: 2 });
    const result = await writePack({ targetDir: target, plan, state: runState });

    expect(result).toMatchObject({
      ok: false,
      error: { code: "unresolved-conflicts", path: "implementation-plan.md" },
    });
    const message = result.ok ? "" : result.error.message;
    expect(message).toContain("lac has not written or changed any file");
    expect(message).toContain("  - implementation-plan.md: edited since lac last wrote it");
    expect(message).toContain("  - roles/team-notes.md: exists and was not written by lac");
    expect(message).toContain("--force");
    expect(await snapshot(target)).toEqual(before);
  });

  it("with force, overwrites the conflicting files and reports them as written", async () => {
    await generate(pack);
    await writeFile(join(target, "implementation-plan.md"), "edited");
    const plan = await planFor(pack, true);
    expect(plan.entries[0]).toMatchObject({ action: "modify", forced: true });
    const result = await writePack({ targetDir: target, plan, state: runState });
    expect(result).toEqual({ ok: true, written: ["implementation-plan.md"] });
    expect(await readFile(join(target, "implementation-plan.md"), "utf8")).toBe("# Plan\n");
  });

  it("keeps obsolete files and files it did not write, and keeps recording unedited obsolete ones", async () => {
    await generate(pack);
    await writeFile(join(target, "data-sharing", "signed-copy.pdf"), "a person's own file");
    const withoutPartner = pack.filter((file) => !file.path.startsWith("data-sharing/"));
    const plan = await planFor(withoutPartner);
    const obsolete = {
      path: "data-sharing/north-trust.md",
      edited: false,
      recordedHash: hashContent("# North Trust\n"),
    };
    expect(plan.obsolete).toEqual([obsolete]);

    expect(await writePack({ targetDir: target, plan, state: runState })).toEqual({ ok: true, written: [] });
    expect((await readdir(join(target, "data-sharing"))).sort()).toEqual([
      "north-trust.md",
      "signed-copy.pdf",
    ]);
    expect(Object.keys((await currentState())?.files ?? {}).sort()).toEqual([
      "data-sharing/north-trust.md",
      "implementation-plan.md",
      "roles/local-area-coordinator.md",
    ]);
    // So the next run still knows the file was lac's and is no longer part of the pack.
    expect((await planFor(withoutPartner)).obsolete).toEqual([obsolete]);
  });

  it("stops recording an obsolete file once it has been edited", async () => {
    await generate(pack);
    await writeFile(join(target, "data-sharing", "north-trust.md"), "# North Trust, with our notes\n");
    const withoutPartner = pack.filter((file) => !file.path.startsWith("data-sharing/"));
    const plan = await planFor(withoutPartner);
    expect(plan.obsolete).toEqual([{ path: "data-sharing/north-trust.md", edited: true }]);
    await writePack({ targetDir: target, plan, state: runState });
    expect(Object.keys((await currentState())?.files ?? {})).not.toContain("data-sharing/north-trust.md");
  });

  it("stores undefined answers as null, so the state file still reads back", async () => {
    await writePack({
      targetDir: target,
      plan: await planFor(pack),
      state: { ...runState, answers: undefined },
    });
    expect((await currentState())?.answers).toBeNull();
  });

  it("refuses a file that changed on disk after the plan was made, writing nothing", async () => {
    await generate(pack);
    const plan = await planFor(pack.map((file) => ({ ...file, content: "v2" })));
    await writeFile(join(target, "roles", "local-area-coordinator.md"), "edited meanwhile");
    const before = await snapshot(target);
    const result = await writePack({ targetDir: target, plan, state: runState });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "changed-since-plan", path: "roles/local-area-coordinator.md" },
    });
    expect(!result.ok && result.error.message).toContain("Run lac again to make a new plan");
    expect(await snapshot(target)).toEqual(before);
  });

  it("refuses a file created after the plan said it would create it", async () => {
    const plan = await planFor(pack);
    await mkdir(target, { recursive: true });
    await writeFile(join(target, "implementation-plan.md"), "a person's plan");
    const result = await writePack({ targetDir: target, plan, state: runState });
    expect(result).toMatchObject({ ok: false, error: { code: "changed-since-plan" } });
    expect(await readFile(join(target, "implementation-plan.md"), "utf8")).toBe("a person's plan");
  });

  it("re-checks path safety, so a hand-made plan cannot write outside the target folder", async () => {
    await mkdir(join(base, "outside"));
    await mkdir(target);
    await symlink(join(base, "outside"), join(target, "shared"), "dir");
    const unsafe: PackWritePlan = {
      entries: [
        { path: "shared/x.md", action: "create", content: "x" },
        { path: "../escape.md", action: "create", content: "x" },
      ],
      obsolete: [],
      summary: { create: 2, unchanged: 0, modify: 0, conflict: 0, forced: 0, obsolete: 0 },
    };
    const result = await writePack({ targetDir: target, plan: unsafe, state: runState });
    expect(result).toMatchObject({ ok: false, error: { code: "unsafe-path", path: "../escape.md" } });
    const throughLink = { ...unsafe, entries: unsafe.entries.slice(0, 1) };
    const second = await writePack({ targetDir: target, plan: throughLink, state: runState });
    expect(second).toMatchObject({ ok: false, error: { code: "unsafe-path", path: "shared/x.md" } });
    expect(!second.ok && second.error.message).toContain("outside the target folder");
    expect(await readdir(join(base, "outside"))).toEqual([]);
    expect((await readdir(base)).sort()).toEqual(["outside", "pack"]);
  });

  it("fails before touching anything when the target folder lies under a file (ENOTDIR)", async () => {
    await writeFile(join(base, "a-file"), "x");
    const plan = await planFor(pack, false, join(base, "elsewhere"));
    const result = await writePack({ targetDir: join(base, "a-file", "pack"), plan, state: runState });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "target-not-writable", path: join(base, "a-file", "pack") },
    });
    const message = result.ok ? "" : result.error.message;
    expect(message).toContain(`lac cannot write to the folder ${join(base, "a-file", "pack")} (ENOTDIR)`);
    expect(message).toContain(`${join(base, "a-file")} is a file, not a folder`);
    expect(message).toContain("lac has not written or changed any file");
    expect(await readdir(base)).toEqual(["a-file"]);
  });

  it("fails before writing any file when a folder the pack needs is blocked by a file", async () => {
    await generate(pack);
    const before = await snapshot(target);
    const plan = await planFor([...pack, { path: "partners/south/dsa.md", content: "x" }]);
    await writeFile(join(target, "partners"), "a file where a folder is needed");
    const result = await writePack({ targetDir: target, plan, state: runState });
    expect(result.ok).toBe(false);
    expect(await snapshot(target)).toEqual({ ...before, partners: expect.any(Object) });
  });

  it("removes the folders it created when a later folder cannot be made", async () => {
    await mkdir(target, { recursive: true });
    await writeFile(join(target, "a-file"), "in the way");
    const result = await prepareFolders([join(target, "a", "b"), join(target, "a-file", "c")]);
    expect(result).toMatchObject({ ok: false, error: { code: "target-not-writable" } });
    expect(await readdir(target)).toEqual(["a-file"]);
  });

  it.skipIf(process.getuid?.() === 0)(
    "fails before writing any file when the target folder is read-only (EACCES)",
    async () => {
      await mkdir(target);
      await chmod(target, 0o500);
      const result = await writePack({ targetDir: target, plan: await planFor(pack), state: runState });
      expect(result).toMatchObject({ ok: false, error: { code: "target-not-writable" } });
      expect(!result.ok && result.error.message).toMatch(/\((EACCES|EPERM)\)/);
      await chmod(target, 0o700);
      expect(await readdir(target)).toEqual([]);
    },
  );

  it("refuses state data it could not read back, writing nothing", async () => {
    const plan = await planFor(pack);
    const result = await writePack({ targetDir: target, plan, state: { ...runState, lacVersion: "" } });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-state-data", path: LAC_STATE_PATH } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const second = await writePack({ targetDir: target, plan, state: { ...runState, answers: cyclic } });
    expect(second).toMatchObject({ ok: false, error: { code: "invalid-state-data" } });
    expect(await readdir(base)).toEqual([]);
  });

  it("reports which files were written when a write fails part-way, and records them", async () => {
    await generate(pack);
    const stateBefore = await readFile(join(target, LAC_STATE_PATH), "utf8");
    const plan = await planFor(pack.map((file) => ({ ...file, content: `${file.content}v2\n` })));
    atomicWrites.calls = 0;
    atomicWrites.failOnCall = 2;
    const result = await writePack({ targetDir: target, plan, state: runState });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "write-failed",
        path: "data-sharing/north-trust.md",
        written: ["implementation-plan.md"],
      },
    });
    const message = result.ok ? "" : result.error.message;
    expect(message).toContain(
      'lac could not write "data-sharing/north-trust.md" (ENOSPC); it is left as it was',
    );
    expect(message).toContain("Already written: implementation-plan.md.");
    expect(message).toContain("run the same command again");
    expect(await readFile(join(target, "data-sharing/north-trust.md"), "utf8")).toBe("# North Trust\n");
    expect(await readFile(join(target, LAC_STATE_PATH), "utf8")).not.toBe(stateBefore);
    expect((await currentState())?.files).toEqual({
      "implementation-plan.md": hashContent("# Plan\nv2\n"),
      "data-sharing/north-trust.md": hashContent("# North Trust\n"),
      "roles/local-area-coordinator.md": hashContent("# Role\n"),
    });
    expect((await readdir(join(target, "data-sharing"))).sort()).toEqual(["north-trust.md"]);

    // Running the same command again finishes the job: the file already written is now unchanged.
    const retry = await planFor(pack.map((file) => ({ ...file, content: `${file.content}v2\n` })));
    expect(retry.entries.map((entry) => entry.action)).toEqual(["unchanged", "modify", "modify"]);
    // And a different pack later still sees every file as lac's own, never as a person's edit.
    const later = await planFor(pack.map((file) => ({ ...file, content: `${file.content}v3\n` })));
    expect(later.entries.map((entry) => entry.action)).toEqual(["modify", "modify", "modify"]);
  });

  it("records what each Word or HTML file was made from, keeping the earlier record for a file a failed write left as it was", async () => {
    const files = (version: string): PackFile[] => [
      { path: "plan.md", content: `# Plan ${version}\n` },
      { path: "plan.html", content: `<p>Plan ${version}</p>\n` },
      { path: "role.html", content: `<p>Role ${version}</p>\n` },
    ];
    const source = (version: string) => ({
      "plan.html": hashContent(`plan from ${version}`),
      "role.html": hashContent(`role from ${version}`),
    });
    const first = await writePack({
      targetDir: target,
      plan: await planFor(files("1")),
      state: { ...runState, derived: source("1") },
    });
    expect(first.ok).toBe(true);
    const before = await currentState();
    expect(before?.derived).toEqual(source("1"));
    // The second run writes plan.md and plan.html, then fails on role.html: role.html is still the file
    // made from the first source, and recorded as such; plan.html is recorded with the new one.
    atomicWrites.calls = 0;
    atomicWrites.failOnCall = 3;
    const failed = await writePack({
      targetDir: target,
      plan: await planFor(files("2")),
      state: { ...runState, derived: source("2"), before: before! },
    });
    expect(failed).toMatchObject({ ok: false, error: { code: "write-failed", path: "role.html" } });
    expect((await currentState())?.derived).toEqual({
      "plan.html": source("2")["plan.html"],
      "role.html": source("1")["role.html"],
    });
    // Without an earlier record of it, such a file is recorded with none: it will be made again.
    await writePack({
      targetDir: target,
      plan: await planFor(files("2")),
      state: { ...runState, derived: source("2") },
    });
    const done = await currentState();
    expect(done?.derived).toEqual(source("2"));
    atomicWrites.calls = 0;
    atomicWrites.failOnCall = 3;
    await writePack({
      targetDir: target,
      plan: await planFor(files("3")),
      state: { ...runState, derived: source("3"), before: { files: done!.files } },
    });
    expect((await currentState())?.derived).toEqual({ "plan.html": source("3")["plan.html"] });
    // A run that makes no Word or HTML file records nothing of them.
    await writePack({ targetDir: target, plan: await planFor(files("4")), state: runState });
    expect(await currentState()).not.toHaveProperty("derived");
  });

  it("says the pack was written but not recorded when only the state file fails", async () => {
    atomicWrites.failOnCall = 4;
    const result = await generate(pack);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "state-write-failed", path: LAC_STATE_PATH, written: pack.map((file) => file.path) },
    });
    expect(!result.ok && result.error.message).toContain("lac wrote the pack files but could not update");
    expect(await currentState()).toBeUndefined();
  });
});
