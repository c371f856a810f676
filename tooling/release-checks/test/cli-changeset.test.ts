import { describe, expect, it } from "vitest";
import {
  cliChangesetProblems,
  packagesBundledIntoCli,
  packagesInChangeset,
  pendingChangesets,
} from "../../../scripts/check-cli-changeset.mjs";

const changeset = (file: string, packages: Record<string, string>) => ({
  file,
  text: `---\n${Object.entries(packages)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join("\n")}\n---\n\nA change.\n`,
});

describe("a release of a package bundled into lac releases lac too", () => {
  it("knows what lac bundles, transitively", () => {
    expect(packagesBundledIntoCli()).toEqual([
      "@lac/consent",
      "@lac/council",
      "@lac/documents",
      "@lac/en-gb-format",
      "@lac/evaluation",
      "@lac/journeys",
      "@lac/lawful-basis",
      "@lac/pack-files",
      "@lac/pack-formats",
      "@lac/person-ref",
      "@lac/principles",
      "@lac/questions",
      "@lac/templates",
    ]);
  });

  it("reads the packages of a changeset", () => {
    expect(
      packagesInChangeset(changeset("a.md", { "@lac/council": "patch", "@lac/cli": "minor" }).text),
    ).toEqual(["@lac/council", "@lac/cli"]);
    expect(packagesInChangeset("no frontmatter")).toEqual([]);
  });

  it("fails a bundled package's changeset without a CLI changeset, and names the fix", () => {
    const problems = cliChangesetProblems([changeset(".changeset/fix.md", { "@lac/documents": "patch" })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(".changeset/fix.md releases @lac/documents");
    expect(problems[0]).toContain('"@lac/cli": patch');
  });

  it("passes with a CLI changeset anywhere, and for packages lac does not bundle", () => {
    expect(
      cliChangesetProblems([
        changeset("a.md", { "@lac/documents": "patch" }),
        changeset("b.md", { "@lac/cli": "patch" }),
      ]),
    ).toEqual([]);
    expect(cliChangesetProblems([changeset("c.md", { "@lac/create-pack": "minor" })])).toEqual([]);
  });

  it("holds for the changesets waiting in this repository", () => {
    expect(cliChangesetProblems(pendingChangesets())).toEqual([]);
  });
});
