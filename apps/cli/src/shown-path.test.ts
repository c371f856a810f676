import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownPath } from "./shown-path.js";

const cwd = resolve("/home/lead/work");

describe("shownPath: how lac names a folder or file it prints", () => {
  it("names the current folder '.'", () => {
    expect(shownPath(cwd, cwd)).toBe(".");
  });

  it("names a path inside the current folder relative to it", () => {
    expect(shownPath(cwd, join(cwd, "pack"))).toBe("pack");
    expect(shownPath(cwd, join(cwd, "packs", "brackenford", "README.md"))).toBe(
      join("packs", "brackenford", "README.md"),
    );
  });

  it("names a path outside the current folder by its absolute path, not by climbing out of it", () => {
    expect(shownPath(cwd, resolve("/tmp/pack"))).toBe(resolve("/tmp/pack"));
    expect(shownPath(cwd, resolve("/home/lead/pack"))).toBe(resolve("/home/lead/pack"));
    expect(shownPath(cwd, resolve("/home/lead"))).toBe(resolve("/home/lead"));
  });

  it("keeps a folder whose name starts with two dots inside the current folder relative", () => {
    expect(shownPath(cwd, join(cwd, "..pack"))).toBe("..pack");
  });

  it("gives a path that leads back to the same place, and never one that climbs", () => {
    const segment = fc.stringMatching(/^[a-z.]{1,6}$/).filter((name) => name !== "." && name !== "..");
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("..", ...["a", "b"]), { maxLength: 4 }),
        fc.array(segment, { maxLength: 3 }),
        (up, down) => {
          const target = resolve(cwd, ...up, ...down);
          const shown = shownPath(cwd, target);
          expect(resolve(cwd, shown)).toBe(target);
          expect(shown === ".." || shown.startsWith(`..${"/"}`) || shown.startsWith("..\\")).toBe(false);
        },
      ),
    );
  });
});
