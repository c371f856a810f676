import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
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

/** A package that the published packages depend on, as `pnpm install` put it in the workspace. */
interface InstalledDependency {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

type Manifest = {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** Where Node.js would find `name` from `from`: the nearest node_modules/<name>, its real folder. */
function installedFolder(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Every third-party package the published packages need at run time (dependencies, optional and peer
 * dependencies, transitively), found where `pnpm install` put them. An optional or peer dependency
 * that pnpm did not install is left out, as npm would leave it out.
 */
export function thirdPartyDependencies(): InstalledDependency[] {
  const found = new Map<string, InstalledDependency>();
  const visit = (dir: string, manifest: Manifest) => {
    const wanted = {
      ...manifest.dependencies,
      ...manifest.optionalDependencies,
      ...manifest.peerDependencies,
    };
    for (const [name, range] of Object.entries(wanted)) {
      if (range.startsWith("workspace:") || name.startsWith("@lac/")) continue;
      const folder = installedFolder(dir, name);
      if (folder === undefined) {
        if (manifest.dependencies?.[name] !== undefined)
          throw new Error(`${name}, a dependency of ${manifest.name}, is not installed: run pnpm install.`);
        continue;
      }
      const installed = readManifest(folder);
      const version = installed.version ?? "";
      const other = found.get(name);
      if (other !== undefined) {
        if (other.version !== version)
          throw new Error(
            `Two versions of ${name} (${other.version} and ${version}) are needed: the offline install pins one version of each package by name.`,
          );
        continue;
      }
      found.set(name, { name, version, dir: folder });
      visit(folder, installed);
    }
  };
  for (const { dir, manifest } of publishedPackages()) visit(dir, manifest as Manifest);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A tar header field: `text` as bytes, NUL-padded to `length`. */
function field(header: Buffer, offset: number, length: number, text: string): void {
  header.write(text, offset, length, "utf8");
}

/** An octal number field of a tar header. */
function octal(header: Buffer, offset: number, length: number, value: number): void {
  field(header, offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
}

/** The 512-byte ustar header of a regular file. Long paths are split into prefix and name. */
function tarHeader(path: string, size: number, mode: number): Buffer {
  const header = Buffer.alloc(512);
  let name = path;
  let prefix = "";
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf("/", 155);
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
    if (cut <= 0 || Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155)
      throw new Error(`The path ${path} is too long for a tar file.`);
  }
  field(header, 0, 100, name);
  octal(header, 100, 8, mode);
  octal(header, 108, 8, 0);
  octal(header, 116, 8, 0);
  octal(header, 124, 12, size);
  octal(header, 136, 12, 0);
  field(header, 148, 8, "        ");
  field(header, 156, 1, "0");
  field(header, 257, 6, "ustar\0");
  field(header, 263, 2, "00");
  field(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return header;
}

/**
 * A package's installed folder as an npm tarball (gzipped tar, files under `package/`), as `npm pack`
 * would make it from the published files: the installed folder holds only those. Nested
 * `node_modules` folders and symbolic links are left out.
 */
export function tarballOfFolder(folder: string): Buffer {
  const parts: Buffer[] = [];
  const add = (relativeDir: string) => {
    for (const entry of readdirSync(join(folder, relativeDir), { withFileTypes: true })) {
      const relativePath = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") add(relativePath);
      } else if (entry.isFile()) {
        const content = readFileSync(join(folder, relativePath));
        const executable = (statSync(join(folder, relativePath)).mode & 0o111) !== 0;
        parts.push(tarHeader(`package/${relativePath}`, content.length, executable ? 0o755 : 0o644));
        parts.push(content, Buffer.alloc((512 - (content.length % 512)) % 512));
      }
    }
  };
  add("");
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

/**
 * Packs the third-party packages the published packages need, from the copies `pnpm install` put in
 * the workspace, into `destination`: a fresh project can then install every package with
 * `npm install --offline`, its `overrides` pointing each third-party package at its tarball.
 * Returns the tarballs by package name.
 */
export function packThirdParty(destination: string): Map<string, string> {
  mkdirSync(destination, { recursive: true });
  return new Map(
    thirdPartyDependencies().map(({ name, version, dir }) => {
      const tarball = join(destination, `${name.replace("@", "").replace("/", "-")}-${version}.tgz`);
      writeFileSync(tarball, tarballOfFolder(dir));
      return [name, tarball];
    }),
  );
}
