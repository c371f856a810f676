// The commands the benchmark measures, each as a child process of the same Node.js.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { largeCouncilYaml } from "./large-council.mjs";
import { timeOnce } from "./measure.mjs";

const require = createRequire(import.meta.url);
export const LAC = fileURLToPath(new URL("../dist/lac.cjs", import.meta.url));
/** The Word and HTML writers' bundle, loaded by lac only when output.formats asks for more than Markdown. */
const FORMATS_BUNDLE = fileURLToPath(new URL("../dist/formats.cjs", import.meta.url));
const EXAMPLE = require.resolve("@lac/council/examples/brackenford.lac.config.yaml");

/**
 * Prepares the benchmark's folders; returns the cases and a function that removes everything.
 * Each case has `args` (for `node`), an optional `prepare()` run before each timed run (not timed),
 * and `cwd`.
 */
export function createCases() {
  const root = mkdtempSync(join(tmpdir(), "lac-bench-"));
  const large = join(root, "large.lac.config.yaml");
  writeFileSync(large, largeCouncilYaml());
  // A code cache of the benchmark's own, filled by init first (the warm-up rounds), not the user's.
  const env = { ...process.env, CI: "true", NO_COLOR: "1", LAC_CACHE_DIR: join(root, "code-cache") };
  const generated = join(root, "generated");
  mkdirSync(generated);
  timeOnce(process.execPath, [LAC, "init", "--answers", EXAMPLE], { cwd: generated, env });

  let counter = 0;
  const freshFolder = () => {
    counter += 1;
    const dir = join(root, `init-${counter}`);
    rmSync(dir, { recursive: true, force: true });
    return dir;
  };
  const cases = [
    { id: "floor", label: 'node -e ""', args: ["-e", ""] },
    { id: "version", label: "lac --version", args: [LAC, "--version"] },
    { id: "help", label: "lac --help", args: [LAC, "--help"] },
    { id: "validate", label: "lac validate (example council)", args: [LAC, "validate", EXAMPLE] },
    {
      id: "init",
      label: "lac init --answers (example council)",
      argsFor: () => [LAC, "init", freshFolder(), "--answers", EXAMPLE],
    },
    {
      id: "init-large",
      label: "lac init --answers (100 neighbourhoods, 60 partners)",
      argsFor: () => [LAC, "init", freshFolder(), "--answers", large],
    },
    { id: "generate", label: "lac generate (nothing changed)", args: [LAC, "generate", generated] },
    {
      id: "formats-load",
      label: "loading the Word and HTML writers alone (formats.cjs)",
      args: ["-e", `require(${JSON.stringify(FORMATS_BUNDLE)})`],
    },
    {
      id: "init-formats",
      label: "lac init --answers (example council, Markdown, Word and HTML)",
      argsFor: () => [
        LAC,
        "init",
        freshFolder(),
        "--answers",
        EXAMPLE,
        "--set",
        "output.formats=[markdown, docx, html]",
      ],
    },
  ];
  return { cases, env, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
