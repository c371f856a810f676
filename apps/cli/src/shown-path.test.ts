import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownPath } from "./shown-path.js";

const cwd = resolve("/home/lead/projects");

describe("shownPath: how lac names a folder it was given", () => {
  it("names the current folder '.', however it was given", () => {
    expect(shownPath(cwd, ".")).toBe(".");
    expect(shownPath(cwd, "./")).toBe(".");
    expect(shownPath(cwd, "pack/..")).toBe(".");
  });

  it("names a folder given relative to the current folder relative to it, tidied", () => {
    expect(shownPath(cwd, "pack")).toBe("pack");
    expect(shownPath(cwd, "./packs//brackenford/")).toBe(join("packs", "brackenford"));
    expect(shownPath(cwd, "..")).toBe("..");
    expect(shownPath(cwd, "../pack")).toBe(join("..", "pack"));
  });

  it("names a folder given by its absolute path by that path, not by a climb out of the current folder", () => {
    expect(shownPath(cwd, resolve("/tmp/pack"))).toBe(resolve("/tmp/pack"));
    expect(shownPath(cwd, `${resolve("/tmp/pack")}/`)).toBe(resolve("/tmp/pack"));
    expect(shownPath(cwd, resolve("/home/lead/projects/pack"))).toBe(resolve("/home/lead/projects/pack"));
  });

  it("always names the folder it was given", () => {
    const segment = fc.constantFrom("..", ".", "a", "b", "..pack");
    fc.assert(
      fc.property(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 5 }), (absolute, parts) => {
        const given = absolute ? resolve("/", ...parts) : join(...parts);
        const shown = shownPath(cwd, given);
        expect(resolve(cwd, shown)).toBe(resolve(cwd, given));
        expect(shown.startsWith("/") || shown.startsWith("\\") || /^[A-Za-z]:/.test(shown)).toBe(absolute);
      }),
    );
  });
});
