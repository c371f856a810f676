// After the build: writes the SHA-256 of dist/commands.cjs (and of dist/validate.cjs) beside it, so
// that lac can name its code cache after the bundle's content without hashing it (and loading
// node:crypto) on every run.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

for (const name of ["commands.cjs", "validate.cjs"]) {
  const bundle = new URL(`../dist/${name}`, import.meta.url);
  const source = readFileSync(bundle, "utf8");
  const hash = createHash("sha256").update(source).digest("hex");
  // The hash, then the length of the source in UTF-16 code units, as lac reads it.
  writeFileSync(new URL(`../dist/${name}.sha256`, import.meta.url), `${hash} ${source.length}\n`);
}
