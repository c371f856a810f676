#!/usr/bin/env node
// The release metadata of every published package comes from one place: the root package.json's
// `repository.url`. This script checks (default) or writes (--write) each published package's
// `repository` (with its `directory`), `homepage`, `bugs`, `license`, `engines`, the LICENSE file
// beside it and the files it publishes (LICENSE and CHANGELOG.md beside `dist`).
//
//   node scripts/package-metadata.mjs           exits 1 and lists every difference
//   node scripts/package-metadata.mjs --write   fixes them
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The folders of the workspace's packages, from pnpm-workspace.yaml's simple globs. */
export function workspacePackageDirs() {
  const workspace = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const globs = [...workspace.matchAll(/^\s+-\s+"?([^"\n]+?)"?\s*$/gm)].map((match) => match[1]);
  const dirs = [];
  for (const glob of globs) {
    if (glob.endsWith("/*")) {
      const parent = join(root, glob.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const name of readdirSync(parent).sort()) {
        if (existsSync(join(parent, name, "package.json"))) dirs.push(join(parent, name));
      }
    } else if (existsSync(join(root, glob, "package.json"))) {
      dirs.push(join(root, glob));
    }
  }
  return dirs;
}

/** The published (not private) packages: `{ dir, relativeDir, manifest }`. */
export function publishedPackages() {
  return workspacePackageDirs()
    .map((dir) => ({
      dir,
      relativeDir: relative(root, dir).split("\\").join("/"),
      manifest: readJson(join(dir, "package.json")),
    }))
    .filter(({ manifest }) => manifest.private !== true);
}

/** The metadata every published package must carry, from the root package.json. */
export function expectedMetadata(relativeDir) {
  const rootManifest = readJson(join(root, "package.json"));
  const url = rootManifest.repository.url;
  const web = url.replace(/^git\+/, "").replace(/\.git$/, "");
  return {
    license: rootManifest.license,
    repository: { type: "git", url, directory: relativeDir },
    homepage: `${web}/tree/main/${relativeDir}#readme`,
    bugs: { url: `${web}/issues` },
    engines: rootManifest.engines,
  };
}

const REQUIRED_FILES = ["LICENSE", "CHANGELOG.md"];

/** Every difference between the packages and what they must carry, as sentences. */
export function metadataProblems() {
  const problems = [];
  const licence = readFileSync(join(root, "LICENSE"), "utf8");
  for (const { dir, relativeDir, manifest } of publishedPackages()) {
    const where = `${relativeDir}/package.json`;
    for (const [key, value] of Object.entries(expectedMetadata(relativeDir))) {
      if (JSON.stringify(manifest[key]) !== JSON.stringify(value)) {
        problems.push(
          `${where}: "${key}" should be ${JSON.stringify(value)}, not ${JSON.stringify(manifest[key])}.`,
        );
      }
    }
    for (const file of REQUIRED_FILES) {
      if (!manifest.files?.includes(file)) problems.push(`${where}: "files" should list "${file}".`);
    }
    const licenceFile = join(dir, "LICENSE");
    if (!existsSync(licenceFile) || readFileSync(licenceFile, "utf8") !== licence) {
      problems.push(`${relativeDir}/LICENSE should be a copy of the repository's LICENSE.`);
    }
  }
  return problems;
}

/** Writes the expected metadata into every published package, keeping the other keys' order. */
export function writeMetadata() {
  const licence = readFileSync(join(root, "LICENSE"), "utf8");
  for (const { dir, relativeDir, manifest } of publishedPackages()) {
    const expected = expectedMetadata(relativeDir);
    const next = {};
    for (const [key, value] of Object.entries(manifest)) {
      if (key in expected) continue;
      next[key] = value;
      if (key === "description")
        Object.assign(next, {
          license: expected.license,
          repository: expected.repository,
          homepage: expected.homepage,
          bugs: expected.bugs,
        });
      if (key === "files") {
        next.files = [...value, ...REQUIRED_FILES.filter((file) => !value.includes(file))];
        next.engines = expected.engines;
      }
    }
    for (const [key, value] of Object.entries(expected)) if (!(key in next)) next[key] = value;
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(next, null, 2)}\n`);
    writeFileSync(join(dir, "LICENSE"), licence);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--write")) {
    writeMetadata();
  } else {
    const problems = metadataProblems();
    for (const problem of problems) console.error(problem);
    if (problems.length > 0) {
      console.error("Run `node scripts/package-metadata.mjs --write` to fix them.");
      process.exitCode = 1;
    }
  }
}
