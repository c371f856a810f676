import { describe, expect, it } from "vitest";
import { leadStart } from "./lead-start.js";

describe("leadStart", () => {
  it("takes the headings just before a dense table", () => {
    expect(leadStart(["paragraph", "heading", "heading"])).toBe(1);
  });

  it("takes a heading and up to two paragraphs of lead-in after it (the DPIA's Step 4)", () => {
    expect(leadStart(["paragraph", "heading", "paragraph"])).toBe(1);
    expect(leadStart(["other", "heading", "paragraph", "paragraph"])).toBe(1);
    expect(leadStart(["heading", "paragraph", "paragraph", "paragraph"])).toBe(4);
  });

  it("takes nothing past another table or list", () => {
    expect(leadStart(["heading", "other", "paragraph"])).toBe(3);
    expect(leadStart(["paragraph", "paragraph"])).toBe(2);
    expect(leadStart([])).toBe(0);
  });
});
