import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** A chart drawn: SVG for HTML and Word, PNG for programs without SVG, and its size in pixels. */
export interface DrawnChart {
  readonly svg: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a Vega-Lite specification as SVG in Node.js, with no browser and no canvas (Vega's own SVG
 * renderer, which estimates text widths), then as a PNG at twice the size with resvg (for Word's fallback).
 */
export async function drawChart(spec: Readonly<Record<string, unknown>>): Promise<DrawnChart> {
  const compiled = compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Math.round(Number(size?.[1] ?? 600));
  const height = Math.round(Number(size?.[2] ?? 300));
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Arial" },
  })
    .render()
    .asPng();
  return { svg, png: new Uint8Array(png), width, height };
}
