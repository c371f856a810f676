// Precompiles the templates at build time, so that rendering needs only the Handlebars runtime.
// Reads manifest.yaml, documents/**/*.hbs, partials/*.hbs and pack-files/.markdownlint.jsonc; checks the manifest with the same
// schema the renderer uses, and that every template it names exists; writes dist/index.js and
// dist/index.d.ts (the whole set), dist/sources.js (the sources), and dist/parts/ (the same templates in
// parts, with the manifest, a template set that loads each part when a render first needs it, and the
// functions that the precompiled code of the set and of every part calls). Any problem stops the build
// with the file and the reason.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestSchema } from "@lac/documents";
import { parse } from "yaml";
import {
  inlineBlockHelpers,
  leanPrecompile,
  numberPlaces,
  runtimeCalls,
  runtimeExports,
} from "./compile-options.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
// How many calls of if, unless and each run without the runtime's helper call (see inlineBlockHelpers).
const blockCalls = {};

/**
 * The parts of the set (dist/parts/<part>.js), so that a program renders a council's pack loading only
 * the templates that council's documents can use: the English documents of every nation with the
 * English partials ("en"), those of one nation only ("england", "wales"), and the Welsh documents with
 * the Welsh partials ("cy"). package.json exports each.
 */
const PARTS = ["en", "england", "wales", "cy"];

function fail(message) {
  console.error(`@lac/templates: ${message}`);
  process.exit(1);
}

async function hbsFiles(folder) {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".hbs"))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

// The source of every template and partial, by its name in the pack ("documents/plan", "partials/x"):
// lac templates copy starts a council's own template from it, and lac update tells from its hash when a
// template the council overrides changed in a release.
const sources = {};

async function precompileFolder(folder) {
  const specs = [];
  // Each template compiled by the lean compiler (leanPrecompile: its lookups through LOOKUP, STRICT and VALUE),
  // with if, unless and each run inline (inlineBlockHelpers);
  // and each place in its source written as a number (numberPlaces); the functions the code calls
  // for these are declared once, in dist/parts/index.js, which the set and every part import.
  for (const file of await hbsFiles(folder)) {
    const name = relative(join(root, folder), file)
      .split(sep)
      .join("/")
      .replace(/\.hbs$/, "");
    try {
      const source = await readFile(file, "utf8");
      sources[`${folder}/${name}`] = source;
      specs.push([name, numberPlaces(inlineBlockHelpers(leanPrecompile(source), blockCalls))]);
    } catch (error) {
      fail(`${folder}/${name}.hbs: ${error.message}`);
    }
  }
  return specs;
}

const manifestText = await readFile(join(root, "manifest.yaml"), "utf8");
const manifest = manifestSchema.safeParse(parse(manifestText));
if (!manifest.success) {
  fail(
    `manifest.yaml is invalid:\n${manifest.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
  );
}
const compiledTemplates = await precompileFolder("documents");
const compiledPartials = await precompileFolder("partials");
const names = new Set(compiledTemplates.map(([name]) => name));
for (const doc of manifest.data.documents) {
  if (!names.has(doc.template))
    fail(`manifest.yaml: document "${doc.id}" names documents/${doc.template}.hbs, which does not exist.`);
}
/** The part of a document template: by the language and the nations of the documents that use it. */
function templatePart(name) {
  const docs = manifest.data.documents.filter((doc) => doc.template === name);
  if (docs.length > 0 && docs.every((doc) => doc.language === "cy")) return "cy";
  const nations = new Set(docs.flatMap((doc) => doc.nations));
  if (docs.length > 0 && !nations.has("wales")) return "england";
  if (docs.length > 0 && !nations.has("england")) return "wales";
  return "en";
}
/** The part of a partial: the Welsh ones (partials/cy/) with the Welsh documents, the others with the English ones. */
const partialPart = (name) => (name.startsWith("cy/") ? "cy" : "en");
const templateParts = Object.fromEntries(compiledTemplates.map(([name]) => [name, templatePart(name)]));
const partialParts = Object.fromEntries(compiledPartials.map(([name]) => [name, partialPart(name)]));
const exported = Object.keys(pkg.exports);
for (const part of PARTS) {
  if (!exported.includes(`./parts/${part}`)) fail(`package.json: exports has no "./parts/${part}".`);
}

// Files the pack carries as they are, beside the rendered documents.
const markdownlintConfig = await readFile(join(root, "pack-files/.markdownlint.jsonc"), "utf8");

// The release notes (written by changesets), so that lac update can say what changed between releases.
let changelog = "";
try {
  changelog = await readFile(join(root, "CHANGELOG.md"), "utf8");
} catch (error) {
  if (error.code !== "ENOENT") fail(`CHANGELOG.md: ${error.message}`);
}

const sourceHashes = Object.fromEntries(
  Object.entries(sources).map(([name, source]) => [
    name,
    `sha256-${createHash("sha256").update(source, "utf8").digest("hex")}`,
  ]),
);
const entries = (specs) => specs.map(([name, spec]) => `    ${JSON.stringify(name)}: ${spec},`).join("\n");
const setEntries = { templates: entries(compiledTemplates), partials: entries(compiledPartials) };
/** The import of the functions (of dist/parts/index.js) that precompiled `code` calls, with `names`. */
const runtimeImport = (code, from, names = []) => {
  const imported = [...names, ...runtimeCalls(code)];
  return imported.length === 0 ? "" : `import { ${imported.join(", ")} } from ${JSON.stringify(from)};`;
};
// The manifest as manifestSchema parsed it above: the set says so (checkedManifest is the same object),
// so that renderPack does not check it again at each run.
const js = `// Generated by scripts/precompile.mjs from manifest.yaml, documents/ and partials/. Do not edit.
${runtimeImport(`${setEntries.templates}\n${setEntries.partials}`, "./parts/index.js", ["manifest"])}
export { changelog, markdownlintConfig, sourceHashes } from "./parts/index.js";

export const templateSet = {
  name: ${JSON.stringify(pkg.name)},
  version: ${JSON.stringify(pkg.version)},
  manifest,
  checkedManifest: manifest,
  templates: {
${setEntries.templates}
  },
  partials: {
${setEntries.partials}
  },
};
`;
// dist/parts/index.js: what every render needs (the manifest, checked; the pack files; the hashes; the
// functions the templates of the set and of every part call) and where each template is, without the templates.
// The functions are declared here, rather than in a module of their own, so that a bundler puts them with
// lazyTemplateSet, which a program loads before any part, rather than in a chunk of their own, one more
// file to fetch (and, gzipped alone, larger than in a chunk with other code).
const partsIndexJs = `// Generated by scripts/precompile.mjs from manifest.yaml, documents/ and partials/. Do not edit.
/** The manifest, as manifestSchema of @lac/documents made it when the templates were built. */
export const manifest = ${JSON.stringify(manifest.data)};

/** The part (dist/parts/<part>.js) of each document template, by name. */
export const templateParts = ${JSON.stringify(templateParts)};

/** The part of each partial, by name. */
export const partialParts = ${JSON.stringify(partialParts)};

/**
 * The template set, with each template and partial loaded from its part (by \`loadPart\`, once a part)
 * when it is first read: renderPack of @lac/documents reads only those of the documents it renders and
 * the partials they call. It renders what \`templateSet\` of @lac/templates renders.
 */
export function lazyTemplateSet(loadPart) {
  const loaded = new Map();
  const part = (id) => {
    let value = loaded.get(id);
    if (value === undefined) {
      value = loadPart(id);
      loaded.set(id, value);
    }
    return value;
  };
  const lazy = (parts, kind) => {
    const record = {};
    for (const [name, id] of Object.entries(parts)) {
      Object.defineProperty(record, name, {
        enumerable: true,
        configurable: true,
        get: () => part(id)[kind][name],
      });
    }
    return record;
  };
  return {
    name: ${JSON.stringify(pkg.name)},
    version: ${JSON.stringify(pkg.version)},
    manifest,
    checkedManifest: manifest,
    templates: lazy(templateParts, "templates"),
    partials: lazy(partialParts, "partials"),
  };
}

/** The pack's .markdownlint.jsonc: markdownlint's default rules, except line length. */
export const markdownlintConfig = ${JSON.stringify(markdownlintConfig)};

/** CHANGELOG.md of this release of the templates ("" before the first release). */
export const changelog = ${JSON.stringify(changelog)};

/** The SHA-256 hash of each template's and partial's source, by name ("documents/pack-index", "partials/draft-notice"). */
export const sourceHashes = ${JSON.stringify(sourceHashes)};

// The functions the precompiled templates of ../index.js and of each part call, once for all of them: not
// part of the package's API (index.d.ts does not declare them).
${runtimeExports()}`;
const partsIndexDts = `import type { Manifest, TemplateSet, TemplateSpecification } from "@lac/documents";

/** The parts of the set, as \`@lac/templates/parts/<part>\` exports them. */
export type TemplatePartId = ${PARTS.map((part) => JSON.stringify(part)).join(" | ")};

/** One part of the set: some templates and partials, precompiled. */
export interface TemplatePart {
  readonly templates: Readonly<Record<string, TemplateSpecification>>;
  readonly partials: Readonly<Record<string, TemplateSpecification>>;
}

/** The manifest, as manifestSchema of @lac/documents made it when the templates were built. */
export declare const manifest: Manifest;

/** The part of each document template, by name ("data-sharing/agreement" → "england"). */
export declare const templateParts: Readonly<Record<string, TemplatePartId>>;

/** The part of each partial, by name ("cy/draft-notice" → "cy"). */
export declare const partialParts: Readonly<Record<string, TemplatePartId>>;

/**
 * The template set, with each template and partial loaded from its part (by \`loadPart\`, once a part)
 * when it is first read: renderPack of @lac/documents reads only those of the documents it renders and
 * the partials they call, so that a program loads only the parts a council needs. It renders what
 * \`templateSet\` of @lac/templates renders. \`loadPart\` returns the module of \`@lac/templates/parts/<part>\`,
 * for example with a bundler's \`require\`.
 */
export declare function lazyTemplateSet(loadPart: (part: TemplatePartId) => TemplatePart): TemplateSet;

/** The text of the pack's .markdownlint.jsonc: markdownlint's default rules, except line length (MD013), with <span> (around English text in a Welsh document) the one HTML element allowed (MD033). */
export declare const markdownlintConfig: string;

/** The text of CHANGELOG.md of this release of the templates ("" before the first release): what each release changed. */
export declare const changelog: string;

/** The SHA-256 hash ("sha256-<hex>") of each template's and partial's source, by name ("documents/pack-index", "partials/draft-notice"). */
export declare const sourceHashes: Readonly<Record<string, string>>;
`;
/** dist/parts/<part>.js: its templates and partials. */
function partJs(part) {
  const inPart = (specs, parts) => specs.filter(([name]) => parts[name] === part);
  const partTemplates = inPart(compiledTemplates, templateParts);
  const partPartials = inPart(compiledPartials, partialParts);
  const code = { templates: entries(partTemplates), partials: entries(partPartials) };
  return `// Generated by scripts/precompile.mjs from documents/ and partials/. Do not edit.
// The "${part}" part of the templates (see templateParts and partialParts of ./index.js).
${runtimeImport(`${code.templates}\n${code.partials}`, "./index.js")}

export const templates = {
${code.templates}
};

export const partials = {
${code.partials}
};
`;
}
const partDts = `import type { TemplateSpecification } from "@lac/documents";

/** This part's document templates, precompiled, by name. */
export declare const templates: Readonly<Record<string, TemplateSpecification>>;

/** This part's partials, precompiled, by name. */
export declare const partials: Readonly<Record<string, TemplateSpecification>>;
`;
// The hashes again, in a module of their own (@lac/templates/source-hashes), so that a bundle that needs
// them only when it writes a pack (the web builder, at download) can load them apart from the renderer:
// a re-export from ./parts/index.js would keep them in the renderer's chunk.
const sourceHashesJs = `// Generated by scripts/precompile.mjs from documents/ and partials/. Do not edit.
/** The SHA-256 hash of each template's and partial's source, by name ("documents/pack-index", "partials/draft-notice"). */
export const sourceHashes = ${JSON.stringify(sourceHashes)};
`;
const sourceHashesDts = `/** The SHA-256 hash ("sha256-<hex>") of each template's and partial's source, by name ("documents/pack-index", "partials/draft-notice"): what \`lac\` records in a pack's state, so that \`lac update\` can tell which bundled templates changed between releases. */
export declare const sourceHashes: Readonly<Record<string, string>>;
`;
const sourcesJs = `// Generated by scripts/precompile.mjs from documents/ and partials/. Do not edit.
/** The Handlebars source of each template and partial, by name ("documents/pack-index", "partials/draft-notice"). */
export const templateSources = ${JSON.stringify(sources)};
`;
const sourcesDts = `/** The Handlebars source of each template and partial, by name ("documents/pack-index", "partials/draft-notice"). */
export declare const templateSources: Readonly<Record<string, string>>;
`;
const dts = `import type { TemplateSet } from "@lac/documents";

/** The precompiled templates and manifest of the Local Area Coordination implementation pack. */
export declare const templateSet: TemplateSet;

/** The text of the pack's .markdownlint.jsonc: markdownlint's default rules, except line length (MD013), with <span> (around English text in a Welsh document) the one HTML element allowed (MD033). */
export declare const markdownlintConfig: string;

/** The text of CHANGELOG.md of this release of the templates ("" before the first release): what each release changed. */
export declare const changelog: string;

/** The SHA-256 hash ("sha256-<hex>") of each template's and partial's source, by name ("documents/pack-index", "partials/draft-notice"). */
export declare const sourceHashes: Readonly<Record<string, string>>;
`;
await mkdir(join(root, "dist"), { recursive: true });
await writeFile(join(root, "dist/index.js"), js);
await writeFile(join(root, "dist/index.d.ts"), dts);
await writeFile(join(root, "dist/sources.js"), sourcesJs);
await writeFile(join(root, "dist/sources.d.ts"), sourcesDts);
await writeFile(join(root, "dist/source-hashes.js"), sourceHashesJs);
await writeFile(join(root, "dist/source-hashes.d.ts"), sourceHashesDts);
await mkdir(join(root, "dist/parts"), { recursive: true });
await writeFile(join(root, "dist/parts/index.js"), partsIndexJs);
await writeFile(join(root, "dist/parts/index.d.ts"), partsIndexDts);
for (const part of PARTS) {
  await writeFile(join(root, `dist/parts/${part}.js`), partJs(part));
  await writeFile(join(root, `dist/parts/${part}.d.ts`), partDts);
}
console.log(
  `@lac/templates: precompiled ${compiledTemplates.length} templates and ${compiledPartials.length} partials (block helpers run inline: ${Object.entries(
    blockCalls,
  )
    .map(([helper, count]) => `${helper} ${count}`)
    .join(", ")}).`,
);
