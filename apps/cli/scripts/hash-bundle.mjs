// After the build: ends each bundle lac loads through its code cache (commands.cjs, validate.cjs, init.cjs,
// report.cjs, the template parts) with a comment giving its SHA-256, so that lac can name its code cache
// after the bundle's content without hashing it on every run, nor reading a file of its own
// (compiled-code-cache.ts): `\n// lac-content-hash <hash> <length>\n`, where the hash and the length (in
// UTF-16 code units, as lac reads it) are those of the bundle before the comment.
//
// First, the SHA-256 of formats.cjs (the Word and HTML writers) is written over the placeholder the build
// leaves in the other bundles (`lac-writers-` and 64 zeros, tsup.config.ts): it names the writers that
// made each Word and HTML file of a pack (derived-source.ts), so that a build with other writers makes
// them again even under the same version number. The placeholder has the hash's length, so no bundle's
// length changes.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

const TRAILER = /\n\/\/ lac-content-hash [0-9a-f]{64} [0-9]+\n$/;
const WRITERS_PLACEHOLDER = `lac-writers-${"0".repeat(64)}`;
const dist = new URL("../dist/", import.meta.url);
const sha256 = (text) => createHash("sha256").update(text).digest("hex");

const writers = readFileSync(new URL("formats.cjs", dist), "utf8");
if (writers.includes(WRITERS_PLACEHOLDER)) throw new Error("formats.cjs must not name its own hash");
const writersHash = `lac-writers-${sha256(writers)}`;
for (const name of readdirSync(dist).filter((file) => file.endsWith(".cjs"))) {
  const bundle = new URL(name, dist);
  const source = readFileSync(bundle, "utf8");
  if (source.includes(WRITERS_PLACEHOLDER))
    writeFileSync(bundle, source.replaceAll(WRITERS_PLACEHOLDER, writersHash));
}

// lac report's, lac validate's and lac init's bundles are loaded the same way, through lac's code cache.
for (const name of [
  "commands.cjs",
  "validate.cjs",
  "init.cjs",
  "report.cjs",
  ...["en", "england", "wales", "cy"].map((part) => `templates-${part}.cjs`),
]) {
  const bundle = new URL(name, dist);
  // Without the comment of an earlier run of this script.
  const source = readFileSync(bundle, "utf8").replace(TRAILER, "");
  writeFileSync(bundle, `${source}\n// lac-content-hash ${sha256(source)} ${source.length}\n`);
}
