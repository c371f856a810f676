// The commands the benchmark measures, each as a child process of the same Node.js.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { LARGE_COUNCIL, largeCouncilFindings, largeCouncilYaml } from "./large-council.mjs";
import { timeOnce } from "./measure.mjs";

const require = createRequire(import.meta.url);
export const LAC = fileURLToPath(new URL("../dist/lac.cjs", import.meta.url));
/** The Word and HTML writers' bundle, loaded by lac only when output.formats asks for more than Markdown. */
const FORMATS_BUNDLE = fileURLToPath(new URL("../dist/formats.cjs", import.meta.url));
const EXAMPLE = require.resolve("@lac/council/examples/brackenford.lac.config.yaml");
const exampleConfig = parse(readFileSync(EXAMPLE, "utf8"));
/** How many neighbourhoods and partners the example council has. */
export const EXAMPLE_COUNTS = {
  neighbourhoods: exampleConfig.neighbourhoods.length,
  partners: exampleConfig.partners?.length ?? 0,
};
const PEERS = fileURLToPath(new URL("peers/", import.meta.url));
/** Every format lac writes. */
const ALL_FORMATS = "output.formats=[markdown, docx, html]";
/** Writes a copy of a pack as lac writes one, with no lac in it: the file system's share of lac init. */
const WRITE_PACK_FILES = fileURLToPath(new URL("write-pack-files.cjs", import.meta.url));

/**
 * The one environment of every measured command, the floor included: nothing from the shell's
 * environment but PATH and HOME. NODE_OPTIONS (flags, --require hooks) and NODE_EXTRA_CA_CERTS (a
 * certificate file that Node reads and parses at start-up) add tens of milliseconds to every Node
 * process, so they would make every ratio to the floor look smaller than it is; other variables
 * (NODE_COMPILE_CACHE, FORCE_COLOR, proxies) change what a command does. CI and NO_COLOR make every
 * command non-interactive and plain; LAC_CACHE_DIR keeps lac's code cache in the benchmark's folder.
 */
export function cleanEnvironment(root) {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    ...(process.env.HOME !== undefined ? { HOME: process.env.HOME } : {}),
    CI: "true",
    NO_COLOR: "1",
    LAC_CACHE_DIR: join(root, "code-cache"),
  };
}

/** The peers' entry points (dev dependencies of @lac/cli), run as scripts of the same Node.js. */
const CREATE_VITE = require.resolve("create-vite/index.js");
const HYGEN = require.resolve("hygen/dist/bin.js");
const PLOP = require.resolve("plop/bin/plop.js");

/**
 * Prepares the benchmark's folders; returns the cases and a function that removes everything.
 * Each case has `args` (for `node`), an optional `prepare()` run before each timed run (not timed),
 * and `cwd`.
 */
export function createCases({ node = process.execPath, peers = true, perKind = false } = {}) {
  const largeText = largeCouncilYaml();
  const findings = largeCouncilFindings(largeText);
  if (findings.length > 0) {
    // A warning costs lac time to find and print, which a council that heeded lac validate would not spend.
    throw new Error(
      `The benchmark's large council should be valid and without warnings:\n${findings.join("\n")}`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), "lac-bench-"));
  const large = join(root, "large.lac.config.yaml");
  writeFileSync(large, largeText);
  // What one kind of item costs alone: councils made as the large one is, with the example's counts,
  // with the large council's neighbourhoods only, and with its partners only.
  const kinds = {
    "kinds-base": { neighbourhoods: EXAMPLE_COUNTS.neighbourhoods, partners: EXAMPLE_COUNTS.partners },
    "kinds-neighbourhoods": {
      neighbourhoods: LARGE_COUNCIL.neighbourhoods,
      partners: EXAMPLE_COUNTS.partners,
    },
    "kinds-partners": { neighbourhoods: EXAMPLE_COUNTS.neighbourhoods, partners: LARGE_COUNCIL.partners },
  };
  if (perKind) {
    for (const [id, counts] of Object.entries(kinds)) {
      writeFileSync(join(root, `${id}.lac.config.yaml`), largeCouncilYaml(counts));
    }
  }
  // A code cache of the benchmark's own, filled by init first (the warm-up rounds), not the user's.
  const env = cleanEnvironment(root);
  // The size of a partner's agreement, for the report: the median file of data-sharing/ of a pack
  // with the large council's partners (nearly all of them agreements).
  let agreementBytes;
  if (perKind) {
    const pack = join(root, "agreement-size");
    timeOnce(node, [LAC, "init", pack, "--answers", join(root, "kinds-partners.lac.config.yaml")], {
      cwd: root,
      env,
    });
    const sizes = readdirSync(join(pack, "data-sharing"))
      .map((name) => statSync(join(pack, "data-sharing", name)).size)
      .sort((a, b) => a - b);
    agreementBytes = sizes[Math.floor(sizes.length / 2)];
    rmSync(pack, { recursive: true, force: true });
  }
  const generated = join(root, "generated");
  mkdirSync(generated);
  timeOnce(node, [LAC, "init", "--answers", EXAMPLE], { cwd: generated, env });
  // A pack in Markdown, Word and HTML, for lac generate with nothing changed (it keeps the Word and HTML files).
  const generatedFormats = join(root, "generated-formats");
  timeOnce(node, [LAC, "init", generatedFormats, "--answers", EXAMPLE, "--set", ALL_FORMATS], {
    cwd: root,
    env,
  });
  // hygen reads its templates from _templates in the folder it runs in: the benchmark's folder.
  cpSync(join(PEERS, "hygen", "_templates"), join(root, "_templates"), { recursive: true });

  let counter = 0;
  const freshFolder = () => {
    counter += 1;
    const dir = join(root, `run-${counter}`);
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
      id: "generate-formats",
      label: "lac generate (Markdown, Word and HTML; nothing changed)",
      args: [LAC, "generate", generatedFormats],
    },
    // What the file system costs lac init, on this machine, now: creating files costs from tens to
    // hundreds of microseconds each on the virtual machines this project is measured on, depending on
    // the file system's state (docs/speed.md); measured in the same rounds, so each table shows its share.
    {
      id: "pack-files",
      label: "node writing the example's pack files as lac does (no lac)",
      argsFor: () => [WRITE_PACK_FILES, generated, freshFolder()],
    },
    {
      id: "formats-load",
      label: "loading the Word and HTML writers alone (formats.cjs)",
      args: ["-e", `require(${JSON.stringify(FORMATS_BUNDLE)})`],
    },
    {
      id: "init-formats",
      label: "lac init --answers (example council, Markdown, Word and HTML)",
      argsFor: () => [LAC, "init", freshFolder(), "--answers", EXAMPLE, "--set", ALL_FORMATS],
    },
  ];
  // Measured for the cost of each kind of item only: not rows of the table, no peak memory.
  if (perKind) {
    for (const [id, counts] of Object.entries(kinds)) {
      cases.push({
        id,
        label: `lac init --answers (${counts.neighbourhoods} neighbourhoods, ${counts.partners} partners)`,
        detail: true,
        argsFor: () => [LAC, "init", freshFolder(), "--answers", join(root, `${id}.lac.config.yaml`)],
      });
    }
  }
  // Peers doing a comparable small job, offline (none of them fetches anything for these jobs):
  // create-vite copies its vanilla template (9 files); hygen and plop each render 3 templates.
  if (peers) {
    cases.push(
      {
        id: "create-vite",
        label: "create-vite 9, vanilla template",
        peer: true,
        argsFor: () => [
          CREATE_VITE,
          freshFolder(),
          "--template",
          "vanilla",
          "--no-interactive",
          "--no-immediate",
        ],
      },
      {
        id: "hygen",
        label: "hygen 6, 3 templates",
        peer: true,
        argsFor: () => {
          counter += 1;
          return [HYGEN, "plan", "new", "--name", `hygen-${counter}`];
        },
      },
      {
        id: "plop",
        label: "plop 4, 3 files",
        peer: true,
        argsFor: () => [
          PLOP,
          "--plopfile",
          join(PEERS, "plop", "plopfile.cjs"),
          "--dest",
          freshFolder(),
          "plan",
          "brackenford",
        ],
      },
    );
  }
  return { cases, env, root, agreementBytes, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
