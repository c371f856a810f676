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

  it("finds the same problem, with the same message, as the check that split the path (property)", () => {
    const piece = fc.constantFrom(
      "a",
      "b",
      ".",
      "..",
      "...",
      ".a",
      "a.",
      "",
      "/",
      "//",
      "\\",
      ":",
      "C:",
      "c:",
      ".lac",
      ".LAC",
      "/state.json",
      "/State.JSON",
      "x.md",
      "\u0000",
      "\t",
      "\u007f",
      "\u212a",
      "\u0130",
      "\u017f",
      "é",
      "–",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = pieces.join("");
        expect(checkPackPath(path)).toEqual(checkPackPathBySplitting(path));
      }),
      { numRuns: 5000 },
    );
    for (const path of [
      ".lac/state.json",
      ".LAC/STATE.JSON",
      ".lac/\u212a",
      "a/./b",
      "a/../b",
      "a//b",
      "./",
      "..",
      ".",
    ])
      expect(checkPackPath(path)).toEqual(checkPackPathBySplitting(path));
  });
});

/** checkPackPath as it was written before it stopped splitting the path: the reference for the property. */
function checkPackPathBySplitting(path: string): { code: string; message: string } | undefined {
  const EXAMPLE = 'Use a relative path with "/" between folder names, such as "data-sharing/north-trust.md".';
  const problem = (code: string, message: string) => ({ code, message });
  const shown = JSON.stringify(path);
  if (path.length === 0) return problem("empty-path", `A pack file has an empty path. ${EXAMPLE}`);
  if (path.includes("\u0000")) {
    return problem(
      "nul-character",
      `The path ${shown} contains a NUL character, which no file name may hold.`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f\u007f]/.test(path)) {
    return problem(
      "control-character",
      `The path ${shown} contains a control character (such as a tab or line break). Remove it from the name.`,
    );
  }
  if (path.includes("\\")) {
    return problem(
      "backslash",
      `The path ${shown} contains a backslash, which Windows reads as a folder separator. ${EXAMPLE}`,
    );
  }
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) {
    return problem(
      "absolute-path",
      `The path ${shown} is absolute, so it could point anywhere on the disk. Pack paths are relative to the target folder. ${EXAMPLE}`,
    );
  }
  const segments = path.split("/");
  if (segments.some((segment) => segment === "")) {
    return problem(
      "empty-segment",
      `The path ${shown} has an empty folder name (a doubled "/" or a "/" at the end). ${EXAMPLE}`,
    );
  }
  if (segments.includes("..")) {
    return problem(
      "parent-segment",
      `The path ${shown} contains "..", which goes up a folder and could leave the target folder. ${EXAMPLE}`,
    );
  }
  if (segments.includes(".")) {
    return problem(
      "dot-segment",
      `The path ${shown} contains a "." folder name. Remove the "./" parts. ${EXAMPLE}`,
    );
  }
  if (path.toLowerCase() === ".lac/state.json") {
    return problem(
      "reserved-path",
      `The path ${shown} is lac's own state file, where it records what it wrote. Choose another file name.`,
    );
  }
  return undefined;
}
