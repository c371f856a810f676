import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { publishedPackages } from "../../../scripts/package-metadata.mjs";

export interface PackedPackage {
  readonly name: string;
  readonly dir: string;
  readonly tarball: string;
}

/**
 * Packs every published package with `pnpm pack` (as `changeset publish` does: pnpm replaces the
 * `workspace:` ranges) into `destination`. The packages must be built.
 */
export function packAll(destination: string): PackedPackage[] {
  mkdirSync(destination, { recursive: true });
  return publishedPackages().map(({ dir, manifest }) => {
    const before = new Set(readdirSync(destination));
    execFileSync("pnpm", ["pack", "--pack-destination", destination], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, npm_config_ignore_scripts: "true" },
    });
    const created = readdirSync(destination).filter((file) => !before.has(file) && file.endsWith(".tgz"));
    if (created.length !== 1)
      throw new Error(`pnpm pack of ${manifest.name} made ${created.length} tarballs`);
    return { name: manifest.name as string, dir, tarball: join(destination, created[0] as string) };
  });
}

/** The files of a tarball, and its package.json. */
export function tarballContents(tarball: string): { files: string[]; manifest: Record<string, unknown> } {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ""));
  const manifest = JSON.parse(
    execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
  );
  return { files, manifest };
}
