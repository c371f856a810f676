import { describe, expect, it } from "vitest";
import { decodePng } from "../../test/png-pixels.js";
import { encodePng } from "./chart-raster.js";

describe("encodePng", () => {
  it("writes opaque RGB pixels that a PNG decoder reads back exactly", () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < rgba.length; i += 1) rgba[i] = i % 4 === 3 ? 255 : (i * 37 + 11) % 256;
    const decoded = decodePng(encodePng(width, height, rgba));
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([width, height, 3]);
    const rgb = Array.from(rgba).filter((_value, i) => i % 4 !== 3);
    expect(Array.from(decoded.data)).toEqual(rgb);
  });

  it("gives the same bytes for the same pixels", () => {
    const rgba = new Uint8Array(16 * 16 * 4).fill(255);
    rgba.fill(40, 0, 200);
    expect(encodePng(16, 16, rgba)).toEqual(encodePng(16, 16, rgba));
  });
});
