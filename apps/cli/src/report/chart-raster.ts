import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg, initWasm } from "@resvg/resvg-wasm";
import { zlibSync } from "fflate";

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
 * How much larger than the SVG the picture is drawn: a chart 816 pixels wide is 1,224 pixels, about
 * 200 dots per inch at the width Word shows it (6.25 inches), sharp enough to print.
 */
export const RASTER_ZOOM = 1.5;

/** Draws an SVG chart as a PNG picture. */
export type ChartRasteriser = (svg: string) => Uint8Array;

let wasmReady: Promise<void> | undefined;

/**
 * The rasteriser, for Word's picture of each chart: loads the WebAssembly and the fonts from `assetFolder`
 * (only when a Word report is written). The same SVG always gives the same PNG bytes: resvg draws
 * deterministically and the PNG is compressed by fflate (JavaScript, the same output on every machine).
 */
export async function loadChartRasteriser(assetFolder: string): Promise<ChartRasteriser> {
  wasmReady ??= initWasm(readFileSync(join(assetFolder, CHART_ASSETS.wasm)));
  await wasmReady;
  const fontBuffers = CHART_ASSETS.fonts.map((font) => new Uint8Array(readFileSync(join(assetFolder, font))));
  return (svg) => {
    const resvg = new Resvg(svg, {
      font: { fontBuffers, defaultFontFamily: "Arimo", sansSerifFamily: "Arimo" },
      fitTo: { mode: "zoom", value: RASTER_ZOOM },
      background: "white",
      // Shapes and text anti-aliased, as a chart would print.
      shapeRendering: 2,
      textRendering: 1,
    });
    try {
      const image = resvg.render();
      try {
        return encodePng(image.width, image.height, image.pixels);
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An opaque RGB PNG of RGBA pixels (drawn on white, so every pixel is opaque), each row filtered "Up"
 * (the difference from the row above, which makes the large flat areas of a chart compress well).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  const rowBytes = width * 4;
  for (let y = 0; y < height; y += 1) {
    let out = y * stride;
    raw[out++] = 2; // Up
    const start = y * rowBytes;
    for (let pixel = start; pixel < start + rowBytes; pixel += 4) {
      if (y === 0) {
        raw[out++] = rgba[pixel]!;
        raw[out++] = rgba[pixel + 1]!;
        raw[out++] = rgba[pixel + 2]!;
      } else {
        const up = pixel - rowBytes;
        raw[out++] = (rgba[pixel]! - rgba[up]!) & 0xff;
        raw[out++] = (rgba[pixel + 1]! - rgba[up + 1]!) & 0xff;
        raw[out++] = (rgba[pixel + 2]! - rgba[up + 2]!) & 0xff;
      }
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    // Level 4: as small as level 6 for charts (long runs of the same colour), and three times as fast.
    chunk("IDAT", zlibSync(raw, { level: 4 })),
    chunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
