import { inflateSync } from "node:zlib";

/** A decoded 8-bit PNG: its size, channels per pixel and pixel bytes, row after row. */
export interface PngPixels {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly data: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes an 8-bit, non-interlaced greyscale, RGB or RGBA PNG (every filter), for tests that look at what a
 * picture shows. Throws on any other kind.
 */
export function decodePng(png: Uint8Array): PngPixels {
  const bytes = Buffer.from(png);
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error("only 8-bit, non-interlaced PNGs");
      channels = CHANNELS[data[9]!] ?? 0;
      if (channels === 0) throw new Error(`colour type ${data[9]} is not decoded`);
    } else if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, data: out };
}

/** The share (0 to 1) of a picture's pixels that are not white (nor transparent). */
export function inkedShare({ width, height, channels, data }: PngPixels): number {
  let inked = 0;
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const base = pixel * channels;
    const alpha = channels === 2 || channels === 4 ? data[base + channels - 1]! : 255;
    const colour = channels <= 2 ? [data[base]!] : [data[base]!, data[base + 1]!, data[base + 2]!];
    if (alpha > 0 && colour.some((value) => value < 240)) inked += 1;
  }
  return inked / (width * height);
}
