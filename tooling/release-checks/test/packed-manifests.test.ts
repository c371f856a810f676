// What npm users get: the packed tarballs, as `pnpm publish` / `changeset publish` make them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PackedPackage, packAll, tarballContents } from "./pack.js";

let folder: string;
let packed: PackedPackage[];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "lac-packed-"));
  packed = packAll(folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];

describe("packed manifests", () => {
  it("have no workspace: ranges", () => {
    const leftovers = packed.flatMap(({ name, tarball }) => {
      const { manifest } = tarballContents(tarball);
      return DEPENDENCY_FIELDS.flatMap((field) =>
        Object.entries((manifest[field] ?? {}) as Record<string, string>)
          .filter(([, range]) => range.startsWith("workspace:"))
          .map(([dependency, range]) => `${name} ${field}.${dependency}: ${range}`),
      );
    });
    expect(leftovers).toEqual([]);
  });

  it("carry LICENSE, README.md and the release metadata", () => {
    for (const { name, tarball } of packed) {
      const { files, manifest } = tarballContents(tarball);
      expect(files, name).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
      expect(manifest.repository, name).toMatchObject({ type: "git" });
      expect(manifest.homepage, name).toBeTypeOf("string");
      expect(manifest.bugs, name).toBeTypeOf("object");
      expect(manifest.license, name).toBe("MIT");
    }
  });

  it("ship no tests and no sources of tests", () => {
    for (const { name, tarball } of packed) {
      const { files } = tarballContents(tarball);
      expect(
        files.filter((file) => /\.test\.[cm]?[jt]s$/.test(file)),
        name,
      ).toEqual([]);
    }
  });

  it("@lac/cli carries the notices of what it bundles and has no runtime dependencies", () => {
    const cli = packed.find((p) => p.name === "@lac/cli");
    const { files, manifest } = tarballContents(cli!.tarball);
    expect(files).toContain("dist/THIRD-PARTY-NOTICES.md");
    expect(files.filter((file) => file.startsWith("dist/meta"))).toEqual([]);
    // lac report's chart rasteriser (WebAssembly) and font, beside the bundle; their licences are in the notices.
    expect(files.filter((file) => file.startsWith("dist/report-assets/")).sort()).toEqual([
      "dist/report-assets/Arimo-Bold.ttf",
      "dist/report-assets/Arimo-Regular.ttf",
      "dist/report-assets/resvg.wasm",
    ]);
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});
