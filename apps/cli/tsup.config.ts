import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import { withDocxAttributesGatheredOnce } from "./src/derived-formats/docx-attributes.js";

const { version: packageVersion } = JSON.parse(
  readFileSync(new URL("./package.json", import.meta.url), "utf8"),
) as { version: string };

/**
 * The version lac prints. A released package has its own version (the first release, through
 * changesets, is 0.1.0). A build of a version never released (0.0.0 in package.json, that is a
 * source build from a clone) says so, with the git description when there is one, rather than
 * claim a 0.0.0 release: "0.0.0-unreleased+g34e8757".
 */
function lacVersion(): string {
  if (packageVersion !== "0.0.0") return packageVersion;
  let description = "";
  try {
    description = execFileSync("git", ["describe", "--always", "--dirty"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .replace(/[^0-9A-Za-z-]+/g, "-");
  } catch {
    // Not a git checkout: no description.
  }
  return description ? `0.0.0-unreleased+g${description.replace(/^g/, "")}` : "0.0.0-unreleased";
}

/**
 * Writes each bundle's esbuild metafile to dist/meta/, from which scripts/third-party-notices.mjs
 * lists the packages bundled into lac and their licences (then deletes the folder).
 */
function metafileOf(name: string): NonNullable<Options["esbuildPlugins"]>[number] {
  return {
    name: "lac-metafile",
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        mkdirSync(new URL("./dist/meta/", import.meta.url), { recursive: true });
        writeFileSync(new URL(`./dist/meta/${name}.json`, import.meta.url), JSON.stringify(result.metafile));
      });
    },
  };
}
/**
 * In validate.cjs and init.cjs, zod, the council's schemas and what uses them are taken from
 * commands.cjs when a problem must be explained (or a question asked, or the configuration written from
 * the answers), rather than bundled a second time (council-schemas-from-commands.ts).
 */
const councilSchemasFromCommands: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "council-schemas-from-commands",
  setup(build) {
    const loaders = /\/(council-schemas|missing-answers|documents|lac-state-schema)-loader\.js$/;
    build.onResolve({ filter: loaders }, () => ({
      path: fileURLToPath(new URL("./src/council-schemas-from-commands.ts", import.meta.url)),
    }));
  },
};

/**
 * Vega's canvas module, in its Node.js build, tries `await import("canvas")` at the top level, which a
 * CommonJS bundle cannot hold. lac draws charts as SVG with no canvas, so it takes the browser build,
 * which finds no canvas outside a browser and gives none.
 */
const vegaWithoutCanvas: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "vega-without-canvas",
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, async (args) => {
      if (args.pluginData === "vega-without-canvas") return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "vega-without-canvas",
      });
      return { path: resolved.path.replace(/vega-canvas\.node\.js$/, "vega-canvas.browser.js") };
    });
  },
};

/**
 * The `yaml` library, loaded only when a function of it is first called: the modules that import it
 * (lac's quick YAML reader, which builds yaml's document model only to locate a problem; the council
 * configuration's writer; --set's flow lists; the council templates' manifest) are set up at start-up,
 * but a run that reads and writes valid files calls none of it. Each of yaml's exports becomes a getter
 * that loads the library on first use, so nothing else changes.
 */
const lazyYaml: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "lazy-yaml",
  setup(build) {
    const require = createRequire(new URL("../../packages/council/package.json", import.meta.url));
    const yamlEntry = require.resolve("yaml");
    const names = Object.keys(require("yaml") as object).filter((name) => name !== "default");
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace === "lazy-yaml" ? { path: yamlEntry } : { path: "yaml", namespace: "lazy-yaml" },
    );
    build.onLoad({ filter: /^yaml$/, namespace: "lazy-yaml" }, () => ({
      loader: "js",
      resolveDir: dirname(yamlEntry),
      contents: [
        "let yaml;",
        // The start-up test (test/record-zod.cjs) reads this mark to tell that yaml was loaded.
        'const load = () => (yaml ??= ((globalThis.__lacYamlLoaded = true), require("yaml")));',
        `for (const name of ${JSON.stringify(names)}) {`,
        "  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });",
        "}",
      ].join("\n"),
    }));
  },
};

/**
 * docx's `hashedId` (the SHA-1 that names each picture of a Word document) worked out by Node.js's own SHA-1
 * (src/derived-formats/docx-hashed-id.ts, the same hex digest) instead of docx's JavaScript one: a tenth of
 * lac report's Word report. And the attributes of docx's `NextAttributeComponent` (most elements' attributes)
 * gathered into one object (src/derived-formats/docx-attributes.ts: the same keys, order and values) instead of
 * a new copy of the object for each attribute, which was a third of the Word report's time. The build fails if docx's code is no
 * longer what this replaces.
 */
const docxHashedId: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "docx-hashed-id",
  setup(build) {
    const fast = fileURLToPath(new URL("./src/derived-formats/docx-hashed-id.ts", import.meta.url));
    const definition = "var hashedId = (data) => ";
    build.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = withDocxAttributesGatheredOnce(readFileSync(args.path, "utf8"), args.path);
      const at = source.indexOf(definition);
      if (at < 0 || source.indexOf(definition, at + 1) >= 0) {
        throw new Error(`docx-hashed-id: ${args.path} no longer defines hashedId as expected`);
      }
      const contents =
        `import { lacHashedId as __lacHashedId } from ${JSON.stringify(fast)};\n` +
        source.slice(0, at) +
        "var hashedId = (data) => __lacHashedId(data, __docxHashedId);\n" +
        "var __docxHashedId = (data) => " +
        source.slice(at + definition.length);
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

/**
 * In init.cjs, the `yaml` library is taken from commands.cjs on first use, rather than bundled a
 * second time (a ninth of init.cjs): a valid run never calls it; a run that does (to locate a problem,
 * write lac.config.yaml from the answers, read --set's flow lists or a template manifest) mostly loads
 * commands.cjs anyway. Each of yaml's exports becomes a getter, as in lazy-yaml. The getters are made once,
 * on the prototype of the module's exports, which hold none of their own: each module that imports yaml
 * gets its copy of the exports from esbuild's __toESM, which copies own properties one by one (a closure
 * and a property for each of yaml's forty exports, five times in init.cjs) but keeps the prototype.
 */
const yamlFromCommands: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "yaml-from-commands",
  setup(build) {
    const require = createRequire(new URL("../../packages/council/package.json", import.meta.url));
    const names = Object.keys(require("yaml") as object).filter((name) => name !== "default");
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: "yaml", namespace: "yaml-from-commands" }));
    build.onLoad({ filter: /^yaml$/, namespace: "yaml-from-commands" }, () => ({
      loader: "js",
      resolveDir: fileURLToPath(new URL("./src/", import.meta.url)),
      contents: [
        'const { loadYamlLibrary } = require("./council-schemas-from-commands.ts");',
        "const getters = {};",
        `for (const name of ${JSON.stringify(names)}) {`,
        "  Object.defineProperty(getters, name, { enumerable: true, get: () => loadYamlLibrary()[name] });",
        "}",
        "module.exports = Object.create(getters);",
      ].join("\n"),
    }));
  },
};

/**
 * The JSON Schema of lac.config.yaml as lac writes it (.lac/lac.config.schema.json) and prints it (lac schema):
 * the text of @lac/council/lac.config.schema.json as `JSON.stringify(schema, null, 2)` and a newline, made
 * once here rather than on every run from an object bundled into lac.
 */
const councilSchemaText = (() => {
  const require = createRequire(new URL("./package.json", import.meta.url));
  const schema = JSON.parse(
    readFileSync(require.resolve("@lac/council/lac.config.schema.json"), "utf8"),
  ) as unknown;
  return `${JSON.stringify(schema, null, 2)}\n`;
})();

/**
 * Writes that text to dist/lac.config.schema.json (src/config-json-schema.ts reads it).
 * test/schema-file.e2e.test.ts checks it against the council's schema.
 */
const councilSchemaFile: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "council-schema-file",
  setup(build) {
    build.onEnd(() => {
      mkdirSync(new URL("./dist/", import.meta.url), { recursive: true });
      writeFileSync(new URL("./dist/lac.config.schema.json", import.meta.url), councilSchemaText);
    });
  },
};

/**
 * The parts of the bundled templates (@lac/templates/parts/<part>: the English ones, those of one nation,
 * the Welsh ones), each a bundle of its own (templates-<part>.cjs), required through lac's code cache when
 * a render first needs one of its templates (src/pack-merge/installed-templates.ts): a pack loads only the
 * parts its documents use, and each part's compiled code is cached apart.
 */
const TEMPLATE_PARTS = ["en", "england", "wales", "cy"] as const;
const templatePartsFromFiles: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "template-parts-from-files",
  setup(build) {
    build.onResolve({ filter: /^@lac\/templates\/parts\/[a-z]+$/ }, (args) => ({
      path: args.path.slice("@lac/templates/parts/".length),
      namespace: "template-parts-from-files",
    }));
    build.onLoad({ filter: /.*/, namespace: "template-parts-from-files" }, (args) => ({
      loader: "js",
      resolveDir: fileURLToPath(new URL("./src/", import.meta.url)),
      contents: [
        'const { loadBundle } = require("./compiled-code-cache.ts");',
        "let bundle;",
        "const load = () => {",
        "  if (bundle === undefined) {",
        `    const file = require("node:path").join(__dirname, ${JSON.stringify(`templates-${args.path}.cjs`)});`,
        '    bundle = loadBundle(file, "render", process.env);',
        '    process.once("exit", () => bundle.saveCache());',
        "  }",
        "  return bundle.exports;",
        "};",
        'for (const name of ["templates", "partials"]) {',
        "  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });",
        "}",
      ].join("\n"),
    }));
  },
};

const shared = {
  platform: "node",
  target: "node20",
  format: "cjs",
  outExtension: () => ({ js: ".cjs" }),
  splitting: false,
  treeshake: true,
  minify: process.env.LAC_NO_MINIFY !== "1",
  dts: false,
  define: {
    __LAC_VERSION__: JSON.stringify(lacVersion()),
    // The content hash of formats.cjs, the Word and HTML writers, written over this placeholder by
    // scripts/hash-bundle.mjs once formats.cjs is built (derived-source.ts).
    __LAC_WRITERS_HASH__: JSON.stringify(`lac-writers-${"0".repeat(64)}`),
    // The length of dist/lac.config.schema.json in bytes and in UTF-16 code units, so that lac writes its
    // bytes as they are, without decoding them into a string and encoding it again (config-json-schema.ts).
    __LAC_SCHEMA_FILE_LENGTHS__: JSON.stringify({
      bytes: Buffer.byteLength(councilSchemaText),
      text: councilSchemaText.length,
    }),
  },
} as const;

// Nine CommonJS files (CommonJS starts faster than ES modules on Node.js 20, and can be loaded
// through a V8 code cache):
export default defineConfig([
  // The executable: answers --version and --help by itself, and loads the commands when one runs.
  { ...shared, entry: { lac: "src/bin.ts" }, esbuildPlugins: [metafileOf("lac")] },
  // Every command, with its dependencies (zod, yaml, the Handlebars runtime, the precompiled
  // templates); each command's code runs only when that command does.
  {
    ...shared,
    entry: { commands: "src/main.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [
      lazyYaml,
      docxHashedId,
      templatePartsFromFiles,
      councilSchemaFile,
      metafileOf("commands"),
    ],
  },
  // lac validate alone, with what it needs to tell a valid configuration (a sixth of commands.cjs),
  // loaded instead of commands.cjs; it loads commands.cjs (zod's schemas) only to explain a problem.
  {
    ...shared,
    entry: { validate: "src/main-validate.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [councilSchemasFromCommands, lazyYaml, metafileOf("validate")],
  },
  // lac init and lac generate, with what they need to write a valid pack, without zod or the other
  // commands (half the size of commands.cjs), loaded instead of commands.cjs; they load commands.cjs
  // (zod's schemas) only to explain a problem, ask questions at a prompt or write lac.config.yaml.
  {
    ...shared,
    entry: { init: "src/main-init.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [
      councilSchemasFromCommands,
      yamlFromCommands,
      docxHashedId,
      templatePartsFromFiles,
      councilSchemaFile,
      metafileOf("init"),
    ],
  },
  // The parts of the bundled templates, each loaded (through lac's code cache) only by a render that
  // needs one of its templates: templates-en.cjs, templates-england.cjs, templates-wales.cjs, templates-cy.cjs.
  {
    ...shared,
    entry: Object.fromEntries(
      TEMPLATE_PARTS.map((part) => [`templates-${part}`, `src/template-parts/${part}.ts`]),
    ),
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("templates")],
  },
  // The prompt library, loaded only when lac asks questions.
  {
    ...shared,
    entry: { prompts: "src/questions/inquirer-prompts.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("prompts")],
  },
  // The Word and HTML writers (docx, the Markdown parser), loaded only when output.formats asks for them.
  {
    ...shared,
    entry: { formats: "src/derived-formats/make-derived-files.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [docxHashedId, metafileOf("formats")],
  },
  // The Handlebars compiler, loaded only when a pack has templates of its own (templates: in lac.config.yaml).
  {
    ...shared,
    entry: { overrides: "src/template-overrides/compile-overrides.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("overrides")],
  },
  // The sources of the bundled templates, loaded only by lac templates (list, show, copy).
  {
    ...shared,
    entry: { "template-sources": "src/template-overrides/template-sources.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("template-sources")],
  },
  // lac report: the evaluation report, with the chart library (Vega, Vega-Lite) and the Word and HTML
  // writers, loaded instead of commands.cjs when lac report runs.
  {
    ...shared,
    entry: { report: "src/main-report.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [vegaWithoutCanvas, docxHashedId, metafileOf("report")],
  },
  // lac report's second thread, which draws Word's picture of each chart (resvg's loader only; the WebAssembly
  // and the font are in dist/report-assets/).
  {
    ...shared,
    entry: { "report-raster": "src/report/chart-raster-worker.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("report-raster")],
  },
  // The three-way merge and the unified diff (node-diff3, jsdiff), loaded only when a file needs them.
  {
    ...shared,
    entry: { merge: "src/pack-merge/merge-text.ts" },
    noExternal: [/.*/],
    esbuildPlugins: [metafileOf("merge")],
  },
]);
