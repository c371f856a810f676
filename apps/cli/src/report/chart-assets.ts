/**
 * The files the rasteriser reads, shipped beside the bundle in dist/report-assets/ (copied there by
 * scripts/copy-report-assets.mjs): resvg compiled to WebAssembly (no native code, so lac keeps no runtime
 * dependency), and Arimo, an open-licence (SIL OFL 1.1) font with the same widths as Arial, the charts' font.
 */
export const CHART_ASSETS = {
  folder: "report-assets",
  wasm: "resvg.wasm",
  fonts: ["Arimo-Regular.ttf", "Arimo-Bold.ttf"],
} as const;

/**
 * The bundle of the thread that draws the charts' pictures (chart-raster-worker.ts), beside report.cjs in
 * dist/: resvg's loader and nothing else, so that the thread starts at once.
 */
export const RASTER_WORKER_BUNDLE = "report-raster.cjs";
