import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as CryptoAndFlags from "./crypto-and-flags.js";

/** The flags set through V8's flags, in order: a stand-in for them, so that this process's stay as they are. */
const set: string[] = [];
vi.mock("./crypto-and-flags.js", async (original) => ({
  ...(await original<typeof CryptoAndFlags>()),
  v8Flags: () => ({ setFlagsFromString: (flags: string) => set.push(flags) }),
}));
const {
  MANY_PARTNERS,
  rendersManyAgreements,
  setLongRunFlags,
  setRepeatedRenderFlags,
  setShortRunFlags,
  shortRunFlagsSet,
  withCommandFlags,
} = await import("./v8-run-flags.js");

/** Where setShortRunFlags keeps V8's flags, and where setLongRunFlags marks what it changed. */
const SHORT_RUN_MARK = Symbol.for("lac.shortRunFlags");
const LONG_RUN_MARK = Symbol.for("lac.longRunFlags");

const shared = globalThis as Record<symbol, unknown>;
const maglevBuilt = (process.config.variables as Record<string, unknown>).v8_enable_maglev === 1;
const compilersOn = maglevBuilt ? ["--opt", "--sparkplug", "--maglev"] : ["--opt", "--sparkplug"];
const kept = "--semi-space-growth-factor=1";
const growing = "--semi-space-growth-factor=2";
const turnedOn = [...compilersOn, growing];

/** Runs `use` with `flags` among the flags Node.js was given. */
function withNodeFlags(flags: readonly string[], use: () => void): void {
  const execArgv = process.execArgv;
  try {
    process.execArgv = [...execArgv, ...flags];
    use();
  } finally {
    process.execArgv = execArgv;
  }
}

beforeEach(() => {
  set.length = 0;
});
afterEach(() => {
  delete shared[SHORT_RUN_MARK];
  delete shared[LONG_RUN_MARK];
});

describe("V8's flags for a short run (setShortRunFlags)", () => {
  it("turns every compiler off and keeps the young generation from growing", () => {
    expect(shortRunFlagsSet()).toBe(false);
    setShortRunFlags();
    expect(set).toEqual(["--no-opt", "--no-maglev", "--no-sparkplug", kept]);
    expect(shortRunFlagsSet()).toBe(true);
  });

  it("leaves a growth factor Node.js was given, in its arguments or NODE_OPTIONS, as it is", () => {
    withNodeFlags(["--semi-space-growth-factor=4"], () => setShortRunFlags());
    expect(set).toEqual(["--no-opt", "--no-maglev", "--no-sparkplug"]);
    set.length = 0;
    const options = process.env.NODE_OPTIONS;
    try {
      process.env.NODE_OPTIONS = `${options ?? ""} --semi_space_growth_factor=3`;
      setShortRunFlags();
    } finally {
      if (options === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = options;
    }
    expect(set).toEqual(["--no-opt", "--no-maglev", "--no-sparkplug"]);
  });
});

describe("V8's flags for long-running work (setLongRunFlags)", () => {
  beforeEach(() => {
    setShortRunFlags();
    set.length = 0;
  });

  it("turns TurboFan and Sparkplug on again, Maglev only where V8 was built with it (Node.js starts with it there), and lets the young generation grow, once", () => {
    setLongRunFlags();
    expect(set).toEqual(turnedOn);
    setLongRunFlags();
    expect(set).toEqual(turnedOn);
  });

  it("gives the young generation V8's own growth factor back", () => {
    const options = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).stdout;
    expect(options).toMatch(
      /--semi-space-growth-factor[^\n]*\n\s*type: int\s+default: --semi-space-growth-factor=2\b/,
    );
  });

  it("turns on none that Node.js was told to start without, and leaves a growth factor Node.js was given", () => {
    withNodeFlags(["--no-opt"], () => setLongRunFlags());
    expect(set).toEqual(turnedOn.filter((flag) => flag !== "--opt"));
    delete shared[LONG_RUN_MARK];
    set.length = 0;
    withNodeFlags(["--no_sparkplug", "--no-turbofan"], () => setLongRunFlags());
    expect(set).toEqual(turnedOn.filter((flag) => flag === "--maglev" || flag === growing));
    delete shared[LONG_RUN_MARK];
    set.length = 0;
    withNodeFlags(["--jitless", "--semi_space_growth_factor=4"], () => setLongRunFlags());
    expect(set).toEqual([]);
  });

  it("does nothing where the short run's flags were never set", () => {
    delete shared[SHORT_RUN_MARK];
    setLongRunFlags();
    expect(set).toEqual([]);
    expect(shared[LONG_RUN_MARK]).toBeUndefined();
  });
});

describe("V8's flags for rendering many agreements (setRepeatedRenderFlags)", () => {
  beforeEach(() => {
    setShortRunFlags();
    set.length = 0;
  });

  it("turns Sparkplug alone on, once, and long-running work then turns on only the rest", () => {
    setRepeatedRenderFlags();
    setRepeatedRenderFlags();
    expect(set).toEqual(["--sparkplug"]);
    set.length = 0;
    setLongRunFlags();
    expect(set).toEqual(turnedOn.filter((flag) => flag !== "--sparkplug"));
  });

  it("sets the command's flags again while a code cache is read or made, and its own after", () => {
    setRepeatedRenderFlags();
    set.length = 0;
    expect(withCommandFlags(() => [...set])).toEqual(["--no-sparkplug"]);
    expect(set).toEqual(["--no-sparkplug", "--sparkplug"]);
    set.length = 0;
    setLongRunFlags();
    set.length = 0;
    withCommandFlags(() => undefined);
    const back = ["--no-sparkplug", ...turnedOn.filter((flag) => flag !== "--sparkplug").map(shortRunOf)];
    expect(set).toEqual([...back, "--sparkplug", ...turnedOn.filter((flag) => flag !== "--sparkplug")]);
  });

  it("turns nothing on that Node.js was told to start without, nor where the short run's flags were never set", () => {
    withNodeFlags(["--no-sparkplug"], () => setRepeatedRenderFlags());
    withNodeFlags(["--jitless"], () => setRepeatedRenderFlags());
    expect(set).toEqual([]);
    delete shared[SHORT_RUN_MARK];
    setRepeatedRenderFlags();
    expect(set).toEqual([]);
    expect(shared[LONG_RUN_MARK]).toBeUndefined();
  });

  it("is for packs with more partners than the example council's, which is measured in the interpreter alone", () => {
    expect(rendersManyAgreements(MANY_PARTNERS)).toBe(false);
    expect(rendersManyAgreements(MANY_PARTNERS + 1)).toBe(true);
    const example = readFileSync(
      fileURLToPath(
        new URL("../../../packages/council/examples/brackenford.lac.config.yaml", import.meta.url),
      ),
      "utf8",
    );
    const partners = parseDocument(example).toJS() as { partners: unknown[] };
    expect(rendersManyAgreements(partners.partners.length)).toBe(false);
  });
});

/** The short run's flag that a long run's flag replaces. */
function shortRunOf(flag: string): string {
  return flag === growing ? kept : flag.replace("--", "--no-");
}
