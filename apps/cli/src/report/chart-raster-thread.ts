import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { CHART_ASSETS } from "./chart-assets.js";
import { rasterWorkerFile, takeEarlyRasterThread, type RasterWorkerData } from "./chart-raster-early.js";

export type { RasterWorkerData } from "./chart-raster-early.js";
/** The word to an early thread to go on and compile the WebAssembly (chart-raster-early.ts). */
export interface RasterGo {
  readonly go: true;
}
/** A chart to draw, by its number in this run. */
export interface RasterRequest {
  readonly id: number;
  readonly svg: string;
}
/** The PNG of a chart, or why it could not be drawn. */
export type RasterReply =
  { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/** Draws charts' PNG pictures on a thread of their own. */
export interface ChartRasteriserThread {
  /** The PNG of an SVG chart, drawn on the other thread (in the order asked). */
  readonly draw: (svg: string) => Promise<Uint8Array>;
  /** Stops the thread (at once, whatever it is doing). */
  readonly close: () => void;
}

/** The error of a chart's picture that could not be drawn, with why. */
export class ChartPictureError extends Error {}

/**
 * Starts the thread that draws Word's picture of each chart (chart-raster-worker.ts, from `distFolder`), or takes
 * over the one bin.ts started before loading report.cjs (chart-raster-early.ts) and tells it to go on: it loads
 * resvg's WebAssembly and the fonts at once, on the machine's other core, while this thread reads the events and
 * draws the charts with Vega. The PNG bytes are those resvg draws in this thread: the same code and input.
 */
export function startChartRasteriser(distFolder: string): ChartRasteriserThread {
  const file = rasterWorkerFile(distFolder);
  const early = takeEarlyRasterThread(file);
  const data: RasterWorkerData = { assetFolder: join(distFolder, CHART_ASSETS.folder), waitToGo: false };
  const worker = early?.worker ?? new Worker(file, { workerData: data });
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const each of pending.values()) each.reject(stopped);
    pending.clear();
  };
  // The thread is waited for only while a picture is being drawn.
  worker.unref();
  worker.on("message", (reply: RasterReply) => {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if ("png" in reply) waiting.resolve(reply.png);
    else waiting.reject(new ChartPictureError(reply.error));
  });
  const onError = (error: Error) => failAll(new ChartPictureError(error.message));
  const onExit = (code: number) =>
    failAll(new ChartPictureError(`the drawing thread stopped (exit code ${code}).`));
  // What an early thread said before this took it over (it failed to start), in the order it said it.
  for (const each of early?.said ?? []) {
    if ("error" in each) onError(each.error);
    else onExit(each.exitCode);
  }
  worker.on("error", onError);
  worker.on("exit", onExit);
  if (early !== undefined && stopped === undefined) worker.postMessage({ go: true } satisfies RasterGo);
  return {
    draw: (svg) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (stopped !== undefined) {
          reject(stopped);
          return;
        }
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        worker.ref();
        worker.postMessage({ id: nextId, svg } satisfies RasterRequest);
      }),
    close: () => {
      stopped ??= new ChartPictureError("the drawing thread was stopped.");
      void worker.terminate();
    },
  };
}
