import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** A chart drawn as SVG, and its size in pixels. */
export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a Vega-Lite specification as SVG in Node.js, with no browser and no canvas (Vega's own SVG
 * renderer, which estimates text widths).
 */
export async function drawChart(spec: Readonly<Record<string, unknown>>): Promise<ChartSvg> {
  const compiled = compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Math.round(Number(size?.[1] ?? 600));
  const height = Math.round(Number(size?.[2] ?? 300));
  return { svg, width, height };
}
