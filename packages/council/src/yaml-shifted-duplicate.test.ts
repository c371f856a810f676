// A line moved a whole step (two spaces) in YAML that stays valid, but makes a key appear twice in
// one mapping: the `yaml` library reports the later key; the message names the line that moved.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readCouncilYaml } from "./index.js";
import { EXAMPLE_NAMES, exampleText } from "./test-helpers.js";
import {
  linesOf,
  lineStartingWith,
  mapping,
  moved,
  onlyError,
  type Mapping,
} from "./yaml-message-test-helpers.js";

const DUPLICATE = /appears twice in the same mapping/;

/** YAML that is valid but for keys written twice in a mapping (the library's own check). */
function onlyDuplicates(text: string): boolean {
  const { errors } = parseDocument(text);
  return errors.length > 0 && errors.every((error) => error.code === "DUPLICATE_KEY");
}

const brackenford = exampleText("brackenford");

describe("a key moved a step deeper, so that it holds nothing", () => {
  it("reports a section moved among the keys of the section above at its own line, not at its first key", () => {
    const line = lineStartingWith(brackenford, "programme:");
    const error = onlyError(moved(brackenford, line, 2));
    expect(error).toMatchObject({ severity: "error", code: "yaml-syntax", line, column: 3, path: [] });
    expect(error.message).toBe(
      `"programme" is indented 2 spaces, like the keys under "council", so it holds nothing and the keys below it are read as keys of "council": "name" on line ${line + 1} is then there twice (also on line 9).`,
    );
    expect(error.hint).toBe(
      'Remove the spaces before it, like "council", so that the keys below it are its own.',
    );
  });

  it("reports a nested key at its own line, once for all the keys then written twice", () => {
    const line = lineStartingWith(brackenford, "  lead:");
    const error = onlyError(moved(brackenford, line, 2));
    expect(error).toMatchObject({ line, column: 5 });
    expect(error.message).toBe(
      `"lead" is indented 4 spaces, like the keys under "sponsor", so it holds nothing and the keys below it are read as keys of "sponsor": "role" on line ${line + 1} is then there twice (also on line ${line - 2}).`,
    );
    expect(error.hint).toBe(
      'Indent it by 2 spaces, like "sponsor", so that the keys below it are its own (spaces, not tabs).',
    );
  });

  it("reports the key moved when it is itself the key written twice", () => {
    const cwmTeg = exampleText("cwm-teg");
    const line = lineStartingWith(cwmTeg, "  manager:");
    const error = onlyError(moved(cwmTeg, line, 2));
    expect(error).toMatchObject({ line, column: 5 });
    expect(error.message).toBe(
      `"manager" is indented 4 spaces, like the keys under "welshLanguage", so it holds nothing and the keys below it are read as keys of "welshLanguage": it is then a second "manager" there (the first is on line ${line - 2}).`,
    );
  });
});

describe("a key moved a step less deep, beside a key of the same name", () => {
  it("says that the lines below it are a step too deep for it, and where it belongs", () => {
    const lines = brackenford.split("\n");
    // The second "receives:" of the hospital trust: the one under its dataItems.
    const line = lines.findIndex((text, index) => text === "      receives:" && index > 110) + 1;
    expect(lines[line - 2]).toMatch(/^ {8}- /);
    const error = onlyError(moved(brackenford, line, -2));
    expect(error).toMatchObject({ line, column: 5 });
    expect(error.message).toBe(
      `"receives" is indented 4 spaces, so it is read in the same mapping as the "receives" on line ${line - 11}, but the lines below it are indented 8 spaces, as if it were under "dataItems", where it belongs.`,
    );
    expect(error.hint).toBe('Indent it by 6 spaces, so that it comes under "dataItems" (spaces, not tabs).');
  });
});

describe("keys really written twice", () => {
  it("keep the duplicate-key message at the later key", () => {
    const line = lineStartingWith(brackenford, "  website:");
    const text = moved(brackenford, line, 0).replace(
      "  website: https://brackenford.example.gov.uk\n",
      "  website: https://brackenford.example.gov.uk\n  nation: wales\n",
    );
    const error = onlyError(text);
    expect(error).toMatchObject({ code: "duplicate-key", line: line + 1 });
    expect(error.message).toMatch(DUPLICATE);
  });
});

describe("every line of the examples moved a step", () => {
  it("is reported at the line that moved wherever the only problem is a key written twice", () => {
    let cases = 0;
    for (const name of EXAMPLE_NAMES) {
      const text = exampleText(name);
      for (const [index, line] of text.split("\n").entries()) {
        if (!/^ *[^ #-]/.test(line)) continue;
        for (const by of [2, ...(line.startsWith("  ") ? [-2] : [])]) {
          const edited = moved(text, index + 1, by);
          if (!onlyDuplicates(edited)) continue;
          const result = readCouncilYaml(edited);
          const where = `${name} line ${index + 1} moved ${by}`;
          expect(result.ok ? [] : result.errors.map((error) => error.line), where).toEqual([index + 1]);
          cases += 1;
        }
      }
    }
    expect(cases).toBe(21);
  });
});

/** Every mapping in it, the top one first. */
function mappingsOf(map: Mapping): Mapping[] {
  return [map, ...map.flatMap(([, value]) => (typeof value === "string" ? [] : mappingsOf(value)))];
}

describe("generated mappings", () => {
  it("a key holding keys moved a step, leaving only keys written twice, is reported once, at its line", () => {
    fc.assert(
      fc.property(mapping, fc.nat(), fc.constantFrom(2, -2), (map, pick, by) => {
        const lines = linesOf(map);
        const line = (pick % lines.length) + 1;
        // A key holding keys (a key with a value moved beside one of the same name reads as well as
        // a key written twice: its message stays the duplicate key's, at one of the two).
        if (!(lines[line - 1] ?? "").endsWith(":")) return;
        if (by < 0 && !(lines[line - 1] ?? "").startsWith("  ")) return;
        const text = `${moved(lines.join("\n"), line, by)}\n`;
        fc.pre(onlyDuplicates(text));
        const result = readCouncilYaml(text);
        expect(result.ok ? [] : result.errors.map((error) => error.line)).toEqual([line]);
      }),
      { numRuns: 3000 },
    );
  });

  it("a key written twice in one mapping keeps the duplicate-key message, at the later key", () => {
    fc.assert(
      fc.property(mapping, fc.nat(), fc.nat(), (map, which, pair) => {
        // A copy of one of the pairs of one of the mappings, written again at the end of that mapping.
        const target = mappingsOf(map)[which % mappingsOf(map).length] as Mapping;
        const copy = target[pair % target.length] as Mapping[number];
        const twice = (node: Mapping): Mapping => [
          ...node.map(([key, value]): Mapping[number] => [
            key,
            typeof value === "string" ? value : twice(value),
          ]),
          ...(node === target ? [copy] : []),
        ];
        const result = readCouncilYaml(`${linesOf(twice(map)).join("\n")}\n`);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.map((error) => error.code)).toContain("duplicate-key");
        expect(result.errors.every((error) => error.code === "duplicate-key")).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
