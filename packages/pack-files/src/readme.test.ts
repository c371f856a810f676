// Keeps the README's install line in step with its example: a newcomer who runs it can run the example.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("installs every package its example imports, before the example", () => {
    const install = /```sh\n(npm install [^\n]*)\n```/.exec(readme);
    expect(install, "an install line").not.toBeNull();
    const installed = new Set(install?.[1]?.split(" ").slice(2));
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(readme.indexOf(example)).toBeGreaterThan(install?.index ?? Infinity);
    const imported = [...example.matchAll(/from "([^"]+)"/g)]
      .map((match) => match[1] ?? "")
      .filter((name) => !name.startsWith("node:") && !name.startsWith("."));
    expect(imported).toContain("@lac/pack-files");
    for (const name of imported) expect(installed, name).toContain(name);
    // zod is a peer dependency of @lac/pack-files and @lac/council.
    expect(installed).toContain("zod");
  });
});
