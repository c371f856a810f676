import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  PACK_LOCK_BREAK_PATH,
  PACK_LOCK_PATH,
  acquirePackLock,
  isoTimestamp,
  withPackLock,
} from "./pack-lock.js";

let base: string;
let target: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "lac-lock-"));
  target = join(base, "pack");
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const lockFile = () => join(target, ...PACK_LOCK_PATH.split("/"));
const owner = (pid: number, extra: Record<string, unknown> = {}) => ({
  pid,
  hostname: hostname(),
  startedAt: "2026-11-30T19:00:00.000Z",
  command: "lac generate",
  token: "0123456789abcdef",
  ...extra,
});
async function writeLock(content: unknown): Promise<void> {
  await mkdir(join(target, ".lac"), { recursive: true });
  await writeFile(lockFile(), typeof content === "string" ? content : JSON.stringify(content));
}

/** The id of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid ?? 999_999;
}

describe("acquirePackLock", () => {
  it("creates the lock with who holds it, and removes it and the folders it made on release", async () => {
    const acquired = await acquirePackLock(target, { command: "lac init" });
    expect(acquired.ok).toBe(true);
    if (!acquired.ok) return;
    expect(acquired.lock.held).toBe(true);
    const content = JSON.parse(await readFile(lockFile(), "utf8")) as Record<string, unknown>;
    expect(content).toMatchObject({ pid: process.pid, hostname: hostname(), command: "lac init" });
    expect(new Date(content.startedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    acquired.lock.release();
    acquired.lock.release();
    expect(await readdir(base)).toEqual([]);
  });

  it("keeps the folders on release when the run wrote something into them", async () => {
    await withPackLock(target, { command: "lac init" }, async () => {
      await writeFile(join(target, ".lac", "state.json"), "{}");
    });
    expect(await readdir(join(target, ".lac"))).toEqual(["state.json"]);
  });

  it("refuses, without waiting, while another run holds the lock", async () => {
    const first = await acquirePackLock(target, { command: "lac generate" });
    expect(first.ok).toBe(true);
    const second = await acquirePackLock(target, { command: "lac init", shownDir: "pack" });
    expect(second).toMatchObject({ ok: false, error: { code: "pack-locked", path: PACK_LOCK_PATH } });
    if (second.ok) return;
    expect(second.error.message).toContain(
      `Another lac run is writing this pack: lac generate (process ${process.pid}`,
    );
    expect(second.error.message).toContain(join("pack", ".lac", "lock"));
    if (first.ok) first.lock.release();
    const third = await acquirePackLock(target, { command: "lac init" });
    expect(third.ok).toBe(true);
    if (third.ok) third.lock.release();
  });

  it("refuses when a running process on this computer holds the lock", async () => {
    await writeLock(owner(process.ppid));
    const result = await acquirePackLock(target, { command: "lac init" });
    expect(result).toMatchObject({ ok: false, error: { code: "pack-locked", owner: { pid: process.ppid } } });
    expect(JSON.parse(await readFile(lockFile(), "utf8"))).toEqual(owner(process.ppid));
  });

  it("removes a stale lock whose process is no longer running, says so, and takes the lock", async () => {
    const pid = await deadPid();
    await writeLock(owner(pid));
    const result = await acquirePackLock(target, { command: "lac init" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lock.clearedStale).toMatchObject({ pid, command: "lac generate" });
    expect(JSON.parse(await readFile(lockFile(), "utf8"))).toMatchObject({ pid: process.pid });
    result.lock.release();
    expect(await readdir(join(target, ".lac"))).toEqual([]);
  });

  it("takes a lock left by an earlier process that had this process's id as stale", async () => {
    await writeLock(owner(process.pid, { token: "not-one-of-mine" }));
    const result = await acquirePackLock(target, { command: "lac init" });
    expect(result.ok && result.lock.clearedStale?.token).toBe("not-one-of-mine");
    if (result.ok) result.lock.release();
  });

  it("never removes a lock taken on another computer, and says how to remove it", async () => {
    await writeLock(owner(1234, { hostname: "council-laptop-7" }));
    const result = await acquirePackLock(target, { command: "lac init", isRunning: () => false });
    expect(result).toMatchObject({ ok: false, error: { code: "pack-locked" } });
    if (result.ok) return;
    expect(result.error.message).toContain("on the computer council-laptop-7");
    expect(result.error.message).toContain(`delete ${join(target, ".lac", "lock")}`);
  });

  it("treats a damaged lock as a run that is starting, then, once old, says how to remove it", async () => {
    await writeLock("");
    const young = await acquirePackLock(target, { command: "lac init" });
    expect(young.ok || young.error.message).toMatch(/starting to write this pack/);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFile(), old, old);
    const aged = await acquirePackLock(target, { command: "lac init" });
    expect(aged.ok || aged.error.message).toMatch(/lock file .* is damaged.*delete/);
    expect(await readFile(lockFile(), "utf8")).toBe("");
  });

  it("does not remove a stale lock while another run is removing it", async () => {
    await writeLock(owner(await deadPid()));
    await writeFile(join(target, ...PACK_LOCK_BREAK_PATH.split("/")), "{}");
    const result = await acquirePackLock(target, { command: "lac init" });
    expect(result.ok || result.error.message).toMatch(/taking over the lock/);
    const old = new Date(Date.now() - 60_000);
    await utimes(join(target, ...PACK_LOCK_BREAK_PATH.split("/")), old, old);
    const later = await acquirePackLock(target, { command: "lac init" });
    expect(later.ok || later.error.message).toMatch(/lock\.break behind/);
  });

  it("never writes the lock through a symbolic link", async () => {
    const elsewhere = join(base, "elsewhere");
    await mkdir(elsewhere);
    await mkdir(target);
    await symlink(elsewhere, join(target, ".lac"));
    const result = await acquirePackLock(target, { command: "lac init" });
    expect(result).toMatchObject({ ok: false, error: { code: "unsafe-lock-path" } });
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it("leaves a target that is a file to the plan to report", async () => {
    await writeFile(target, "a file");
    expect(await acquirePackLock(target, { command: "lac init" })).toMatchObject({
      ok: true,
      lock: { held: false },
    });
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)(
    "goes on without the lock where the folder cannot be written (the write then says why)",
    async () => {
      const { chmod } = await import("node:fs/promises");
      await mkdir(target);
      await chmod(target, 0o500);
      try {
        const result = await acquirePackLock(target, { command: "lac generate" });
        expect(result).toMatchObject({ ok: true, lock: { held: false } });
      } finally {
        await chmod(target, 0o700);
      }
    },
  );
});

describe("withPackLock", () => {
  it("releases the lock when the work throws", async () => {
    await expect(
      withPackLock(target, { command: "lac generate" }, () => Promise.reject(new Error("boom"))),
    ).rejects.toThrow("boom");
    expect((await withPackLock(target, { command: "lac generate" }, async () => 1)).ok).toBe(true);
  });

  it("lets one of two overlapping runs in this process write, and refuses the other", async () => {
    let release: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = withPackLock(target, { command: "lac generate" }, () => holding);
    // Let the first take the lock.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await withPackLock(target, { command: "lac init" }, async () => "written");
    expect(second).toMatchObject({ ok: false, error: { code: "pack-locked" } });
    release();
    expect((await first).ok).toBe(true);
  });
});

describe("isoTimestamp", () => {
  it("writes what toISOString writes, for any time", () => {
    const times = [0, 1, -1, 999, 1_000, Date.now(), Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
    times.push(Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1), Date.UTC(1, 0, 1), -62_198_755_200_000);
    for (let i = 0; i < 2000; i++) times.push(Math.floor((Math.random() * 2 - 1) * 8.64e15));
    for (const ms of times) expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
  });
});
