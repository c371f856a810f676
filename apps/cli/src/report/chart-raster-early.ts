// lac report's drawing thread, started by bin.ts before it loads report.cjs: Node.js sets the thread up and the
// thread loads its bundle on the machine's other core, while this thread loads report.cjs. It then waits for the
// word to go on (from startChartRasteriser, once report.cjs is loaded) before it reads and compiles resvg's
// WebAssembly: compiling it changes a V8 flag for a moment, and V8 refuses a code cache while a flag differs, so
// the thread must not do that while report.cjs's code cache is being loaded. A command that stops before drawing
// (a mistake in its options) reads no more than the thread's bundle. Kept small: it is in lac.cjs.
import type * as WorkerThreads from "node:worker_threads";
import { nodeBuiltin } from "../node-module.js";
import { join } from "node:path";
import { CHART_ASSETS, RASTER_WORKER_BUNDLE } from "./chart-assets.js";

/** What the drawing thread is given when it starts. */
export interface RasterWorkerData {
  readonly assetFolder: string;
  /** Wait for `{ go: true }` before compiling the WebAssembly. */
  readonly waitToGo: boolean;
}

/** A drawing thread started early, and what it said before report.cjs took it over, in order. */
export interface EarlyRasterThread {
  readonly worker: WorkerThreads.Worker;
  readonly file: string;
  readonly said: ({ readonly error: Error } | { readonly exitCode: number })[];
}

const EARLY = Symbol.for("lac.reportDrawingThread");

/** The drawing thread's bundle in `distFolder`. */
export const rasterWorkerFile = (distFolder: string): string => join(distFolder, RASTER_WORKER_BUNDLE);

/**
 * Whether lac report's arguments (after "report") name events to report on, `--example` or a file: only then is
 * the thread started early, so that `lac report` alone, a usage error, does not wait for a thread to stop.
 * `valued` are the options that take a value (--period 2026-27). It only decides when the thread starts.
 */
export function namesEvents(args: readonly string[], valued: ReadonlySet<string>): boolean {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === "--example" || arg === "--") return true;
    if (valued.has(arg)) index += 1;
    else if (!arg.startsWith("-")) return true;
  }
  return false;
}

/** Starts lac report's drawing thread (from `distFolder`), to be taken over by startChartRasteriser. */
export function startRasterThreadEarly(distFolder: string): void {
  try {
    const { Worker } = nodeBuiltin<typeof WorkerThreads>("node:worker_threads");
    const file = rasterWorkerFile(distFolder);
    const data: RasterWorkerData = { assetFolder: join(distFolder, CHART_ASSETS.folder), waitToGo: true };
    const worker = new Worker(file, { workerData: data });
    const early: EarlyRasterThread = { worker, file, said: [] };
    worker.on("error", (error) => early.said.push({ error }));
    worker.on("exit", (exitCode) => early.said.push({ exitCode }));
    // A run that stops before drawing (a mistake in the command) does not wait for it.
    worker.unref();
    (globalThis as Record<symbol, unknown>)[EARLY] = early;
  } catch {
    // report.cjs starts the thread itself, and says what is wrong.
  }
}

/** The drawing thread started early from `file`, once: undefined when there is none. */
export function takeEarlyRasterThread(file: string): EarlyRasterThread | undefined {
  const global = globalThis as Record<symbol, unknown>;
  const early = global[EARLY] as EarlyRasterThread | undefined;
  if (early === undefined || early.file !== file) return undefined;
  delete global[EARLY];
  return early;
}
