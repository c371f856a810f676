// After the build: ends each bundle lac loads through its code cache (commands.cjs, validate.cjs, init.cjs,
// report.cjs, the template parts) with a comment giving its SHA-256, so that lac can name its code cache
// after the bundle's content without hashing it on every run, nor reading a file of its own
// (compiled-code-cache.ts): `\n// lac-content-hash <hash> <length>\n`, where the hash and the length (in
// UTF-16 code units, as lac reads it) are those of the bundle before the comment.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const TRAILER = /\n\/\/ lac-content-hash [0-9a-f]{64} [0-9]+\n$/;

// lac report's, lac validate's and lac init's bundles are loaded the same way, through lac's code cache.
for (const name of [
  "commands.cjs",
  "validate.cjs",
  "init.cjs",
  "report.cjs",
  ...["en", "england", "wales", "cy"].map((part) => `templates-${part}.cjs`),
]) {
  const bundle = new URL(`../dist/${name}`, import.meta.url);
  // Without the comment of an earlier run of this script.
  const source = readFileSync(bundle, "utf8").replace(TRAILER, "");
  const hash = createHash("sha256").update(source).digest("hex");
  writeFileSync(bundle, `${source}\n// lac-content-hash ${hash} ${source.length}\n`);
}
