import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashContent } from "./content-hash.js";
import { LAC_STATE_PATH, readLacState, serialiseLacState, type LacState } from "./lac-state.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lac-state-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const validState: LacState = {
  stateVersion: 2,
  lac: { version: "0.3.0" },
  templates: { name: "@lac/templates", version: "1.2.0" },
  answers: { council: { name: "Example Council" }, partners: ["North Trust"] },
  files: { "plan.md": hashContent("plan"), "data-sharing/north-trust.md": hashContent("dsa") },
};

async function writeState(text: string): Promise<void> {
  await mkdir(join(dir, ".lac"), { recursive: true });
  await writeFile(join(dir, LAC_STATE_PATH), text);
}

async function expectDamaged(text: string, key: string | undefined, words: string) {
  await writeState(text);
  const result = await readLacState(dir);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe("invalid-state");
  expect(result.error.path).toBe(".lac/state.json");
  expect(result.error.key).toBe(key);
  expect(result.error.message).toContain("The state file .lac/state.json is damaged");
  expect(result.error.message).toContain(words);
  expect(result.error.message).toContain("restore .lac/state.json");
  expect(result.error.message).toContain("delete it and run lac again with --force");
}

describe("readLacState", () => {
  it("gives no state for a folder lac has never written to, or one that does not exist", async () => {
    expect(await readLacState(dir)).toEqual({ ok: true, state: undefined });
    expect(await readLacState(join(dir, "missing", "pack"))).toEqual({ ok: true, state: undefined });
  });

  it("round-trips what serialiseLacState writes", async () => {
    await writeState(serialiseLacState(validState));
    expect(await readLacState(dir)).toEqual({ ok: true, state: validState });
  });

  it("reads layout 1, a pack whose bases are copies under .lac/base/ (written before .lac/bases)", async () => {
    const earlier = { ...validState, stateVersion: 1 as const };
    await writeState(serialiseLacState(earlier));
    expect(await readLacState(dir)).toEqual({ ok: true, state: earlier });
  });

  it("writes the files sorted and ends with a newline, so diffs stay small", () => {
    const text = serialiseLacState(validState);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.indexOf('"data-sharing/north-trust.md"')).toBeLessThan(text.indexOf('"plan.md"'));
  });

  it("reports a file that is not JSON", async () => {
    await expectDamaged('{ "stateVersion": 1, ', undefined, "it is not valid JSON");
  });

  it("reports an empty file", async () => {
    await expectDamaged("", undefined, "it is not valid JSON");
  });

  it("names a missing key", async () => {
    const { lac: _lac, ...rest } = validState;
    await expectDamaged(JSON.stringify({ ...rest, lac: {} }), "lac.version", "lac.version is missing");
  });

  it("names missing answers", async () => {
    const { answers: _answers, ...rest } = validState;
    await expectDamaged(JSON.stringify(rest), "answers", "answers is missing");
  });

  it("names a file whose hash is not a hash", async () => {
    const files = { "plan.md": "abc" };
    await expectDamaged(
      JSON.stringify({ ...validState, files }),
      'files["plan.md"]',
      "64 hexadecimal digits",
    );
  });

  it("refuses a recorded path that could leave the target folder", async () => {
    const files = { "../outside.md": hashContent("x") };
    await expectDamaged(JSON.stringify({ ...validState, files }), 'files["../outside.md"]', "not safe");
  });

  it("refuses a wrong stateVersion and a file that is not an object", async () => {
    await expectDamaged(
      JSON.stringify({ ...validState, stateVersion: 0 }),
      "stateVersion",
      "must be 2 (or 1, for a pack written before .lac/bases)",
    );
    await expectDamaged("[]", "(the whole file)", "must be a JSON object");
  });

  it("says when a newer lac wrote the state file", async () => {
    await writeState(JSON.stringify({ ...validState, stateVersion: 3 }));
    const result = await readLacState(dir);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "unsupported-state-version", key: "stateVersion" },
    });
    expect(!result.ok && result.error.message).toContain("Upgrade lac");
  });

  it("reports a state path that is a folder", async () => {
    await mkdir(join(dir, LAC_STATE_PATH), { recursive: true });
    const result = await readLacState(dir);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-state" } });
    expect(!result.ok && result.error.message).toContain("it is a folder, not a file");
  });
});
