import { describe, expect, it } from "vitest";
import { formatConfigPath, formatProblem, type ConfigProblem } from "./index.js";

describe("formatConfigPath", () => {
  it.each([
    [[], ""],
    [["council"], "council"],
    [["neighbourhoods", 2, "population"], "neighbourhoods[2].population"],
    [["council", "foo bar"], 'council["foo bar"]'],
    [["output", "languages", 0], "output.languages[0]"],
  ])("writes %j as %j", (path, text) => {
    expect(formatConfigPath(path)).toBe(text);
  });
});

describe("formatProblem", () => {
  const problem: ConfigProblem = {
    severity: "error",
    code: "wrong-type",
    message: 'Expected a whole number, but found text ("ten thousand").',
    path: ["neighbourhoods", 2, "population"],
    pathText: "neighbourhoods[2].population",
    line: 12,
    column: 17,
    hint: "The number of people living in the neighbourhood.",
  };

  it("writes one line like a compiler, then the hint", () => {
    expect(formatProblem(problem)).toBe(
      'lac.config.yaml:12:17 error neighbourhoods[2].population: Expected a whole number, but found text ("ten thousand").\n  hint: The number of people living in the neighbourhood.',
    );
  });

  it("leaves the hint out on request, and uses the file name given", () => {
    expect(formatProblem(problem, "councils/brackenford.yaml", { hint: false })).toBe(
      'councils/brackenford.yaml:12:17 error neighbourhoods[2].population: Expected a whole number, but found text ("ten thousand").',
    );
  });

  it("writes a problem without a place or a path", () => {
    expect(
      formatProblem({
        severity: "warning",
        code: "welsh-output-missing",
        message: "Add cy.",
        path: [],
        pathText: "",
      }),
    ).toBe("warning: Add cy.");
  });

  it("names a file only when one is given or the problem has a line in one", () => {
    // A problem from validateCouncilConfig (an object, no file, no line) came from no file.
    const { line: _line, column: _column, hint: _hint, ...fromObject } = problem;
    expect(formatProblem(fromObject)).toBe(
      'error neighbourhoods[2].population: Expected a whole number, but found text ("ten thousand").',
    );
    expect(formatProblem(fromObject, "councils/brackenford.yaml")).toBe(
      'councils/brackenford.yaml error neighbourhoods[2].population: Expected a whole number, but found text ("ten thousand").',
    );
    // lac passes "" for a problem with no place in its file: no leading space either.
    expect(formatProblem(fromObject, "")).toBe(
      'error neighbourhoods[2].population: Expected a whole number, but found text ("ten thousand").',
    );
  });
});
