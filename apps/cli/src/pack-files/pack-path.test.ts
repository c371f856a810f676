import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPackPath } from "./pack-path.js";

describe("checkPackPath", () => {
  it.each([
    "plan.md",
    "data-sharing/north-trust.md",
    "roles/local-area-coordinator.md",
    ".github/x.md",
    "a/b/c/d.txt",
  ])("accepts the relative path %j", (path) => {
    expect(checkPackPath(path)).toBeUndefined();
  });

  it.each([
    ["", "empty-path", "empty path"],
    ["../x.md", "parent-segment", '".."'],
    ["a/../../x.md", "parent-segment", "leave the target folder"],
    ["a/..", "parent-segment", '".."'],
    ["/etc/x.md", "absolute-path", "is absolute"],
    ["C:/x.md", "absolute-path", "is absolute"],
    ["c:x.md", "absolute-path", "is absolute"],
    ["a\\b.md", "backslash", "backslash"],
    ["..\\x.md", "backslash", "backslash"],
    ["a//b.md", "empty-segment", "empty folder name"],
    ["a/", "empty-segment", "empty folder name"],
    ["./a.md", "dot-segment", '"." folder name'],
    ["a\u0000.md", "nul-character", "NUL"],
    ["a\nb.md", "control-character", "control character"],
    [".lac/state.json", "reserved-path", "lac's own state file"],
    [".LAC/State.json", "reserved-path", "lac's own state file"],
  ])("refuses %j with %s", (path, code, words) => {
    const problem = checkPackPath(path);
    expect(problem?.code).toBe(code);
    expect(problem?.message).toContain(words);
  });

  it("quotes the path and gives an example of a good one", () => {
    expect(checkPackPath("a/../../x.md")?.message).toContain('"a/../../x.md"');
    expect(checkPackPath("a/../../x.md")?.message).toContain('such as "data-sharing/north-trust.md"');
  });

  it("only accepts paths that stay strictly inside the target folder", () => {
    const piece = fc.constantFrom("a", "b", ".", "..", "", "/", "\\", ":", "C:", ".lac", "x.md", "\u0000");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = pieces.join("");
        if (checkPackPath(path) !== undefined) return;
        const resolved = posix.resolve("/target", path);
        expect(resolved.startsWith("/target/")).toBe(true);
        expect(posix.relative("/target", resolved)).toBe(path);
      }),
      { numRuns: 2000 },
    );
  });
});
