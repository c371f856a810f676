// The messages for two common slips in a hand-edited configuration: a line indented out of step
// with its neighbours, and a quote that is opened but never closed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCouncilConfig, readCouncilYaml, type ConfigProblem } from "./index.js";
import { exampleText } from "./test-helpers.js";
import { linesOf, lineStartingWith, mapping, onlyError } from "./yaml-message-test-helpers.js";

const brackenford = exampleText("brackenford");

/** The example with its (1-based) line `line` changed by `edit`. */
function withLine(line: number, edit: (text: string) => string): string {
  const lines = brackenford.split("\n");
  lines[line - 1] = edit(lines[line - 1] ?? "");
  return lines.join("\n");
}

function lineNumberOf(start: string): number {
  return lineStartingWith(brackenford, start);
}

describe("a line indented out of step", () => {
  it("reports a key indented one space too far once, at its own line, not at the lines after it", () => {
    expect(brackenford.split("\n")[8]).toBe("  name: Brackenford Borough Council (fictional)");
    const error = onlyError(withLine(9, (line) => ` ${line}`));
    expect(error).toMatchObject({ severity: "error", code: "yaml-syntax", line: 9, column: 4, path: [] });
    expect(error.message).toBe(
      '"name" is indented 3 spaces, but the other keys under "council" are indented 2 spaces.',
    );
    expect(error.hint).toBe("Indent it by 2 spaces, like the keys around it (spaces, not tabs).");
  });

  it("reports a first key indented one space too little", () => {
    const error = onlyError(withLine(9, (line) => line.slice(1)));
    expect(error).toMatchObject({ line: 9, column: 2 });
    expect(error.message).toBe(
      '"name" is indented 1 space, but the other keys under "council" are indented 2 spaces.',
    );
  });

  it.each([
    ["too far", (line: string) => ` ${line}`, 4, "3 spaces"],
    ["too little", (line: string) => line.slice(1), 2, "1 space"],
  ])("reports a later key indented one space %s, without an odd path", (_, edit, column, indent) => {
    const error = onlyError(withLine(10, edit));
    expect(error).toMatchObject({ line: 10, column, path: [] });
    expect(error.message).toBe(
      `"shortName" is indented ${indent}, but the other keys under "council" are indented 2 spaces.`,
    );
    expect(error.message).not.toContain("compact");
  });

  it("reports a key of a list item out of step with the other keys of the item", () => {
    const line = lineNumberOf("    population: 9100");
    const error = onlyError(withLine(line, (text) => ` ${text}`));
    expect(error).toMatchObject({ line, column: 6 });
    expect(error.message).toBe(
      '"population" is indented 5 spaces, but the other keys of this item of "neighbourhoods" are indented 4 spaces.',
    );
    expect(error.hint).toBe("Indent it by 4 spaces, like the keys around it (spaces, not tabs).");
  });

  it.each([
    ["too far", (line: string) => ` ${line}`, 4, "3 spaces"],
    ["too little", (line: string) => line.slice(1), 2, "1 space"],
  ])("reports a list item (- ) out of line with the others, %s", (_, edit, column, indent) => {
    const line = lineNumberOf("  - name: Northfield");
    const error = onlyError(withLine(line, edit));
    expect(error).toMatchObject({ line, column });
    expect(error.message).toBe(
      `This list item is indented ${indent}, but the other items of "neighbourhoods" are indented 2 spaces.`,
    );
    expect(error.hint).toBe("Indent it by 2 spaces, like the items around it (spaces, not tabs).");
  });

  it("reports a top-level section that does not start at the beginning of its line", () => {
    const line = lineNumberOf("programme:");
    const error = onlyError(withLine(line, (text) => ` ${text}`));
    expect(error).toMatchObject({ line, column: 2 });
    expect(error.message).toBe(
      '"programme" is indented 1 space, but the other top-level sections start at the beginning of the line.',
    );
    expect(error.hint).toBe("Remove the spaces before it, like the sections around it.");
  });

  it("reports an item of a nested list less deep than the items before it", () => {
    const line = lineNumberOf("      - Upper Northfield");
    const error = onlyError(withLine(line, (text) => text.slice(2)));
    expect(error).toMatchObject({ line, column: 5 });
    expect(error.message).toBe(
      'This list item is indented 4 spaces, but the other items of "places" are indented 6 spaces.',
    );
  });

  it("reports the first section indented, not the sections after it", () => {
    const line = lineNumberOf("council:");
    const error = onlyError(withLine(line, (text) => `  ${text}`));
    expect(error).toMatchObject({ line, column: 3 });
    expect(error.message).toBe(
      '"council" is indented 2 spaces, but the other top-level sections start at the beginning of the line.',
    );
  });

  it("names both places a last key between its section and the section's keys may belong", () => {
    const line = lineNumberOf("    email: adult.services.director@");
    const error = onlyError(withLine(line, (text) => text.slice(1)));
    expect(error).toMatchObject({ line, column: 4 });
    expect(error.message).toBe(
      '"email" is indented 3 spaces, in step neither with the other keys under "sponsor" (4 spaces) nor with "sponsor" itself (2 spaces).',
    );
    expect(error.hint).toBe(
      'Indent it by 4 spaces if it belongs under "sponsor", or by 2 spaces if it comes after it (spaces, not tabs).',
    );
  });

  it("reports a slip once in the shipped examples, whichever line of them is one space out", () => {
    for (const name of ["brackenford", "cwm-teg"] as const) {
      const lines = exampleText(name).split("\n");
      for (const [index, line] of lines.entries()) {
        if (!/^ *[^ #]/.test(line)) continue;
        for (const edited of [` ${line}`, ...(line.startsWith(" ") ? [line.slice(1)] : [])]) {
          const result = readCouncilYaml(lines.with(index, edited).join("\n"));
          if (result.ok) continue;
          const where = `${name} line ${index + 1}: ${JSON.stringify(edited)}`;
          expect(
            result.errors.map((error) => error.line),
            where,
          ).toEqual([index + 1]);
          expect(result.errors[0]?.message, where).not.toMatch(/^YAML syntax error/);
        }
      }
    }
  });

  it("leaves a multi-line value alone, and other syntax errors as they were", () => {
    const text = withLine(9, (line) => `${line}\n    and more of its name`);
    expect(readCouncilYaml(text).ok).toBe(true);
    const result = parseCouncilConfig("council:\n  name: [Brackenford\nprogramme: {}\n");
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^YAML syntax error: .*\]/),
    ]);
  });
});

describe("an unclosed quote", () => {
  it.each([
    ['"', 'shortName: "Brackenford'],
    ["'", "shortName: 'Brackenford"],
  ])("reports the opening %s quote at its place, not at the end of the file", (mark, edited) => {
    const text = brackenford.replace("shortName: Brackenford", edited);
    const error = onlyError(text);
    expect(error).toMatchObject({ severity: "error", code: "yaml-syntax", line: 10, column: 14 });
    expect(error.message).toBe(
      `The quote ${mark} that opens the value of "shortName" here is not closed, so the rest of the file is read as part of the value.`,
    );
    expect(error.hint).toBe(
      `Close it on the same line, at the end of the value (${mark}Brackenford${mark}), or remove it: most values need no quotes.`,
    );
  });
});

describe("a key at the indentation of the key it belongs under", () => {
  it("reports the first key under a section written at the section's own indentation", () => {
    const error = onlyError(withLine(9, (line) => line.trimStart()));
    expect(error).toMatchObject({ line: 9, column: 1, path: [] });
    expect(error.message).toBe(
      '"name" is not indented, like "council" itself, but it belongs under "council", whose keys are indented 2 spaces.',
    );
    expect(error.hint).toBe("Indent it by 2 spaces, like the keys around it (spaces, not tabs).");
  });
});

describe("a slip of a whole step that could be either of two lines", () => {
  // Moving a line by two spaces (one step) can leave lines that read as well one way as the other.
  // Where the reader cannot tell which line moved, it says nothing it cannot stand behind: either the
  // `yaml` library's own messages, as before, or a message that names both lines.
  it("a section's key moved to the start of its line: the key after its block is not blamed", () => {
    const support = lineNumberOf("  communityCatalystsSupport:");
    const result = parseCouncilConfig(withLine(support, (line) => line.trimStart()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.message).join("\n")).not.toMatch(
      /"budget" is indented 2 spaces, but the other top-level sections start at the beginning of the line/,
    );
  });

  it("a list item's first key a step too shallow: neither of its keys is said to be the one out of step", () => {
    const item = lineNumberOf("    - organisation: Brackenford Borough Council (fictional)");
    const result = parseCouncilConfig(withLine(item, (line) => line.slice(2)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.message).join("\n")).not.toMatch(
      /"sector" is indented 6 spaces, but the other keys of this item/,
    );
  });

  it("the first key under a key moved to that key's indentation, before one other: only the fix that keeps its holder's keys", () => {
    // Indenting "email" by 2 spaces instead, as a hint naming both fixes would say, leaves "sponsor" holding nothing.
    const role = lineNumberOf("    role: Director of Adult Social Services");
    const error = onlyError(withLine(role, (line) => line.slice(2)));
    expect(error).toMatchObject({ line: role, column: 3 });
    expect(error.message).toBe(
      '"role" is indented 2 spaces, like "sponsor" itself, but it belongs under "sponsor", whose keys are indented 4 spaces.',
    );
    expect(error.hint).toBe("Indent it by 4 spaces, like the keys around it (spaces, not tabs).");
  });

  it("one key alone a step deeper after a key with a value: the message says what is seen, the hint both fixes", () => {
    const sharing = lineNumberOf("  sharingAgreement:");
    const error = onlyError(withLine(sharing, (line) => `  ${line}`));
    expect(error.line).toBe(sharing - 1);
    expect(error.message).toBe(
      '"privacyNoticeUrl" is indented 2 spaces, like "retention" itself, but "sharingAgreement" on the line after it is indented 4 spaces, like the keys under "retention".',
    );
    expect(error.hint).toBe(
      `Indent it by 4 spaces if it belongs under "retention"; if it comes after "retention", indent "sharingAgreement" on line ${sharing} by 2 spaces instead (spaces, not tabs).`,
    );
  });
});

describe("generated mappings: the first key under a key moved to that key's indentation", () => {
  it("is reported at its line, or at the key above it then holding nothing, with one fix that keeps its holder's keys", () => {
    fc.assert(
      fc.property(mapping, fc.nat(), (map, pick) => {
        const lines = linesOf(map);
        const line = (pick % lines.length) + 1;
        const text = lines[line - 1] as string;
        const above = lines[line - 2];
        // A key with a value, first under the key above it.
        if (above === undefined || !above.endsWith(":") || text.endsWith(":")) return;
        const indent = text.length - text.trimStart().length;
        const result = readCouncilYaml(`${lines.with(line - 1, text.slice(2)).join("\n")}\n`);
        if (result.ok) return; // the key above may hold nothing (YAML allows it)
        const error = result.errors[0] as ConfigProblem;
        expect(result.errors).toHaveLength(1);
        // Right after a key then holding nothing, with keys after it: that key a step too deep reads
        // as well (and is the slip in the examples, where such keys follow); then it is reported.
        if (error.line === line - 1) {
          expect(error.message).toMatch(/so it holds nothing/);
          return;
        }
        expect(error.line).toBe(line);
        // Like the keys around it, or (beside a key of the same name) so that it comes under the key above.
        expect(result.errors[0]?.hint).toMatch(new RegExp(`^Indent it by ${indent} spaces, (like|so that)`));
        expect(result.errors[0]?.hint).not.toMatch(/ if it /);
      }),
      { numRuns: 2000 },
    );
  });
});
