import { describe, expect, it } from "vitest";
import { detectImageType, imageSize } from "./image-type.js";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

describe("detectImageType", () => {
  it("knows PNG, JPEG and SVG by their first bytes, not their names", () => {
    expect(detectImageType(PNG)).toBe("png");
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(
      detectImageType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe("svg");
    expect(detectImageType(Buffer.from("GIF89a"))).toBeUndefined();
    expect(detectImageType(Buffer.from("not an image"))).toBeUndefined();
    expect(detectImageType(new Uint8Array())).toBeUndefined();
  });

  it("reads a PNG's size", () => {
    expect(imageSize(PNG, "png")).toEqual({ width: 1, height: 1 });
  });
});
