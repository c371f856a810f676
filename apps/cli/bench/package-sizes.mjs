// Packed and unpacked sizes of every published package, from `npm pack --dry-run --json`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGES = [
  "packages/principles",
  "packages/person-ref",
  "packages/en-gb-format",
  "packages/council",
  "packages/questions",
  "packages/journeys",
  "packages/lawful-basis",
  "packages/consent",
  "packages/documents",
  "packages/pack-formats",
  "packages/pack-files",
  "templates",
  "apps/cli",
];

export function packageSizes(repo) {
  const packages = PACKAGES.map((folder) => {
    const dir = join(repo, folder);
    const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const [info] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
    return { name, packedBytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount };
  });
  const cli = packages.find((p) => p.name === "@lac/cli");
  const { dependencies = {} } = JSON.parse(readFileSync(join(repo, "apps/cli/package.json"), "utf8"));
  if (Object.keys(dependencies).length > 0)
    throw new Error("@lac/cli has runtime dependencies: measure its installed size with them.");
  return { packages, cliInstalledBytes: cli.unpackedBytes };
}
