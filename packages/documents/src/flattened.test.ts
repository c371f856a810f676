import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flattened } from "./render-pack.js";

describe("flattened", () => {
  it("gives back the same text, however it was joined (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme-composite" }), { maxLength: 40 }), (pieces) => {
        // Joined one piece at a time, as a template's output is: a rope of cons strings.
        let text = "";
        for (const piece of pieces) text += piece;
        const expected = pieces.join("");
        expect(flattened(text)).toBe(expected);
        expect(flattened(text).length).toBe(expected.length);
      }),
      { numRuns: 500 },
    );
    expect(flattened("")).toBe("");
    const long = "– row\n".repeat(5000);
    expect(flattened(`${long}${long}`)).toBe(long.repeat(2));
  });
});
