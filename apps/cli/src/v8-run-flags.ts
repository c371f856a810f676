// V8's flags for lac's short runs (lac init, lac generate) and for the long-running work some of them
// load (the Word and HTML writers, the three-way merge, the Handlebars compiler). The flags change how
// fast code runs and how much memory it touches, never what it does.
import { type V8Flags, v8Flags } from "./crypto-and-flags.js";
import { nodeBuiltin } from "./node-module.js";
import { nodeOsNeeded } from "./this-computer.js";

/** Marks, for every bundle in this process, that the flags of a short run are set (and holds V8's flags). */
const SHORT_RUN_MARK = Symbol.for("lac.shortRunFlags");

/**
 * V8's young generation, where new objects are made, starts at 1 MiB and by default doubles
 * (`--semi-space-growth-factor=2`, V8's default on every Node.js lac supports) after a collection
 * that finds much of it still in use, up to tens of MiB. A short run keeps it near its first size (`=1`):
 * each collection then reuses the pages the last one freed instead of touching fresh ones, which cost 13
 * to 20 µs each on the virtual machines lac is measured on. Each partner's agreement (about 20,000
 * characters, flattened and encoded as it is rendered) was otherwise made in fresh pages as the young
 * generation grew: for 60 partners, about 10 pages fewer a partner and 0.09 to 0.16 ms less (interleaved
 * runs on Node.js 20 and 24; the example council's run no slower). See docs/speed.md.
 */
const YOUNG_GENERATION_KEPT = "--semi-space-growth-factor=1";
const YOUNG_GENERATION_GROWING = "--semi-space-growth-factor=2";

/**
 * Sets V8's flags for a short run (lac init and lac generate), until a bundle of long-running work
 * sets those of a long one (setLongRunFlags). They change how fast code runs and how much memory it
 * touches, never what it does. Call it before loading a bundle.
 *
 * - The optimising compilers (TurboFan, and Maglev where V8 has it) and the baseline compiler
 *   (Sparkplug) are off: a run of lac init makes a few thousand short calls, and Sparkplug's machine
 *   code for them cost more to build (memory the system has not handed out yet) than it saved.
 * - The young generation is kept at its first size ({@link YOUNG_GENERATION_KEPT}), unless Node.js
 *   was given a growth factor of its own.
 *
 * V8's flags are set by node:v8, or, on Node.js 20, its binding, without loading node:v8 and node:crypto
 * (crypto-and-flags.ts). Node.js compiles its own modules from a code cache built into it, which V8
 * refuses once any flag differs from the one it was made with, so the modules of Node's that every
 * command then uses are loaded first (as node:crypto is, where node:v8 sets the flags): util.parseArgs
 * (the arguments), node:vm (loadBundle) and, where this-computer.ts needs it, node:os.
 */
export function setShortRunFlags(): void {
  try {
    void nodeBuiltin<{ parseArgs?: unknown }>("node:util").parseArgs;
    nodeBuiltin("node:vm");
    if (nodeOsNeeded()) nodeBuiltin("node:os");
    const v8 = v8Flags();
    v8.setFlagsFromString("--no-opt");
    v8.setFlagsFromString("--no-maglev");
    v8.setFlagsFromString("--no-sparkplug");
    if (!nodeFlagsGiven().has("--semi-space-growth-factor")) v8.setFlagsFromString(YOUNG_GENERATION_KEPT);
    (globalThis as Record<symbol, unknown>)[SHORT_RUN_MARK] = v8;
  } catch {
    // Only time and memory are at stake.
  }
}

/**
 * Whether setShortRunFlags set the flags of a short run in this process: its code caches then have
 * labels of their own (V8 refuses a cache made with other flags).
 */
export function shortRunFlagsSet(): boolean {
  return (globalThis as Record<symbol, unknown>)[SHORT_RUN_MARK] !== undefined;
}

/**
 * Marks, for every bundle in this process, the flags setLongRunFlags and setRepeatedRenderFlags changed (a
 * {@link FlagChange}[]).
 */
const LONG_RUN_MARK = Symbol.for("lac.longRunFlags");

/** A flag of a long run, and the flag of a short run it replaces. */
interface FlagChange {
  readonly longRun: string;
  readonly shortRun: string;
}

/**
 * The V8 flags Node.js was given, by name (`--opt`, `--semi-space-growth-factor`), in its arguments or
 * NODE_OPTIONS; V8 reads "_" in a flag's name as "-".
 */
function nodeFlagsGiven(): ReadonlySet<string> {
  return new Set(
    [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].map(
      (flag) => flag.split("=", 1)[0]?.replaceAll("_", "-") ?? flag,
    ),
  );
}

/**
 * What setShortRunFlags changed, as the flags that change it back: TurboFan and Sparkplug, which every
 * Node.js lac supports starts with, and Maglev where V8 was built with it (Node.js 24; Node.js 20 and 22
 * are built without it and start with --no-maglev), and the young generation's growth. So
 * setLongRunFlags gives back the flags Node.js started with, no more: none that Node.js was told to
 * start without, in its arguments or NODE_OPTIONS (`--no-opt`, `--jitless`, …), and no growth factor
 * where Node.js was given one (setShortRunFlags left it as it was).
 */
function longRunFlags(): readonly FlagChange[] {
  const maglev = (process.config.variables as Record<string, unknown>).v8_enable_maglev;
  const compilers =
    maglev === 1 || maglev === true || maglev === "1" || maglev === "true"
      ? ["--opt", "--sparkplug", "--maglev"]
      : ["--opt", "--sparkplug"];
  const given = nodeFlagsGiven();
  const changes: FlagChange[] = [];
  if (!given.has("--jitless")) {
    const off = (flag: string) =>
      given.has(flag.replace("--", "--no-")) || (flag === "--opt" && given.has("--no-turbofan"));
    for (const flag of compilers)
      if (!off(flag)) changes.push({ longRun: flag, shortRun: flag.replace("--", "--no-") });
  }
  if (!given.has("--semi-space-growth-factor"))
    changes.push({ longRun: YOUNG_GENERATION_GROWING, shortRun: YOUNG_GENERATION_KEPT });
  return changes;
}

/**
 * Sets V8's flags for long-running work after setShortRunFlags, for the rest of the process: call it
 * before loading a bundle of such work (the Word and HTML writers, the three-way merge, the Handlebars
 * compiler). Their loops (deflating each Word file, building its XML, parsing Markdown) took 1.5 to 1.7
 * times as long with Sparkplug alone: lac init of the example council in Markdown, Word and HTML took
 * 1.5 s instead of 1.0 s on Node.js 20, and 1.4 s instead of 0.85 s on Node.js 22 and 24. The young
 * generation grows again as V8 would have it: these runs make many megabytes of short-lived objects.
 */
export function setLongRunFlags(): void {
  applyFlagChanges(longRunFlags());
}

/**
 * A pack with more partners than this renders enough data-sharing agreements (one a partner, each about
 * 33 KB from the same templates) for V8's baseline compiler to pay for itself: see
 * setRepeatedRenderFlags. The example council has 10.
 */
export const MANY_PARTNERS = 12;

/** Whether a pack with `partners` partners renders enough agreements for setRepeatedRenderFlags. */
export function rendersManyAgreements(partners: number): boolean {
  return partners > MANY_PARTNERS;
}

/**
 * Turns V8's baseline compiler (Sparkplug) on for the rest of a short run that is about to render the
 * same templates many times over (rendersManyAgreements): once the templates' functions have run a few
 * times in the interpreter, V8 compiles them to machine code and runs every later agreement with it. Each
 * partner beyond the example's then cost 0.68 ms instead of 0.76 ms on Node.js 20, and 0.65 ms instead of
 * 0.82 ms on Node.js 24 (councils with 10 and 60 partners, interleaved; docs/speed.md). A smaller pack
 * keeps the interpreter alone (setShortRunFlags): on machines where fresh memory is dear, the compiler's
 * code cost it more than it saved. The code caches are read and made with the command's flags as before
 * (withCommandFlags).
 */
export function setRepeatedRenderFlags(): void {
  applyFlagChanges(longRunFlags().filter((change) => change.longRun === "--sparkplug"));
}

/**
 * Sets, after setShortRunFlags, the flags of `changes` that are not set yet, and marks them set
 * (LONG_RUN_MARK), for withCommandFlags to set back while a code cache is read or made.
 */
function applyFlagChanges(changes: readonly FlagChange[]): void {
  const shared = globalThis as Record<symbol, unknown>;
  const v8 = shared[SHORT_RUN_MARK] as V8Flags | undefined;
  if (v8 === undefined) return;
  const applied = (shared[LONG_RUN_MARK] as readonly FlagChange[] | undefined) ?? [];
  const fresh = changes.filter((change) => !applied.some((done) => done.longRun === change.longRun));
  if (fresh.length === 0) return;
  for (const change of fresh) v8.setFlagsFromString(change.longRun);
  shared[LONG_RUN_MARK] = [...applied, ...fresh];
}

/**
 * Runs `use` with the flags the process started its command with. V8 tells whether a code cache fits
 * by a hash of its flags: a cache read or made after setLongRunFlags (or setRepeatedRenderFlags) would not
 * fit the next run (or this one, for a bundle loaded later), so the short run's flags are set while one is
 * read or made.
 */
export function withCommandFlags<T>(use: () => T): T {
  const shared = globalThis as Record<symbol, unknown>;
  const changes = shared[LONG_RUN_MARK] as readonly FlagChange[] | undefined;
  if (changes === undefined) return use();
  const v8 = shared[SHORT_RUN_MARK] as V8Flags;
  for (const change of changes) v8.setFlagsFromString(change.shortRun);
  try {
    return use();
  } finally {
    for (const change of changes) v8.setFlagsFromString(change.longRun);
  }
}
