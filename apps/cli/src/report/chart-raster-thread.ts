import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { CHART_ASSETS, RASTER_WORKER_BUNDLE } from "./chart-assets.js";

/** What the rasterising thread is given when it starts. */
export interface RasterWorkerData {
  readonly assetFolder: string;
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
 * Starts the thread that draws Word's picture of each chart (chart-raster-worker.ts, from `distFolder`): it loads
 * resvg's WebAssembly and the fonts at once, on the machine's other core, while this thread reads the events and
 * draws the charts with Vega. The PNG bytes are those resvg draws in this thread: the same code and input.
 */
export function startChartRasteriser(distFolder: string): ChartRasteriserThread {
  const data: RasterWorkerData = { assetFolder: join(distFolder, CHART_ASSETS.folder) };
  const worker = new Worker(join(distFolder, RASTER_WORKER_BUNDLE), { workerData: data });
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
  worker.on("error", (error) => failAll(new ChartPictureError(error.message)));
  worker.on("exit", (code) =>
    failAll(new ChartPictureError(`the drawing thread stopped (exit code ${code}).`)),
  );
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
