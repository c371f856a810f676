import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LAC, example, temporaryFolder } from "./run-lac.js";

/** lac init of the example council into `pack` with Word files: the Word writer's ids are hashed with node:crypto. */
const wordRun = (pack: string) => [
  "init",
  pack,
  "--answers",
  example("brackenford"),
  "--set",
  "output.formats=[markdown, docx]",
];

const folder = temporaryFolder();
afterAll(folder.remove);
const dist = dirname(LAC);
const preload = fileURLToPath(new URL("./record-loads.cjs", import.meta.url));
const zodPreload = fileURLToPath(new URL("./record-zod.cjs", import.meta.url));
const builtinsPreload = fileURLToPath(new URL("./record-builtins.cjs", import.meta.url));

/**
 * The files of lac's dist folder that one run reads (on any of its threads). (The bundles' content hashes are
 * in the bundles themselves: no `*.sha256` file beside them is read.)
 */
function distFilesRead(args: readonly string[], folderRead = dist, status = 0): string[] {
  const record = join(folder.dir, "loads.json");
  rmSync(`${record}.threads`, { force: true });
  const run = spawnSync(process.execPath, ["--require", preload, LAC, ...args], {
    cwd: folder.dir,
    env: { ...process.env, CI: "true", LAC_RECORD_LOADS: record, LAC_CACHE_DIR: join(folder.dir, "cache") },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(status);
  const read = JSON.parse(readFileSync(record, "utf8")) as string[];
  // And what its other threads read.
  if (existsSync(`${record}.threads`)) read.push(...readFileSync(`${record}.threads`, "utf8").split("\n"));
  return [
    ...new Set(read.filter((path) => dirname(path) === folderRead).map((path) => basename(path))),
  ].sort();
}

/**
 * Whether one run loaded zod, and the titles of the schemas it built (from zod's registry of
 * metadata): the council configuration's schemas have titles such as "GSS code".
 */
function zodUse(args: readonly string[], status = 0): { zod: boolean; titles: string[]; yaml: boolean } {
  const record = join(folder.dir, "zod.json");
  const run = spawnSync(process.execPath, ["--require", zodPreload, LAC, ...args], {
    cwd: folder.dir,
    env: { ...process.env, CI: "true", LAC_RECORD_ZOD: record, LAC_CACHE_DIR: join(folder.dir, "cache") },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(status);
  return JSON.parse(readFileSync(record, "utf8")) as { zod: boolean; titles: string[]; yaml: boolean };
}

/**
 * The modules of Node.js itself that one run loads (after the preload): "fs/promises",
 * "internal/fs/rimraf", … and, with `withoutCache`, those of them Node.js compiled from their source
 * rather than from its built-in code cache. Standard output and error are pipes, as in a build
 * server's log.
 */
function builtinsLoaded(
  args: readonly string[],
  status = 0,
  withoutCache = false,
  /** "null": standard input and output are /dev/null (as a build server or cron often has them). */
  stdio: "pipe" | "null" = "pipe",
): string[] {
  const record = join(folder.dir, "builtins.json");
  const run = spawnSync(
    process.execPath,
    [...(withoutCache ? ["--expose-internals"] : []), "--require", builtinsPreload, LAC, ...args],
    {
      cwd: folder.dir,
      stdio: stdio === "null" ? ["ignore", "ignore", "pipe"] : "pipe",
      env: {
        ...process.env,
        CI: "true",
        LAC_RECORD_BUILTINS: record,
        LAC_CACHE_DIR: join(folder.dir, "cache"),
      },
      encoding: "utf8",
    },
  );
  expect(run.status, run.stderr).toBe(status);
  const recorded = JSON.parse(readFileSync(record, "utf8")) as { loaded: string[]; withoutCache?: string[] };
  if (withoutCache) return recorded.withoutCache ?? [];
  return recorded.loaded
    .filter((name) => name.startsWith("NativeModule "))
    .map((name) => name.slice("NativeModule ".length));
}

/**
 * Writes the example council with one invalid answer (a GSS code lac refuses) to `name` in the test
 * folder, and returns its path.
 */
function brokenExample(name: string): string {
  const path = join(folder.dir, name);
  writeFileSync(path, readFileSync(example("brackenford"), "utf8").replace(/gssCode: .*/, "gssCode: X123"));
  return path;
}

// A guard that timing cannot give: what each command loads.

/** Runs lac in the test folder with its code cache in `cache`, and expects `status`. */
function lacWithCache(cache: string, status: number): (args: readonly string[]) => void {
  return (args) => {
    const run = spawnSync(process.execPath, [LAC, ...args], {
      cwd: folder.dir,
      env: { ...process.env, CI: "true", LAC_CACHE_DIR: cache },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(status);
  };
}

/**
 * lac's cache files in `cache` whose names start with `prefix`, with their bytes (hex): files only, since Node.js 22
 * and later also keep their compile cache in a folder there.
 */
function cacheFiles(cache: string, prefix: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(cache, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.startsWith(prefix))
      .map(({ name }) => [name, readFileSync(join(cache, name)).toString("hex")]),
  );
}
describe("what lac loads", () => {
  it("answers --version and --help from lac.cjs alone", () => {
    expect(distFilesRead(["--version"])).toEqual(["lac.cjs"]);
    expect(distFilesRead(["--help"])).toEqual(["lac.cjs"]);
    expect(distFilesRead(["init", "--help"])).toEqual(["lac.cjs"]);
    expect(distFilesRead(["consent", "--help"])).toEqual(["lac.cjs"]);
    // Nor any module of Node's that Node.js does not load itself (lac.cjs loaded node:os and node:vm).
    for (const args of [["--version"], ["--help"], ["init", "--help"]]) {
      expect(
        builtinsLoaded(args).filter((name) => name === "os" || name === "vm"),
        args.join(" "),
      ).toEqual([]);
    }
    // The guard can fail: a command loads node:vm, for its bundle.
    expect(builtinsLoaded(["validate", example("brackenford")])).toContain("vm");
  });

  it("loads the commands, but not the prompt library, when no question is asked", () => {
    // lac validate has a bundle of its own, without zod: commands.cjs only to explain a problem.
    expect(distFilesRead(["validate", example("brackenford")])).toEqual(["lac.cjs", "validate.cjs"]);
    // lac init and lac generate too: a bundle of their own, without zod, and the parts of the templates
    // that an English council's pack needs; and the JSON Schema text the build wrote, for the pack.
    const english = [
      "init.cjs",
      "lac.cjs",
      "lac.config.schema.json",
      "templates-en.cjs",
      "templates-england.cjs",
    ];
    expect(distFilesRead(["init", "pack", "--answers", example("brackenford")])).toEqual(english);
    expect(distFilesRead(["generate", "pack"])).toEqual(english);
  });

  it("loads the Word and HTML writers only when output.formats asks for them", () => {
    // (With --set, lac.config.yaml is written from the answers, by the council's schemas in commands.cjs.)
    // The example council asks for Markdown only: nothing more is loaded than before.
    expect(distFilesRead(["init", "markdown-only", "--answers", example("brackenford")])).not.toContain(
      "formats.cjs",
    );
    expect(
      distFilesRead([
        "init",
        "all-formats",
        "--answers",
        example("brackenford"),
        "--set",
        "output.formats=[markdown, docx, html]",
      ]),
    ).toEqual([
      "commands.cjs",
      "formats.cjs",
      "init.cjs",
      "lac.cjs",
      "lac.config.schema.json",
      "templates-en.cjs",
      "templates-england.cjs",
    ]);
  });

  it("loads the Handlebars compiler only when the pack has templates of its own", () => {
    expect(distFilesRead(["init", "own", "--answers", example("brackenford")])).not.toContain(
      "overrides.cjs",
    );
    expect(distFilesRead(["templates", "list", "own"])).toEqual(["commands.cjs", "lac.cjs"]);
    const config = join(folder.dir, "own", "lac.config.yaml");
    writeFileSync(config, `${readFileSync(config, "utf8")}\ntemplates: templates\n`);
    expect(distFilesRead(["templates", "copy", "draft-notice", "own"])).toEqual([
      "commands.cjs",
      "lac.cjs",
      "template-sources.cjs",
    ]);
    // Listing the templates of a pack with its own checks them, as lac generate does.
    expect(distFilesRead(["templates", "list", "own"])).toEqual(["commands.cjs", "lac.cjs", "overrides.cjs"]);
    // Showing the council's copy reads its file and checks it, as lac generate does (so a broken one is
    // shown with its problem): the compiler, not the bundled sources.
    expect(distFilesRead(["templates", "show", "draft-notice", "own"])).toEqual([
      "commands.cjs",
      "lac.cjs",
      "overrides.cjs",
    ]);
    expect(distFilesRead(["templates", "show", "--bundled", "draft-notice", "own"])).toEqual([
      "commands.cjs",
      "lac.cjs",
      "template-sources.cjs",
    ]);
    expect(distFilesRead(["generate", "own"])).toContain("overrides.cjs");
  });

  it("loads the three-way merge only when a file needs one, or a diff is asked for", () => {
    expect(distFilesRead(["init", "merging", "--answers", example("brackenford")])).not.toContain(
      "merge.cjs",
    );
    const update = [
      "commands.cjs",
      "lac.cjs",
      "lac.config.schema.json",
      "templates-en.cjs",
      "templates-england.cjs",
    ];
    expect(distFilesRead(["update", "merging"])).toEqual(update);
    const plan = join(folder.dir, "merging", "implementation-plan.md");
    writeFileSync(plan, `${readFileSync(plan, "utf8")}\nOur own notes.\n`);
    const config = join(folder.dir, "merging", "lac.config.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace("151800", "151900"));
    expect(distFilesRead(["update", "merging"])).toEqual([...update, "merge.cjs"].sort());
    expect(distFilesRead(["update", "merging", "--dry-run", "--diff"])).toEqual(
      [...update, "merge.cjs"].sort(),
    );
  });

  it("loads the report's bundle (charts, Word and HTML) only for lac report", () => {
    expect(distFilesRead(["report", "--help"])).toEqual(["lac.cjs"]);
    // The chart rasteriser (WebAssembly) and its font, for the Word report only.
    const assets = join(dist, "report-assets");
    expect(distFilesRead(["report", "--help"], assets)).toEqual([]);
    expect(distFilesRead(["init", "assets", "--answers", example("brackenford")], assets)).toEqual([]);
    expect(distFilesRead(["report", "--example", "--out", "report-assets-pack"], assets)).toEqual([
      "Arimo-Bold.ttf",
      "Arimo-Regular.ttf",
      "resvg.wasm",
    ]);
    expect(distFilesRead(["validate", example("brackenford")])).not.toContain("report.cjs");
    // report.cjs instead of commands.cjs, and the thread that draws the pictures (report-raster.cjs).
    expect(distFilesRead(["report", "--example", "--out", "report-pack"])).toEqual([
      "lac.cjs",
      "report-raster.cjs",
      "report.cjs",
    ]);
  }, 60_000);

  // Eight runs of lac, the Welsh council's with Word and HTML: a busy machine needs more than a minute.
  it("loads only the templates of the council's nation and languages: no Welsh ones for an English council, and no English council's ones for a Welsh council", () => {
    const templatesRead = (args: readonly string[]) =>
      distFilesRead(args).filter((name) => name.startsWith("templates-"));
    // An English council, in English: the English templates of every nation, and England's.
    const english = ["templates-en.cjs", "templates-england.cjs"];
    for (const name of ["brackenford", "hollinbrook"] as const) {
      expect(templatesRead(["init", `parts-${name}`, "--answers", example(name)]), name).toEqual(english);
      expect(templatesRead(["generate", `parts-${name}`]), name).toEqual(english);
    }
    // A Welsh council, in Welsh and English: the English templates of every nation, Wales's, and the Welsh ones.
    const welsh = ["templates-cy.cjs", "templates-en.cjs", "templates-wales.cjs"];
    expect(templatesRead(["init", "parts-cwm-teg", "--answers", example("cwm-teg")])).toEqual(welsh);
    expect(templatesRead(["generate", "parts-cwm-teg"])).toEqual(welsh);
    // The same council in English only: no Welsh templates.
    expect(
      templatesRead([
        "init",
        "parts-cwm-teg-en",
        "--answers",
        example("cwm-teg"),
        "--set",
        "output.languages=[en]",
      ]),
    ).toEqual(["templates-en.cjs", "templates-wales.cjs"]);
    // Listing the templates reads none of them.
    expect(templatesRead(["templates", "list", "parts-brackenford"])).toEqual([]);
  }, 180_000);

  it("bundles each part of the templates apart: the Welsh templates in templates-cy.cjs only, one nation's in that nation's", async () => {
    const { partialParts, templateParts } = await import("@lac/templates/parts");
    const parts = readdirSync(dist).filter((name) => /^templates-[a-z]+\.cjs$/.test(name));
    expect(parts.sort()).toEqual([
      "templates-cy.cjs",
      "templates-en.cjs",
      "templates-england.cjs",
      "templates-wales.cjs",
    ]);
    const code = Object.fromEntries(parts.map((name) => [name, readFileSync(join(dist, name), "utf8")]));
    for (const [name, part] of [...Object.entries(templateParts), ...Object.entries(partialParts)]) {
      // Each template and partial is a property of its part's `templates` or `partials`, named by a string.
      const holders = parts.filter((file) => code[file]!.includes(`${JSON.stringify(name)}:`));
      expect(holders, name).toEqual([`templates-${part}.cjs`]);
    }
    expect(Object.values(templateParts).filter((part) => part === "cy").length).toBeGreaterThan(0);
  });

  it("tells a valid configuration without zod, and explains a problem with zod", () => {
    expect(zodUse(["validate", example("brackenford")])).toEqual({ zod: false, titles: [], yaml: false });
    const broken = brokenExample("broken.lac.config.yaml");
    const explained = zodUse(["validate", broken], 1);
    expect(explained.zod).toBe(true);
    expect(explained.titles).toContain("GSS code");
    expect(distFilesRead(["validate", broken], dist, 1)).toEqual(["commands.cjs", "lac.cjs", "validate.cjs"]);
  });

  it("inits and generates a valid pack without zod, the council's schemas or the yaml library", () => {
    const unused = { zod: false, titles: [], yaml: false };
    for (const name of ["brackenford", "cwm-teg", "wendleshire"] as const) {
      expect(zodUse(["init", `lean-${name}`, "--answers", example(name)]), name).toEqual(unused);
      expect(zodUse(["generate", `lean-${name}`]), name).toEqual(unused);
    }
    // Written with --set (the configuration is written from the answers, in the schema's order, with
    // its comments) the council's schemas are loaded, to write it.
    const written = zodUse([
      "init",
      "lean-set",
      "--answers",
      example("brackenford"),
      "--set",
      "council.population=151900",
    ]);
    expect(written.zod).toBe(true);
    // A problem is explained with zod (and located in the answers file by lac's quick YAML reader).
    const broken = brokenExample("broken-answers.yaml");
    const explained = zodUse(["init", "lean-broken", "--answers", broken], 1);
    expect(explained.zod).toBe(true);
    expect(explained.titles).toContain("GSS code");
    // A problem in the state file is explained with zod.
    writeFileSync(join(folder.dir, "lean-brackenford", ".lac", "state.json"), '{"stateVersion": 1}');
    expect(zodUse(["generate", "lean-brackenford"], 1).zod).toBe(true);
  });

  it("inits and generates a valid pack without the Node.js modules it does not need", () => {
    // Each is a few milliseconds of a run: fs/promises (and the file streams, readline and watchers
    // it loads), Node's stream for standard output or error on a pipe (net), timers/promises, the
    // comparison behind util.isDeepStrictEqual, and Node.js 20's recursive remover behind fs.rmSync.
    const unneeded = [
      "fs/promises",
      "internal/fs/promises",
      "internal/fs/streams",
      "internal/readline/interface",
      "net",
      "tty",
      "internal/fs/sync_write_stream",
      "timers/promises",
      "internal/util/comparisons",
      "internal/fs/rimraf",
      // On Linux, the computer's name (for the pack lock) is read where Linux gives it, and the home
      // folder is HOME, as node:os would find them (this-computer.ts): lac.cjs loaded node:os on every run.
      ...(process.platform === "linux" ? ["os"] : []),
      // node:module (and Node's ES module loader with it), for Node's compile cache, which is turned on
      // only when a bundle is loaded through Node's loader (node-module.ts).
      "module",
      "internal/modules/esm/loader",
    ];
    for (const args of [
      ["init", "builtins-pack", "--answers", example("brackenford")],
      ["generate", "builtins-pack"],
      ["generate", "builtins-pack", "--json"],
    ]) {
      // Twice: the first run also writes the code cache.
      for (const round of [1, 2]) {
        const loaded = builtinsLoaded(args);
        expect(
          unneeded.filter((name) => loaded.includes(name)),
          `${args.join(" ")} (run ${round})`,
        ).toEqual([]);
      }
    }
    // The guard can fail: a run that reads standard input (a pipe) through Node's stream loads net.
    expect(builtinsLoaded(["validate", "-"], 1)).toContain("net");
  });

  it("leaves Node's streams alone when standard input and output are /dev/null", () => {
    // /dev/null is a character device, as a terminal is; Node's stream for it is a file stream.
    const streams = ["internal/fs/streams", "internal/fs/sync_write_stream", "net", "tty"];
    for (const args of [
      ["init", "null-pack", "--answers", example("brackenford")],
      ["generate", "null-pack"],
    ]) {
      const loaded = builtinsLoaded(args, 0, false, "null");
      expect(
        streams.filter((name) => loaded.includes(name)),
        args.join(" "),
      ).toEqual([]);
    }
    // The guard can fail: a run that reads /dev/null as standard input sets up a file stream for it.
    expect(builtinsLoaded(["validate", "-"], 1, false, "null")).toContain("internal/fs/streams");
  });

  it.runIf(process.versions.node.split(".")[0] === "20")(
    "takes SHA-256, random bytes and V8's flags from Node.js 20's bindings, without node:crypto, node:v8, the streams and node:module",
    () => {
      // And node:module, whose createRequire and wrap lac takes from its own module (node-module.ts).
      const heavy = [
        "crypto",
        "v8",
        "stream",
        "internal/streams/readable",
        "internal/crypto/hash",
        "module",
        "internal/modules/esm/loader",
      ];
      for (const args of [
        ["init", "bindings-pack", "--answers", example("brackenford")],
        ["generate", "bindings-pack"],
        ["validate", example("brackenford")],
      ]) {
        // Twice: the first run also writes the code cache.
        for (const round of [1, 2]) {
          const loaded = builtinsLoaded(args);
          expect(
            heavy.filter((name) => loaded.includes(name)),
            `${args.join(" ")} (run ${round})`,
          ).toEqual([]);
        }
      }
      // The guard can fail: the Word writer's ids are hashed with node:crypto.
      expect(builtinsLoaded(wordRun("bindings-word"))).toContain("crypto");
    },
  );

  it("validates without node:crypto or node:zlib, on every Node.js: the code cache is checked with zlib's CRC-32, from its binding", () => {
    // node:crypto costs Node.js 24 about 6-8 ms to load (39 modules); node:zlib loads Node's streams.
    const heavy = ["crypto", "internal/crypto/hash", "zlib", "stream"];
    // Twice: the first run also writes the code cache.
    for (const round of [1, 2]) {
      const loaded = builtinsLoaded(["validate", example("brackenford")]);
      expect(
        heavy.filter((name) => loaded.includes(name)),
        `lac validate (run ${round})`,
      ).toEqual([]);
    }
    // The guard can fail: the Word writer's ids are hashed with node:crypto.
    expect(builtinsLoaded(wordRun("crc-word"))).toContain("crypto");
  });

  it("prints no deprecation warning for Node's bindings (process.binding), even with --pending-deprecation", () => {
    // lac turns the warning off for its own calls only (crypto-and-flags.ts); Node.js prints it for
    // process.binding only with --pending-deprecation (or always, in a later release).
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--pending-deprecation", LAC, ...args], {
        cwd: folder.dir,
        env: { ...process.env, CI: "true", LAC_CACHE_DIR: join(folder.dir, "cache-deprecation") },
        encoding: "utf8",
      });
    // validate twice (the first run also writes the code cache), then init and generate.
    for (const args of [
      ["validate", example("brackenford")],
      ["validate", example("brackenford")],
      ["init", "deprecation-pack", "--answers", example("brackenford")],
      ["generate", "deprecation-pack"],
    ]) {
      const result = run(args);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr, args.join(" ")).not.toMatch(/DeprecationWarning|DEP0111/);
    }
    // The guard can fail: the same call without lac's care prints the warning.
    const plain = spawnSync(process.execPath, ["--pending-deprecation", "-e", 'process.binding("zlib")'], {
      encoding: "utf8",
    });
    expect(plain.stderr).toMatch(/DEP0111/);
  });

  it("compiles Node.js's own modules from Node's code cache, which V8 refuses once lac's flags are set", () => {
    // lac init and generate turn V8's optimising compilers off; node:crypto and the other modules
    // they need are loaded before that, while Node's built-in code cache still fits V8's flags.
    for (const args of [
      ["init", "cached-builtins", "--answers", example("brackenford")],
      ["generate", "cached-builtins"],
    ]) {
      builtinsLoaded(args);
      expect(builtinsLoaded(args, 0, true), args.join(" ")).toEqual([]);
    }
  });

  it.runIf(Number(process.versions.node.split(".")[0]) >= 22)(
    "turns Node's compile cache on only when a bundle is loaded through Node's loader",
    () => {
      // Node.js keeps its compile cache in a folder of its own in lac's cache folder.
      const folders = (cache: string) =>
        readdirSync(cache, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name);
      const markdown = join(folder.dir, "node-cache-of-markdown-run");
      lacWithCache(markdown, 0)(["init", "node-cache-md", "--answers", example("brackenford")]);
      lacWithCache(markdown, 0)(["generate", "node-cache-md"]);
      expect(folders(markdown)).toEqual([]);
      // The Word and HTML writers (formats.cjs) are loaded through Node's loader, with its cache.
      const word = join(folder.dir, "node-cache-of-word-run");
      const withWord = [
        "init",
        "node-cache-word",
        "--answers",
        example("brackenford"),
        "--set",
        "output.formats=[markdown, docx]",
      ];
      lacWithCache(word, 0)(withWord);
      const version = process.version.replaceAll(".", "\\.");
      expect(folders(word)).toEqual([expect.stringMatching(new RegExp(`^${version}-`))]);
    },
  );

  it("keeps commands.cjs's code cache apart for runs without the optimising compilers (init), which V8 refuses otherwise", () => {
    const cache = join(folder.dir, "flags-cache");
    const broken = brokenExample("flags-broken.yaml");
    const lac = lacWithCache(cache, 1);
    const written = () => cacheFiles(cache, "");
    // Both explain a problem with commands.cjs: lac validate with V8's usual flags, lac init without.
    lac(["validate", broken]);
    lac(["init", "flags-pack", "--answers", broken]);
    const first = written();
    expect(
      Object.keys(first)
        .filter((name) => name.startsWith("commands-"))
        .sort(),
    ).toEqual([
      expect.stringMatching(/^commands-[0-9a-f]{16}-explain-interpreted\.cache$/),
      expect.stringMatching(/^commands-[0-9a-f]{16}-explain\.cache$/),
    ]);
    // Each cache is used again, not made again.
    lac(["validate", broken]);
    lac(["init", "flags-pack", "--answers", broken]);
    expect(written()).toEqual(first);
  });

  it("makes and reads its code caches with the flags init starts with, after turning V8's compilers on again for the Word and HTML writers", () => {
    const cache = join(folder.dir, "baseline-cache");
    const lac = lacWithCache(cache, 0);
    const written = () => cacheFiles(cache, "");
    // The first run makes init's caches after the writers turned Sparkplug on again: they must still
    // fit the next run, which starts without it (V8 refuses a cache made with other flags).
    lac([
      "init",
      "baseline-formats",
      "--answers",
      example("brackenford"),
      "--set",
      "output.formats=[markdown, html]",
    ]);
    lac(["generate", "baseline-formats"]);
    const first = written();
    // (commands.cjs writes lac.config.yaml from the answers that --set changed.)
    expect(Object.keys(first).sort()).toEqual([
      expect.stringMatching(/^commands-[0-9a-f]{16}-explain-interpreted\.cache$/),
      expect.stringMatching(/^init-[0-9a-f]{16}-generate-interpreted\.cache$/),
      expect.stringMatching(/^init-[0-9a-f]{16}-init-interpreted\.cache$/),
      expect.stringMatching(/^templates-en-[0-9a-f]{16}-render-interpreted\.cache$/),
      expect.stringMatching(/^templates-england-[0-9a-f]{16}-render-interpreted\.cache$/),
    ]);
    // Used again, not made again, by Markdown-only runs.
    lac(["init", "baseline-markdown", "--answers", example("brackenford")]);
    lac(["generate", "baseline-markdown"]);
    expect(written()).toEqual(first);
  });

  it("replaces the partial code cache of a run that stopped early with the whole one after a complete run", () => {
    const cache = join(folder.dir, "partial-cache");
    const broken = brokenExample("partial-broken.yaml");
    const written = () => cacheFiles(cache, "init-");
    lacWithCache(cache, 1)(["init", "partial-pack", "--answers", broken]);
    const partial = written();
    expect(Object.keys(partial)).toEqual([
      expect.stringMatching(/^init-[0-9a-f]{16}-init-interpreted\.partial\.cache$/),
    ]);
    lacWithCache(cache, 0)(["init", "partial-pack", "--answers", example("brackenford")]);
    const whole = written();
    expect(Object.keys(whole)).toEqual([
      expect.stringMatching(/^init-[0-9a-f]{16}-init-interpreted\.cache$/),
    ]);
    // And the whole cache is the one used from then on, not made again.
    lacWithCache(cache, 0)(["init", "partial-pack-2", "--answers", example("brackenford")]);
    expect(written()).toEqual(whole);
  });

  it("caches the compiled code of each part of the templates apart, and uses it again", () => {
    const cache = join(folder.dir, "parts-cache");
    const lac = lacWithCache(cache, 0);
    const written = () => cacheFiles(cache, "templates-");
    lac(["init", "parts-cache-en", "--answers", example("brackenford")]);
    const first = written();
    expect(Object.keys(first).sort()).toEqual([
      expect.stringMatching(/^templates-en-[0-9a-f]{16}-render-interpreted\.cache$/),
      expect.stringMatching(/^templates-england-[0-9a-f]{16}-render-interpreted\.cache$/),
    ]);
    // Used again, not made again; a Welsh council adds its parts' caches and keeps the others.
    lac(["generate", "parts-cache-en"]);
    expect(written()).toEqual(first);
    lac(["init", "parts-cache-cy", "--answers", example("cwm-teg")]);
    const both = written();
    expect(Object.keys(both).sort()).toEqual([
      expect.stringMatching(/^templates-cy-[0-9a-f]{16}-render-interpreted\.cache$/),
      expect.stringMatching(/^templates-en-[0-9a-f]{16}-render-interpreted\.cache$/),
      expect.stringMatching(/^templates-england-[0-9a-f]{16}-render-interpreted\.cache$/),
      expect.stringMatching(/^templates-wales-[0-9a-f]{16}-render-interpreted\.cache$/),
    ]);
    expect(both).toMatchObject(first);
  }, 60_000);

  it("takes the yaml library from commands.cjs in init.cjs, rather than bundling it twice", () => {
    // One of the yaml library's own messages (its parser's), as a mark of the library being bundled.
    const yamlMessage = "Implicit keys need to be on a single line";
    expect(readFileSync(join(dist, "commands.cjs"), "utf8")).toContain(yamlMessage);
    expect(readFileSync(join(dist, "init.cjs"), "utf8")).not.toContain(yamlMessage);
  });

  it("has bundles in ASCII only, which Node.js decodes on its fast path", () => {
    const bundles = readdirSync(dist).filter((name) => name.endsWith(".cjs"));
    expect(bundles).toContain("commands.cjs");
    for (const name of bundles) {
      expect(/[\u0080-\uffff]/.exec(readFileSync(join(dist, name), "utf8")), name).toBeNull();
    }
  });
});
