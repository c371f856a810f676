import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { Resvg, initWasm } from "@resvg/resvg-wasm";
import { CHART_ASSETS } from "./chart-assets.js";

export { CHART_ASSETS } from "./chart-assets.js";

/**
 * How much larger than the SVG the picture is drawn: a chart 816 pixels wide is 1,224 pixels, about
 * 200 dots per inch at the width Word shows it (6.25 inches), sharp enough to print.
 */
export const RASTER_ZOOM = 1.5;

/**
 * A small chart with what Vega's charts hold (a background, grid lines, a dashed line, bars, a circle drawn with
 * arcs, text in the regular and bold fonts, rotated, anchored at its end, half transparent), drawn once and thrown
 * away by the drawing thread before the first chart comes, so that resvg's functions are compiled by then.
 */
export const WARM_UP_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">',
  '<rect width="120" height="60" fill="white"/>',
  '<g fill="none" stroke-miterlimit="4" transform="translate(30,5)">',
  '<line transform="translate(0.5,0)" x2="0" y2="40" stroke="#ddd" stroke-width="1" opacity="1"/>',
  '<path d="M0,40L20,10L40,30L60,5" stroke="#1f4e79" stroke-width="2" stroke-dasharray="6,3"/>',
  '<path d="M2,40h9v-25h-9Z" fill="#b35806" opacity="0.8"/>',
  '<path transform="translate(50,20)" d="M2.7,0A2.7,2.7,0,1,1,-2.7,0A2.7,2.7,0,1,1,2.7,0" fill="#542788"/>',
  '<text text-anchor="end" transform="translate(0,50) rotate(320)" font-family="Arial" font-size="11px" fill="#000">Apr 2026</text>',
  '<text x="40" y="55" font-family="Arial" font-size="11px" font-weight="bold" fill="#000" opacity="0.5">Count 44</text>',
  "</g></svg>",
].join("");

/** Draws an SVG chart as a PNG picture. */
export type ChartRasteriser = (svg: string) => Uint8Array;

let wasmReady: Promise<void> | undefined;

/**
 * V8 runs WebAssembly first as baseline code and compiles the functions it finds hot again, optimised, on other
 * threads. A report draws five pictures, each function running for milliseconds: the optimising compiler costs
 * far more CPU than it saves (on Node.js 20 to 24, the five pictures took about 1 s of CPU with it and 0.35 s
 * without). So the budget before a function is optimised is made larger than lac's run will ever spend. It is read
 * when the module is instantiated; it changes nothing of what the code computes (the same PNG bytes), and no other
 * WebAssembly runs in lac report. The V8 of every Node.js lac supports (20 to 24) has the flag.
 */
const NO_WASM_TIER_UP = "--wasm-tiering-budget=2000000000";

/**
 * The flag's default in the V8 of each Node.js lac supports: 1,800,000 in Node.js 20, 13,000,000 in 22 and 24.
 * A V8 code cache records the flags that differ from their defaults, and refuses to load in a process whose flags
 * differ: while the flag is changed, a code cache made (lac's own, of report.cjs and commands.cjs, written after the
 * report) would be refused by every later run, which then compiles the bundles again. So the flag is set back to its
 * default as soon as the module is instantiated.
 */
const WASM_TIERING_BUDGET_DEFAULTS = [1_800_000, 13_000_000] as const;

/**
 * A check that V8's flags are as they were when it was made: a tiny script's code cache, made now, and
 * loaded later by a script of another text with the same length (V8 checks the length, the V8 version and
 * the flags; another text keeps V8 from taking the script from its own memory instead).
 */
function flagsUnchangedCheck(): () => boolean {
  const probe = (count: number) => `"lac flags ${String(count).padStart(6, "0")}"`;
  let count = 0;
  const cachedData = new Script(probe(count)).createCachedData();
  return () => {
    count += 1;
    return !new Script(probe(count), { cachedData }).cachedDataRejected;
  };
}

/** Runs `load` (which instantiates resvg's module) with the optimising tier of WebAssembly off, then puts the flag back. */
export async function withoutWasmTierUp<T>(load: () => Promise<T>): Promise<T> {
  const unchanged = flagsUnchangedCheck();
  setFlagsFromString(NO_WASM_TIER_UP);
  try {
    return await load();
  } finally {
    for (const value of WASM_TIERING_BUDGET_DEFAULTS) {
      setFlagsFromString(`--wasm-tiering-budget=${value}`);
      if (unchanged()) break;
    }
  }
}

/**
 * resvg's loader, written for browsers too, asks `typeof Request` and `typeof Response`: in Node.js the first look
 * at either loads the fetch library (undici), 40 to 100 ms, for nothing (lac gives it the bytes, never a URL or a
 * response). While it loads, the two globals are hidden (undefined) and then put back as they were, so that
 * fetch still loads, when something else asks for it, as it would have. Nothing else runs fetch in lac report.
 */
async function withoutFetchGlobals<T>(load: () => Promise<T>): Promise<T> {
  const global = globalThis as Record<string, unknown>;
  const names = ["Request", "Response"];
  const saved = names.map((name) => Object.getOwnPropertyDescriptor(global, name));
  for (const name of names)
    Object.defineProperty(global, name, { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    names.forEach((name, index) => {
      const descriptor = saved[index];
      if (descriptor === undefined) delete global[name];
      else Object.defineProperty(global, name, descriptor);
    });
  }
}

/**
 * The rasteriser, for Word's picture of each chart: loads the WebAssembly and the fonts from `assetFolder`
 * (only when a Word report is written), compiling the WebAssembly once `go` has come. The same SVG always gives
 * the same PNG bytes: resvg draws and encodes the PNG deterministically, in WebAssembly, the same on every machine.
 */
export async function loadChartRasteriser(
  assetFolder: string,
  go: Promise<void> = Promise.resolve(),
): Promise<ChartRasteriser> {
  if (wasmReady === undefined) {
    wasmReady = go.then(() => {
      const wasm = readFileSync(join(assetFolder, CHART_ASSETS.wasm));
      return withoutWasmTierUp(() => withoutFetchGlobals(() => initWasm(wasm)));
    });
  }
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
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
