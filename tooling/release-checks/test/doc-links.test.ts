// Every relative link of the repository's documentation (the README, docs/, and each package's
// README, which npm shows) leads to a file that exists and, with a #fragment, to a heading of that
// file, as GitHub names headings. Moving a section (docs/cli.md's speed record went to docs/speed.md)
// must not leave a link behind.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../../../scripts/package-metadata.mjs";

/** Links that are not to the repository's files: quoted examples of what a pack writes. */
const NOT_REPOSITORY_LINKS = new Set([
  // The line an English document of a pack writes to point to its Welsh version, quoted.
  "docs/welsh-language.md -> local-area-coordinator.cy.md",
]);

/** GitHub's name for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, "")
    .replace(/ /g, "-");
}

/** The text without its fenced code blocks, where nothing is a link or a heading. */
function withoutCode(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, "");
}

/** The fragments a Markdown file's headings can be linked to (a repeated heading gets -1, -2, …). */
export function headingFragments(text: string): Set<string> {
  const seen = new Map<string, number>();
  const fragments = new Set<string>();
  for (const match of withoutCode(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const slug = headingSlug(match[1] ?? "");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    fragments.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return fragments;
}

/** Relative Markdown links ([text](target)), without those to other sites or to e-mail addresses. */
export function relativeLinks(text: string): string[] {
  return [...withoutCode(text).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

function documentationFiles(): string[] {
  const files = ["README.md", "templates/README.md"];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  walk("docs");
  for (const parent of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, parent))) {
      if (existsSync(join(root, parent, name, "README.md"))) files.push(`${parent}/${name}/README.md`);
    }
  }
  return files;
}

function brokenLinks(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const problems: string[] = [];
  for (const link of relativeLinks(text)) {
    if (NOT_REPOSITORY_LINKS.has(`${file} -> ${link}`)) continue;
    const [path = "", fragment] = link.split("#", 2);
    const target = path === "" ? file : normalize(join(dirname(file), decodeURI(path)));
    if (!existsSync(join(root, target))) {
      problems.push(`${file}: ${link} (no file ${relative(".", target)})`);
      continue;
    }
    if (fragment !== undefined && target.endsWith(".md")) {
      const fragments = headingFragments(readFileSync(join(root, target), "utf8"));
      if (!fragments.has(fragment)) problems.push(`${file}: ${link} (no heading #${fragment} in ${target})`);
    }
  }
  return problems;
}

describe("links of the documentation", () => {
  it("names headings as GitHub does", () => {
    expect(headingSlug("`lac init [dir]`")).toBe("lac-init-dir");
    expect(headingSlug("A quiet machine, the file system, and `node:crypto` on Node.js 22 and 24")).toBe(
      "a-quiet-machine-the-file-system-and-nodecrypto-on-nodejs-22-and-24",
    );
    expect(headingSlug("The README's note on the run before 5 December 2026")).toBe(
      "the-readmes-note-on-the-run-before-5-december-2026",
    );
    expect([...headingFragments("# A\n\n```sh\n# not a heading\n```\n\n## A\n")]).toEqual(["a", "a-1"]);
  });

  it("finds relative links only, outside code", () => {
    expect(
      relativeLinks("[a](docs/cli.md#speed) [b](https://example.org) `x` [c](#top)\n```\n[d](no.md)\n```"),
    ).toEqual(["docs/cli.md#speed", "#top"]);
  });

  it("every relative link leads to a file, and every #fragment to one of its headings", () => {
    const files = documentationFiles();
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/cli.md", "docs/speed.md"]));
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });
});
