import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("README", () => {
  it("documents every problem code a ConfigProblem can have", () => {
    const source = readFileSync(join(root, "src", "config-problem.ts"), "utf8");
    const union = source.slice(
      source.indexOf("export type YamlProblemCode"),
      source.indexOf("export type ConfigProblemCode"),
    );
    const codes = [...union.matchAll(/\|\s*"([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(40);
    const missing = codes.filter((code) => !readme.includes(`\`${code}\``));
    expect(missing, "codes the README does not name").toEqual([]);
  });

  it("lists every example council it ships, and says how many there are", () => {
    const files = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".lac.config.yaml"));
    const section = readme.slice(readme.indexOf("## Examples"), readme.indexOf("## Editors"));
    const listed = [...section.matchAll(/^- `examples\/([\w-]+\.lac\.config\.yaml)`/gm)].map(
      (match) => match[1],
    );
    expect(listed.sort()).toEqual(files.sort());
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    expect(section).toContain(`The package ships ${words[files.length]} fictional councils`);
    expect(readme).toContain(`and ${words[files.length]} fictional example councils`);
  });
});
