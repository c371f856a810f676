import fc from "fast-check";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { exampleText } from "./test-helpers.js";
import { templatesFolderProblem } from "./templates-folder.js";

describe("templatesFolderProblem", () => {
  it("accepts folders of the pack", () => {
    for (const path of ["templates", "local/templates", "templates/", "our templates"])
      expect(templatesFolderProblem(path)).toBeUndefined();
  });

  it("refuses paths that could leave the pack, with the reason", () => {
    expect(templatesFolderProblem("/etc")).toMatch(/absolute/);
    expect(templatesFolderProblem("C:/templates")).toMatch(/absolute/);
    expect(templatesFolderProblem("~/templates")).toMatch(/absolute/);
    expect(templatesFolderProblem("../shared")).toMatch(/"\.\."/);
    expect(templatesFolderProblem("a/../../b")).toMatch(/"\.\."/);
    expect(templatesFolderProblem("a\\b")).toMatch(/backslash/);
    expect(templatesFolderProblem("")).toMatch(/folder in the pack/);
    expect(templatesFolderProblem("./templates")).toMatch(/"\."/);
    expect(templatesFolderProblem(".lac/templates")).toMatch(/\.lac/);
  });

  it("accepts a path only if it resolves inside the pack (property)", () => {
    const segment = fc.constantFrom("a", "b", "..", ".", "", "templates", "x y");
    const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/"));
    fc.assert(
      fc.property(fc.constantFrom("", "/", "\\", "C:/"), path, (prefix, rest) => {
        const given = `${prefix}${rest}`;
        if (templatesFolderProblem(given) !== undefined) return;
        const resolved = posix.resolve("/pack", given);
        expect(resolved.startsWith("/pack/")).toBe(true);
        expect(resolved.startsWith("/pack/.lac/") || resolved === "/pack/.lac").toBe(false);
      }),
    );
  });
});

describe("templates: in lac.config.yaml", () => {
  it("is optional, and kept when given", () => {
    const result = parseCouncilConfig(`${exampleText("brackenford")}\ntemplates: local-templates\n`);
    expect(result.ok && result.config.templates).toBe("local-templates");
  });

  it("is a located error when it leaves the pack", () => {
    const text = `${exampleText("brackenford")}\ntemplates: ../elsewhere\n`;
    const result = parseCouncilConfig(text, { fileName: "lac.config.yaml" });
    expect(result.ok).toBe(false);
    const problem = result.ok
      ? undefined
      : result.errors.find((error) => error.path.join(".") === "templates");
    expect(problem?.message).toMatch(/stay inside the pack/);
    expect(problem?.line).toBe(text.split("\n").indexOf("templates: ../elsewhere") + 1);
  });
});
