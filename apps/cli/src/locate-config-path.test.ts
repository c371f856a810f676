import { describe, expect, it } from "vitest";
import { locateConfigPath } from "./locate-config-path.js";

describe("locateConfigPath", () => {
  const text = "council:\n  name: X\noutput:\n  style:\n    logo: branding/logo.png\n";

  it("gives the line and column of the value at the path", () => {
    expect(locateConfigPath(text, ["output", "style", "logo"])).toEqual({ line: 5, column: 11 });
  });

  it("falls back to the deepest part of the path that exists", () => {
    expect(locateConfigPath(text, ["output", "style", "font"])).toEqual({ line: 5, column: 5 });
  });

  it("gives nothing for a path the text does not have at all", () => {
    expect(locateConfigPath("council: {}\n", ["output", "style"])).toBeUndefined();
  });
});
