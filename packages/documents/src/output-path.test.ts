import fc from "fast-check";
import { slugify } from "@lac/council";
import { describe, expect, it } from "vitest";
import { isSafeOutputPath } from "./output-path.js";

describe("isSafeOutputPath", () => {
  it.each(["README.md", "roles/local-area-coordinator.md", "data-sharing/nhs-trust.md", "cy/roles/x_y.md"])(
    "accepts %s",
    (path) => expect(isSafeOutputPath(path)).toBe(true),
  );

  it.each([
    "",
    "/etc/passwd",
    "../x.md",
    "a/../../x.md",
    "a//b.md",
    "./x.md",
    "a\\b.md",
    "C:x.md",
    "a/ b.md",
    ".hidden/x.md",
  ])("refuses %j", (path) => expect(isSafeOutputPath(path)).toBe(false));

  it("accepts every path made from a slug of any name", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(isSafeOutputPath(`data-sharing/${slugify(name)}.md`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
