import { describe, expect, it } from "vitest";
import { compareVersions, parseChangelog, releasesBetween } from "./release-notes.js";

const CHANGELOG = `# @lac/templates

## 1.2.0

### Minor Changes

- New privacy notice wording.

## 1.1.1

### Patch Changes

- A typo.

## 1.1.0

- Governance section.

## 1.0.0

- First release.
`;

describe("release notes", () => {
  it("compares versions by their numbers", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("0.9.9", "1.0.0")).toBeLessThan(0);
  });

  it("reads every release of a changesets CHANGELOG.md", () => {
    expect(parseChangelog(CHANGELOG).map((notes) => notes.version)).toEqual([
      "1.2.0",
      "1.1.1",
      "1.1.0",
      "1.0.0",
    ]);
    expect(parseChangelog(CHANGELOG)[1]).toEqual({
      version: "1.1.1",
      text: "### Patch Changes\n\n- A typo.",
    });
  });

  it("lists the releases after the pack's, up to the installed one", () => {
    expect(releasesBetween(CHANGELOG, "1.1.0", "1.2.0").map((notes) => notes.version)).toEqual([
      "1.2.0",
      "1.1.1",
    ]);
    expect(releasesBetween(CHANGELOG, "1.2.0", "1.2.0")).toEqual([]);
    expect(releasesBetween("", "1.0.0", "2.0.0")).toEqual([]);
  });
});
