import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectedMetadata,
  metadataProblems,
  publishedPackages,
  root,
} from "../../../scripts/package-metadata.mjs";

describe("release metadata", () => {
  it("every published package agrees with the root package.json (repository, homepage, bugs, licence, engines, files, LICENSE)", () => {
    expect(metadataProblems()).toEqual([]);
  });

  it("covers every published package, each with its own folder as repository.directory", () => {
    const names = publishedPackages().map((p) => p.manifest.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "@lac/principles",
        "@lac/person-ref",
        "@lac/council",
        "@lac/journeys",
        "@lac/consent",
        "@lac/documents",
        "@lac/templates",
        "@lac/cli",
        "@lac/create-pack",
      ]),
    );
    for (const { relativeDir, manifest } of publishedPackages()) {
      expect(manifest.repository.directory).toBe(relativeDir);
    }
  });

  it("reports a package whose repository differs from the root's", () => {
    const expected = expectedMetadata("packages/principles");
    expect(expected.repository.url).toBe(
      (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { repository: { url: string } })
        .repository.url,
    );
    expect(expected.homepage).toMatch(/\/tree\/main\/packages\/principles#readme$/);
  });

  it("the root states a maintained Node.js range: 20.12 or later", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    expect(manifest.engines.node).toBe(">=20.12");
  });
});
