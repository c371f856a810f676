// After the build: writes the SHA-256 of each bundle lac loads through its code cache (commands.cjs,
// validate.cjs, init.cjs, report.cjs) beside it, so that lac can name its code cache after the bundle's content without
// hashing it (and loading node:crypto) on every run.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

// lac report's, lac validate's and lac init's bundles are loaded the same way, through lac's code cache.
for (const name of [
  "commands.cjs",
  "validate.cjs",
  "init.cjs",
  "report.cjs",
  ...["en", "england", "wales", "cy"].map((part) => `templates-${part}.cjs`),
]) {
  const bundle = new URL(`../dist/${name}`, import.meta.url);
  const source = readFileSync(bundle, "utf8");
  const hash = createHash("sha256").update(source).digest("hex");
  // The hash, then the length of the source in UTF-16 code units, as lac reads it.
  writeFileSync(new URL(`../dist/${name}.sha256`, import.meta.url), `${hash} ${source.length}\n`);
}
