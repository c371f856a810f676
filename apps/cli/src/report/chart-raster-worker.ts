// The thread that draws Word's picture (PNG) of each chart, beside the main thread of lac report, which meanwhile
// draws the next chart with Vega and writes the HTML: its own bundle (dist/report-raster.cjs), with resvg's loader
// only. It compiles resvg's WebAssembly as soon as it starts (while the main thread reads the events), then
// answers each SVG it is sent, in order, with the PNG's bytes or the error that stopped it.
import { parentPort, workerData } from "node:worker_threads";
import { WARM_UP_SVG, loadChartRasteriser } from "./chart-raster.js";
import type { RasterGo, RasterReply, RasterRequest, RasterWorkerData } from "./chart-raster-thread.js";

const port = parentPort;
if (port !== null) {
  const data = workerData as RasterWorkerData;
  // A process's first Intl object loads ICU's data, once for all its threads: about a tenth of a second, which
  // the main thread would pay when it makes the report's calendar (localCalendar of @lac/journeys). A thread
  // started early has nothing to do until report.cjs is loaded, so it pays it instead, on the other core.
  if (data.waitToGo) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: "UTC" });
    } catch {
      // Only time is at stake: the main thread's calendar says what is wrong, if anything is.
    }
  }
  // A thread started early (chart-raster-early.ts) compiles the WebAssembly only once told to go on.
  let goOn = (): void => undefined;
  const go = data.waitToGo ? new Promise<void>((resolve) => (goOn = resolve)) : Promise.resolve();
  const loaded = loadChartRasteriser(data.assetFolder, go);
  let asked = false;
  // V8 compiles each WebAssembly function when it first runs: the first picture took three times as long as the
  // next ones. While no chart has come yet (the main thread is reading the events), a small chart of the same
  // kinds of shapes and text is drawn, and thrown away, so that the charts' pictures are drawn by compiled code.
  // A picture depends on its SVG only: the same bytes with or without this.
  const rasteriser = loaded.then((draw) => {
    if (!asked) {
      try {
        draw(WARM_UP_SVG);
      } catch {
        // Only time is at stake; a real chart that cannot be drawn says why.
      }
    }
    return draw;
  });
  rasteriser.catch(() => undefined);
  port.on("message", async (message: RasterRequest | RasterGo) => {
    if ("go" in message) {
      goOn();
      return;
    }
    const { id, svg } = message;
    asked = true;
    let reply: RasterReply;
    try {
      const png = (await rasteriser)(svg);
      reply = { id, png };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, "png" in reply ? [reply.png.buffer as ArrayBuffer] : []);
  });
}
