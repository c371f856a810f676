// After the build: copies the files `lac report` reads at run time beside its bundle, into
// dist/report-assets/: resvg compiled to WebAssembly (draws Word's PNG picture of each chart, with no
// native code) and the Arimo font it draws the charts' text with (SIL Open Font License 1.1; the same
// widths as Arial, the charts' font). scripts/third-party-notices.mjs lists their licences.
import { copyFileSync, mkdirSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Each file: the package it comes from, its path in the package, its name in dist/report-assets/. */
export const REPORT_ASSETS = [
  { package: "@resvg/resvg-wasm", file: "index_bg.wasm", as: "resvg.wasm" },
  { package: "@expo-google-fonts/arimo", file: "400Regular/Arimo_400Regular.ttf", as: "Arimo-Regular.ttf" },
  { package: "@expo-google-fonts/arimo", file: "700Bold/Arimo_700Bold.ttf", as: "Arimo-Bold.ttf" },
];

/** The folder of one of the CLI's (dev) dependencies, as pnpm links it. */
export function packageFolder(name) {
  return realpathSync(join(cli, "node_modules", name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = join(cli, "dist", "report-assets");
  mkdirSync(target, { recursive: true });
  for (const asset of REPORT_ASSETS) {
    copyFileSync(join(packageFolder(asset.package), asset.file), join(target, asset.as));
  }
}
