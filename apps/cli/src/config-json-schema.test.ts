import { describe, expect, it } from "vitest";
import { schemaFileText } from "./config-json-schema.js";

describe("schemaFileText", () => {
  // Characters beyond ASCII, as the schema has (an arrow, a dash, the Welsh ŷ), and one beyond the BMP.
  const text = '{\n  "description": "Cymraeg → Saesneg – tŷ 🏠"\n}\n';
  const bytes = Buffer.from(text, "utf8");

  it("takes the build's length in UTF-16 code units for a file of the build's size, without decoding it", () => {
    const file = schemaFileText(bytes, { bytes: bytes.byteLength, text: 999 });
    expect(file.textLength).toBe(999);
    expect(Buffer.from(file).equals(bytes)).toBe(true);
  });

  it("counts the text of a file whose size is not the build's, or in code that was not built", () => {
    for (const built of [{ bytes: bytes.byteLength + 1, text: 999 }, undefined]) {
      const file = schemaFileText(bytes, built);
      expect(file.textLength).toBe(text.length);
      expect(file.text).toBe(text);
      expect(Buffer.from(file).equals(bytes)).toBe(true);
    }
  });
});
