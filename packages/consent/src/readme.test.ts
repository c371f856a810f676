import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const examples = readdirSync(join(root, "examples"))
  .filter((name) => name.endsWith(".ts"))
  .sort();

/** Each README example is marked `<!-- example: examples/<file>.ts -->` just above its ```ts block. */
function readmeBlocks(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(/<!-- example: examples\/([\w-]+\.ts) -->\n+```ts\n([\s\S]*?)```/g)) {
    const [, file = "", code = ""] = match;
    expect(blocks.has(file), `${file} is shown twice`).toBe(false);
    blocks.set(file, code);
  }
  return blocks;
}

describe("README examples", () => {
  it("starts with an install line and then an example", () => {
    const firstSh = readme.indexOf("```sh\npnpm add @lac/consent");
    const firstTs = readme.indexOf("```ts\n");
    expect(firstSh).toBeGreaterThan(0);
    expect(firstTs).toBeGreaterThan(firstSh);
  });

  it("shows every example file, exactly as it is", () => {
    const blocks = readmeBlocks();
    expect([...blocks.keys()].sort()).toEqual(examples);
    for (const file of examples) {
      expect(blocks.get(file), file).toBe(readFileSync(join(root, "examples", file), "utf8"));
    }
    const unmarked = readme.split("```ts\n").length - 1;
    expect(unmarked, "every ts block in the README is an example file").toBe(blocks.size);
  });

  it.each(examples)("runs examples/%s without failing an assertion", async (file) => {
    await expect(import(join(root, "examples", file))).resolves.toBeDefined();
  });
});
