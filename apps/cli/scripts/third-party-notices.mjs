// After the build: writes dist/THIRD-PARTY-NOTICES.md, the licence notices of every package
// bundled into lac, found from esbuild's metafiles (dist/meta/*.json, written by tsup.config.ts)
// rather than from a hand-kept list, and each package's own licence file. Then removes dist/meta.
// The toolkit's own packages (@lac/*, MIT, see LICENSE) are not third parties and are left out.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REPORT_ASSETS, packageFolder } from "./copy-report-assets.mjs";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..");
const metaDir = join(cli, "dist", "meta");
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([._-][a-z]+)?$/i;

/**
 * Packages that ship no licence file of their own: the licence their manifest names, from licences/, and
 * where the source is (the Mozilla Public License asks that recipients of the executable form be told).
 */
const LICENCE_TEXTS = {
  "@resvg/resvg-wasm": {
    file: "licences/MPL-2.0.txt",
    note: "The source of this WebAssembly build of resvg (dist/report-assets/resvg.wasm and the JavaScript that loads it) is at https://github.com/yisibl/resvg-js (version 2.6.2); resvg itself is at https://github.com/linebender/resvg.",
  },
};

/** The folder of the package a bundled file belongs to: the nearest package.json with a name. */
function packageRootOf(file) {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`No package.json above ${file}`);
}

export function bundledPackages(metafiles, cwd, shippedFolders = []) {
  const roots = new Set(shippedFolders);
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      if (!input.includes("node_modules/")) continue; // lac's own sources and the @lac/* packages
      roots.add(packageRootOf(resolve(cwd, input)));
    }
  }
  const packages = new Map();
  for (const root of roots) {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    if (manifest.name.startsWith("@lac/")) continue;
    const licenceFiles = readdirSync(root)
      .filter((name) => LICENCE_FILE.test(name))
      .sort();
    const fallback = LICENCE_TEXTS[manifest.name];
    if (licenceFiles.length === 0 && !fallback) {
      throw new Error(
        `${manifest.name}@${manifest.version} is bundled into lac but has no licence file in ${root}.`,
      );
    }
    const key = `${manifest.name}@${manifest.version}`;
    packages.set(key, {
      name: manifest.name,
      version: manifest.version,
      license: typeof manifest.license === "string" ? manifest.license : "see below",
      repository: typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url,
      texts: [
        ...(fallback ? [fallback.note, readFileSync(join(cli, fallback.file), "utf8").trim()] : []),
        ...licenceFiles.map((file) => readFileSync(join(root, file), "utf8").trim()),
      ],
    });
  }
  return [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

export function noticesMarkdown(packages) {
  const sections = packages.map((p) =>
    [
      `## ${p.name} ${p.version}`,
      "",
      `Licence: ${p.license}${p.repository ? `. Source: ${p.repository}` : ""}`,
      "",
      ...p.texts.flatMap((text) => ["```text", text, "```", ""]),
    ].join("\n"),
  );
  return [
    "# Third-party notices",
    "",
    "`lac` (@lac/cli) bundles the following packages (and ships files of some of them beside the bundle, in dist/report-assets/). Their licence notices follow, as each package ships them. This file is generated at build time from the bundle (scripts/third-party-notices.mjs).",
    "",
    ...sections,
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(metaDir)) throw new Error("dist/meta is missing: run tsup first.");
  const metafiles = readdirSync(metaDir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(metaDir, name), "utf8")));
  // The files copied beside the bundle (dist/report-assets/) are shipped too.
  const shipped = [...new Set(REPORT_ASSETS.map((asset) => packageFolder(asset.package)))];
  const packages = bundledPackages(metafiles, cli, shipped);
  writeFileSync(join(cli, "dist", "THIRD-PARTY-NOTICES.md"), noticesMarkdown(packages));
  rmSync(metaDir, { recursive: true, force: true });
}
