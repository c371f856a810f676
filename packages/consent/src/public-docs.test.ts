// What a developer sees on hovering an export must lead somewhere: every {@link} in the doc comment of a
// function or value the package exports names something the package exports too, not an internal helper.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const source = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");
const entry = source("./index.ts");
const exported = new Set([...entry.matchAll(/\b([A-Za-z_]\w*)\b/g)].map((match) => match[1]));

/** The {@link} targets of each doc comment that sits right above an exported declaration in the package's files. */
function linksOfExportedDocs(): { declaration: string; link: string }[] {
  const files = readdirSync(new URL(".", import.meta.url)).filter(
    (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "index.ts",
  );
  return files.flatMap((file) =>
    [
      ...source(`./${file}`).matchAll(
        /\/\*\*([\s\S]*?)\*\/\s*export (?:declare )?(?:function|const|interface|type) (\w+)/g,
      ),
    ]
      .filter((match) => exported.has(match[2]))
      .flatMap((match) =>
        [...(match[1] ?? "").matchAll(/\{@link (\w+)/g)].map((link) => ({
          declaration: `${file}: ${match[2]}`,
          link: link[1] ?? "",
        })),
      ),
  );
}

describe("doc comments of the public API", () => {
  it("link only to what the package exports", () => {
    const links = linksOfExportedDocs();
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter(({ link }) => !exported.has(link))).toEqual([]);
  });
});
