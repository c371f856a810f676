import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { councilConfigJsonSchema } from "./council-config-json-schema.js";
import { parseCouncilConfig } from "./parse-council-config.js";

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

  it("agrees with the package's page in docs/ on how many examples there are, and which give warnings", () => {
    const files = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".lac.config.yaml"));
    const page = readFileSync(join(root, "..", "..", "docs", "packages", "council.md"), "utf8");
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const word = words[files.length] ?? "";
    expect(page).toContain(`and ${word} fictional examples.`);
    expect(page).toContain(
      `${word[0]?.toUpperCase()}${word.slice(1)} fictional councils ship with the package`,
    );
    const withWarnings = files.filter(
      (file) => parseCouncilConfig(readFileSync(join(root, "examples", file), "utf8")).warnings.length > 0,
    );
    expect(page).toContain(
      `The other ${words[files.length - withWarnings.length]} parse with no errors and no warnings.`,
    );
  });
});

describe("README examples section", () => {
  it("names the one warning each example with a warning gives", () => {
    const warningsOf = (file: string) => {
      const result = parseCouncilConfig(readFileSync(join(root, "examples", file), "utf8"));
      expect(result.ok, file).toBe(true);
      return result.warnings.map((warning) => warning.code);
    };
    expect(warningsOf("brackenford.lac.config.yaml")).toEqual(["partner-is-the-council"]);
    expect(readme).toMatch(/`examples\/brackenford\.lac\.config\.yaml`: [^\n]*One warning, on purpose/);
    expect(warningsOf("cwm-teg.lac.config.yaml")).toEqual(["welsh-name-missing"]);
    expect(readme).toMatch(/`examples\/cwm-teg\.lac\.config\.yaml`: [^\n]*one warning, `welsh-name-missing`/);
  });
});

describe("README configuration table", () => {
  /** Each key named in the first column of a row of the configuration table, with the row's type column. */
  const rows = new Map(
    readme
      .split("\n")
      .filter((line) => /^\| `[a-zA-Z[\].]+`/.test(line))
      .flatMap((line) => {
        const [, keys = "", type = ""] = line.split("|");
        const named = [...keys.matchAll(/`([a-zA-Z[\].]+)`/g)].map((match) => match[1] ?? "");
        // `partners[].contact`, `.dataProtectionOfficer`: a key after the first may be written from its parent.
        const parent = (named[0] ?? "").replace(/\.[^.]*$/, "");
        return named.map((key) => [key.startsWith(".") ? `${parent}${key}` : key, type] as const);
      }),
  );
  const rowOf = (path: string) => rows.get(path) ?? rows.get(`${path}[]`);

  it("documents every key of the configuration, in its own row or in its parent's { … } type", () => {
    const schema = councilConfigJsonSchema() as JsonNode;
    const definitions = (schema.definitions ?? {}) as Record<string, JsonNode>;
    const resolve = (node: JsonNode | undefined): JsonNode | undefined =>
      node?.$ref === undefined ? node : definitions[node.$ref.split("/").at(-1) ?? ""];
    const undocumented: string[] = [];
    /** `parentType`: the type column of the nearest row above, when it lists fields as `{ a, b? }`. */
    const walk = (node: JsonNode | undefined, path: string, parentType: string | undefined): void => {
      const resolved = resolve(node);
      if (resolved === undefined) return;
      for (const branch of resolved.anyOf ?? []) walk(branch, path, parentType);
      if (resolved.items !== undefined) walk(resolved.items, `${path}[]`, parentType);
      for (const [key, child] of Object.entries(resolved.properties ?? {})) {
        const childPath = path === "" ? key : `${path}.${key}`;
        const type = rowOf(childPath);
        if (type !== undefined) {
          // A row that lists the fields of an object must list them all; any other row describes it whole.
          // A list or object whose fields have rows of their own (neighbourhoods[].name, …) must have them all.
          const fieldsHaveRows = [...rows.keys()].some(
            (row) => row.startsWith(`${childPath}.`) || row.startsWith(`${childPath}[].`),
          );
          if (type.includes("{")) walk(child, childPath, type);
          else if (fieldsHaveRows) walk(child, childPath, undefined);
        } else if (parentType !== undefined) {
          if (!new RegExp(`\\b${key}\\b`).test(parentType)) undocumented.push(childPath);
        } else if (
          resolve(child)?.properties === undefined &&
          resolve(resolve(child)?.items)?.properties === undefined
        ) {
          undocumented.push(childPath);
        } else {
          walk(child, childPath, undefined);
        }
      }
    };
    walk(schema, "", undefined);
    expect(undocumented).toEqual([]);
  });
});

interface JsonNode {
  readonly $ref?: string;
  readonly definitions?: unknown;
  readonly properties?: Record<string, JsonNode>;
  readonly items?: JsonNode;
  readonly anyOf?: readonly JsonNode[];
}
