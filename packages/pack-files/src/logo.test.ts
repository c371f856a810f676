import { describe, expect, it } from "vitest";
import { checkLogo } from "./logo.js";

const options = { name: "logo.png", formats: ["markdown", "html"] };
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe("checkLogo: bytes given in the wrong form (from JavaScript)", () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', "text (read the file without an encoding)"],
    [png.buffer, "an ArrayBuffer (wrap it: new Uint8Array(buffer))"],
    [[...png], "an object that is not a Uint8Array"],
    [undefined, "a value of type undefined"],
    [null, "null"],
  ])("returns a problem, never throws, for %o", (bytes, given) => {
    expect(checkLogo(bytes as unknown as Uint8Array, options)).toEqual({
      ok: false,
      message: `logo.png could not be checked: checkLogo needs the file's bytes as a Uint8Array, not ${given}.`,
    });
  });

  it("still reads a Uint8Array, and a Node.js Buffer, which is one", () => {
    expect(checkLogo(png, options)).toMatchObject({ ok: true, logo: { type: "png" } });
    expect(checkLogo(Buffer.from(png), options)).toMatchObject({ ok: true, logo: { type: "png" } });
  });
});
