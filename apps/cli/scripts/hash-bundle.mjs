// After the build: writes the SHA-256 of dist/commands.cjs beside it, so that lac can name its code
// cache after the bundle's content without hashing 800 KB (and loading node:crypto) on every run.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

// lac report's bundle is loaded the same way (through lac's code cache on Node.js 20).
for (const name of ["commands.cjs", "report.cjs"]) {
  const source = readFileSync(new URL(`../dist/${name}`, import.meta.url), "utf8");
  const hash = createHash("sha256").update(source).digest("hex");
  // The hash, then the length of the source in UTF-16 code units, as lac reads it.
  writeFileSync(new URL(`../dist/${name}.sha256`, import.meta.url), `${hash} ${source.length}\n`);
}
