// What a developer gets from npm: every package packed with `pnpm pack` and installed from its
// tarball into a fresh project by `npm install --offline` (its dependencies, zod, yaml, handlebars,
// docx…, are packed from the copies `pnpm install` put in the workspace: the test never reaches the
// network, and works from a fresh clone after `pnpm install`). Every README example is then compiled
// and run there as:
//   - an ES module application with TypeScript's NodeNext resolution (compiled by tsc, run by node);
//   - a TypeScript application with bundler resolution (type-checked);
//   - a browser bundle made by esbuild (the examples that read no files), run by node.
// And `lac` and `npm create @lac/pack` run from their tarballs. Slow: minutes, on a loaded machine.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedPackages, root } from "../../../scripts/package-metadata.mjs";
import { packAll, packThirdParty } from "./pack.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const typeRoots = [join(root, "node_modules", "@types")];

interface Example {
  readonly id: string;
  readonly pkg: string;
  readonly code: string;
}

/**
 * Every ```ts block of every published package's README. A block with no import continues the
 * example before it (as the README reads), so it is appended to it, in a block of its own.
 */
function readmeExamples(): Example[] {
  return publishedPackages().flatMap(({ dir, manifest }) => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    const short = (manifest.name as string).replace("@lac/", "");
    const found: Example[] = [];
    for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const code = match[1] ?? "";
      const previous = found.at(-1);
      if (/^import /m.test(code) || !previous) {
        found.push({ id: `${short}-${found.length + 1}`, pkg: manifest.name as string, code });
      } else {
        found[found.length - 1] = { ...previous, code: `${previous.code}\n{\n${code}}\n` };
      }
    }
    return found;
  });
}

const examples = readmeExamples();
/** Packages whose browser bundles need a DOM to run. */
const NEEDS_A_DOM = new Set(["@lac/pack-formats"]);
let work: string;
let app: string;

/**
 * npm's settings for the install: offline, with no registry it could reach (a closed local port), so
 * that anything not given as a tarball fails at once instead of being downloaded.
 */
const offlineNpm = {
  ...process.env,
  CI: "true",
  npm_config_offline: "true",
  npm_config_registry: "http://127.0.0.1:9/",
  npm_config_update_notifier: "false",
};

function run(command: string, args: readonly string[], cwd: string) {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lac-tarballs-"));
  const packed = packAll(join(work, "tarballs"));
  // Tests do not reach the network: zod, yaml, handlebars, docx… are packed from the copies that
  // `pnpm install` put in the workspace, and the app's overrides point npm at those tarballs.
  const thirdParty = packThirdParty(join(work, "third-party"));
  app = join(work, "app");
  mkdirSync(join(app, "examples"), { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "app",
      private: true,
      type: "module",
      dependencies: Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])),
      overrides: Object.fromEntries([...thirdParty].map(([name, tarball]) => [name, `file:${tarball}`])),
    }),
  );
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    {
      cwd: app,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...offlineNpm, npm_config_cache: join(work, "npm-cache") },
    },
  );
  for (const example of examples) writeFileSync(join(app, "examples", `${example.id}.ts`), example.code);
  // The council and documents examples read ./lac.config.yaml: a fictional example council with no
  // warnings (Brackenford has one on purpose), so that an example's output on stderr is a failure.
  copyFileSync(
    join(app, "node_modules/@lac/council/examples/wendleshire.lac.config.yaml"),
    join(app, "lac.config.yaml"),
  );
  const common = {
    strict: true,
    target: "ES2022",
    lib: ["ES2023", "DOM"],
    typeRoots,
    types: ["node"],
    skipLibCheck: false,
  };
  writeFileSync(
    join(app, "tsconfig.nodenext.json"),
    JSON.stringify({
      compilerOptions: {
        ...common,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        outDir: "out",
        rootDir: "examples",
      },
      include: ["examples"],
    }),
  );
  writeFileSync(
    join(app, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: { ...common, module: "ESNext", moduleResolution: "Bundler", noEmit: true },
      include: ["examples"],
    }),
  );
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("packages installed from their tarballs", () => {
  it("have README examples to try", () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const name of [
      "@lac/principles",
      "@lac/person-ref",
      "@lac/council",
      "@lac/journeys",
      "@lac/consent",
      "@lac/documents",
      "@lac/templates",
    ]) {
      expect(
        examples.some((e) => e.pkg === name),
        name,
      ).toBe(true);
    }
  });

  it("compile every README example with TypeScript's NodeNext resolution, and run it", () => {
    const compiled = run(process.execPath, [tsc, "-p", "tsconfig.nodenext.json"], app);
    expect(compiled.stdout + compiled.stderr).toBe("");
    expect(compiled.status).toBe(0);
    for (const example of examples) {
      const ran = run(process.execPath, [join("out", `${example.id}.js`)], app);
      expect(ran.stderr, example.id).toBe("");
      expect(ran.status, `${example.id}: ${ran.stderr}`).toBe(0);
    }
  }, 600_000);

  it("type-check every README example with TypeScript's bundler resolution", () => {
    const checked = run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], app);
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  }, 600_000);

  it("bundle for a browser with esbuild (the examples that read no files), and the bundles run", async () => {
    const browserSafe = examples.filter((e) => !/from "node:(fs|module)"/.test(e.code));
    expect(browserSafe.map((e) => e.pkg)).toEqual(
      expect.arrayContaining(["@lac/principles", "@lac/consent", "@lac/journeys"]),
    );
    for (const example of browserSafe) {
      const outfile = join(app, "browser", `${example.id}.mjs`);
      const result = await build({
        entryPoints: [join(app, "examples", `${example.id}.ts`)],
        absWorkingDir: app,
        bundle: true,
        minify: true,
        platform: "browser",
        format: "esm",
        // The examples use node:assert to show results; the packages themselves must not need Node.
        external: ["node:assert", "node:assert/strict"],
        outfile,
        metafile: true,
        logLevel: "silent",
      });
      const fromPackages = Object.values(result.metafile.inputs)
        .flatMap((input) => input.imports)
        .filter((imported) => imported.path.startsWith("node:") && !imported.path.startsWith("node:assert"));
      expect(fromPackages, example.id).toEqual([]);
      // docx's browser build makes its files through the DOM (`document`), which a browser has and
      // Node.js has not: such a bundle is checked for Node.js imports above, but not run here.
      if (NEEDS_A_DOM.has(example.pkg)) continue;
      const ran = run(process.execPath, [outfile], app);
      expect(ran.status, `${example.id}: ${ran.stderr}`).toBe(0);
    }
  }, 600_000);

  it("run lac, which writes the example council's pack", () => {
    const lac = join(app, "node_modules", ".bin", "lac");
    const version = run(lac, ["--version"], app);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).not.toBe("0.0.0");
    const init = run(lac, ["init", "pack-by-lac", "--answers", "lac.config.yaml"], app);
    expect(init.status, init.stderr).toBe(0);
    expect(existsSync(join(app, "pack-by-lac", "lac.config.yaml"))).toBe(true);
  });

  it("run lac report, which draws the Word report's charts with the WebAssembly and font it ships", () => {
    const lac = join(app, "node_modules", ".bin", "lac");
    const report = run(lac, ["report", "--example", "--out", "report-by-lac"], app);
    expect(report.status, report.stderr).toBe(0);
    expect(existsSync(join(app, "report-by-lac", "reports", "example-evaluation-2026-27.docx"))).toBe(true);
  }, 300_000);

  it("run npm create @lac/pack's command, which runs lac init with the same arguments and exit code", () => {
    const create = join(app, "node_modules", ".bin", "create-pack");
    const made = run(create, ["pack-by-create", "--answers", "lac.config.yaml"], app);
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(join(app, "pack-by-create", "implementation-plan.md"))).toBe(true);
    const refused = run(create, ["pack-by-create", "--no-such-option"], app);
    expect(refused.status).toBe(2);
  });
});
