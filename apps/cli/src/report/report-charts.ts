import { deflateSync } from "node:zlib";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** A chart drawn: SVG for HTML and Word, a PNG stand-in for programs without SVG, and its size in pixels. */
export interface DrawnChart {
  readonly svg: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a Vega-Lite specification as SVG in Node.js, with no browser and no canvas (Vega's own SVG
 * renderer, which estimates text widths).
 */
export async function drawChart(spec: Readonly<Record<string, unknown>>): Promise<DrawnChart> {
  const compiled = compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Math.round(Number(size?.[1] ?? 600));
  const height = Math.round(Number(size?.[2] ?? 300));
  return { svg, png: blankPng(width, height), width, height };
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

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/**
 * A white PNG of the chart's size: the picture Word's format requires beside an SVG, for programs that
 * cannot show SVG (Word 2016 and later, and LibreOffice, show the SVG). lac has no rasteriser (it bundles
 * no native code), so those older programs show a blank box; the chart's numbers are in the table beside it
 * and in its text alternative.
 */
export function blankPng(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0; // no filter
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", pixels),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}
