// The thread that draws Word's picture (PNG) of each chart, beside the main thread of lac report, which meanwhile
// draws the next chart with Vega and writes the HTML: its own bundle (dist/report-raster.cjs), with resvg's loader
// only. It compiles resvg's WebAssembly as soon as it starts (while the main thread reads the events), then
// answers each SVG it is sent, in order, with the PNG's bytes or the error that stopped it.
import { parentPort, workerData } from "node:worker_threads";
import { loadChartRasteriser } from "./chart-raster.js";
import type { RasterReply, RasterRequest, RasterWorkerData } from "./chart-raster-thread.js";

const port = parentPort;
if (port !== null) {
  const rasteriser = loadChartRasteriser((workerData as RasterWorkerData).assetFolder);
  rasteriser.catch(() => undefined);
  port.on("message", async ({ id, svg }: RasterRequest) => {
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
