#!/usr/bin/env node
// `lac` (@lac/cli) bundles the toolkit's own packages (council, documents, templates, principles
// and what they depend on), so a release of one of them must release the CLI too, or the fix never
// reaches lac's users. changesets cannot see this (the CLI lists them as devDependencies, because
// it bundles them), so this check fails when the pending changesets release a bundled package and
// none of them releases @lac/cli. Run by `pnpm test` (release-checks) and by the release workflow.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publishedPackages, root } from "./package-metadata.mjs";

const CLI = "@lac/cli";

/** The workspace packages bundled into the CLI: its workspace devDependencies and theirs, transitively. */
export function packagesBundledIntoCli(packages = publishedPackages()) {
  const byName = new Map(packages.map((p) => [p.manifest.name, p.manifest]));
  const bundled = new Set();
  const visit = (manifest, fields) => {
    for (const field of fields) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (!String(range).startsWith("workspace:") || bundled.has(name) || !byName.has(name)) continue;
        bundled.add(name);
        visit(byName.get(name), ["dependencies", "peerDependencies"]);
      }
    }
  };
  visit(byName.get(CLI), ["dependencies", "devDependencies"]);
  return [...bundled].sort();
}

/** The packages a changeset file releases, from its frontmatter. */
export function packagesInChangeset(text) {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!frontmatter) return [];
  return [...frontmatter[1].matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)].map(
    (m) => m[1],
  );
}

/** Problems with a set of changesets ({ file, text }), as sentences; none when they are fine. */
export function cliChangesetProblems(changesets, bundled = packagesBundledIntoCli()) {
  const released = new Map();
  for (const { file, text } of changesets) {
    for (const name of packagesInChangeset(text)) released.set(name, [...(released.get(name) ?? []), file]);
  }
  if (released.has(CLI)) return [];
  return bundled
    .filter((name) => released.has(name))
    .map(
      (name) =>
        `${released.get(name).join(", ")} release${released.get(name).length === 1 ? "s" : ""} ${name}, which lac bundles, but no changeset releases ${CLI}: add "${CLI}": patch (or minor) to one of them, so that the change reaches lac's users.`,
    );
}

export function pendingChangesets(dir = join(root, ".changeset")) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .sort()
    .map((file) => ({ file: `.changeset/${file}`, text: readFileSync(join(dir, file), "utf8") }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = cliChangesetProblems(pendingChangesets());
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
}
