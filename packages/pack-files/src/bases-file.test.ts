import { describe, expect, it } from "vitest";
import { parseBases } from "./bases-file.js";

describe("parseBases: what a JavaScript caller may pass by mistake", () => {
  it.each([
    [new Uint8Array([0x6c, 0x61, 0x63]), "bytes or an object"],
    [undefined, "a value of type undefined"],
    [null, "null"],
    [42, "a value of type number"],
  ])("returns why it cannot read %o, never throws", (input, shown) => {
    expect(parseBases(input as unknown as string)).toEqual({
      ok: false,
      reason: "damaged",
      message: `parseBases needs the text of .lac/bases (a string), not ${shown}: read the file with an encoding, such as readFileSync(path, "utf8")`,
    });
  });
});
