import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinBatch } from "./render-pack.js";

describe("joinBatch", () => {
  it("gives each of the last documents its own text back, as a slice of the batch joined (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme-composite" }), { maxLength: 30 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat({ max: 3 }),
        (pieces, before) => {
          // Each text joined one piece at a time, as a template's output is: a rope of cons strings.
          const texts = pieces.map((parts) => {
            let text = "";
            for (const part of parts) text += part;
            return text;
          });
          const earlier = Array.from({ length: before }, (_, index) => ({ content: `earlier ${index}` }));
          const documents = [...earlier, ...texts.map((text) => ({ content: text }))];
          joinBatch(documents, texts);
          expect(documents.map((document) => document.content)).toStrictEqual([
            ...earlier.map((document) => document.content),
            ...pieces.map((parts) => parts.join("")),
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps en dashes and long documents whole", () => {
    const long = "– row\n".repeat(30_000);
    const documents = [{ content: long }, { content: "" }, { content: "a–b" }];
    joinBatch(documents, [long, "", "a–b"]);
    expect(documents.map((document) => document.content)).toStrictEqual([long, "", "a–b"]);
  });
});
