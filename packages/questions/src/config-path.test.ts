import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareConfigPaths,
  formatConfigPath,
  getAt,
  listGap,
  parseConfigPath,
  setAt,
} from "./config-path.js";

describe("parseConfigPath and formatConfigPath", () => {
  it("say how to write a path that is not one, with an example", () => {
    expect(parseConfigPath("neighbourhoods..name")).toEqual({
      ok: false,
      message:
        '"neighbourhoods..name" is not a configuration path: write keys separated by dots, with list positions in brackets, for example neighbourhoods[0].name',
    });
  });

  it("read keys and list positions", () => {
    expect(parseConfigPath("neighbourhoods[0].places")).toEqual({
      ok: true,
      path: ["neighbourhoods", 0, "places"],
    });
    expect(parseConfigPath("council.name")).toEqual({ ok: true, path: ["council", "name"] });
    expect(parseConfigPath("a[1][2]")).toEqual({ ok: true, path: ["a", 1, 2] });
  });

  it.each(["", "council..name", "council.", "[0]", "council.na-me", "__proto__.x", "council[x]"])(
    "refuses %j",
    (text) => {
      const result = parseConfigPath(text);
      expect(result.ok).toBe(false);
    },
  );

  it("round-trip", () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
    const segment = fc.tuple(key, fc.array(fc.nat({ max: 99 }), { maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = segments.flatMap(([k, indexes]) => [k, ...indexes]);
        const parsed = parseConfigPath(formatConfigPath(path));
        expect(parsed).toEqual({ ok: true, path });
      }),
      { numRuns: 500 },
    );
  });
});

describe("getAt and setAt", () => {
  it("create objects and lists on the way, without changing the source", () => {
    const source = { council: { name: "A" } };
    const result = setAt(source, ["neighbourhoods", 1, "name"], "North");
    expect(result).toEqual({ council: { name: "A" }, neighbourhoods: [undefined, { name: "North" }] });
    expect(source).toEqual({ council: { name: "A" } });
    expect(getAt(result, ["neighbourhoods", 1, "name"])).toBe("North");
    expect(getAt(result, ["neighbourhoods", 0, "name"])).toBeUndefined();
  });

  it("read only own properties", () => {
    expect(getAt({}, ["toString"])).toBeUndefined();
    expect(getAt({ a: "text" }, ["a", "length"])).toBeUndefined();
  });
});

describe("listGap", () => {
  it("allows setting an existing item or adding one at the end", () => {
    const answers = { neighbourhoods: [{ name: "A" }, { name: "B" }] };
    expect(listGap(answers, ["neighbourhoods", 1, "name"])).toBeUndefined();
    expect(listGap(answers, ["neighbourhoods", 2, "name"])).toBeUndefined();
    expect(listGap({}, ["partners", 0, "organisation"])).toBeUndefined();
  });

  it("refuses a position that would leave a gap, saying where the next item goes", () => {
    expect(listGap({ neighbourhoods: [{}, {}] }, ["neighbourhoods", 99999999, "name"])).toBe(
      "position [99999999] would leave a gap: neighbourhoods has 2 items, so a new one goes at [2].",
    );
    expect(listGap({}, ["partners", 1])).toMatch(/partners has 0 items, so a new one goes at \[0\]/);
  });
});

describe("compareConfigPaths", () => {
  it("orders list positions by number", () => {
    const paths = [
      ["partners", 10, "a"],
      ["partners", 2, "a"],
      ["council", "name"],
      ["partners", 2],
    ];
    expect([...paths].sort(compareConfigPaths)).toEqual([
      ["council", "name"],
      ["partners", 2],
      ["partners", 2, "a"],
      ["partners", 10, "a"],
    ]);
  });
});

describe("parseConfigPath: a value that is not text (from JavaScript)", () => {
  it("returns a message, never throws", () => {
    expect(parseConfigPath(5 as unknown as string)).toEqual({
      ok: false,
      message: "a configuration path is text, such as neighbourhoods[0].name, not a value of type number",
    });
    expect(parseConfigPath(null as unknown as string)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not null$/),
    });
  });
});
