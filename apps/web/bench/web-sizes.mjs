// The web pack builder's JavaScript, gzipped, as a browser downloads it (from the Vite manifest of
// apps/web/dist): the first load, the first load with the renderer and the templates an English
// council's pack is rendered from (and a Welsh council's in Welsh and English, for comparison), the
// HTML writer fetched after the renderer, the zip writer, the configuration's JSON Schema, the
// templates' hashes and the Word writer. Budgets from issue #15. Also times rendering the example's previews and checking one
// field (a benchmark, not a test). Called by apps/cli/bench/run-benchmark.mjs; run alone with
// `node apps/web/bench/web-sizes.mjs` after `pnpm --filter web build`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const KIB = 1024;
export const WEB_BUDGETS = { firstLoad: 150 * KIB, withRenderer: 300 * KIB };

function chunksFrom(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunksFrom(manifest, imported, into);
  return into;
}

/** Gzipped bytes of each part of the site; undefined when the site is not built. */
export function webSizes(repo) {
  const dist = join(repo, "apps/web/dist");
  const manifestFile = join(dist, ".vite/manifest.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const gz = (files) =>
    [...files].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).byteLength,
      0,
    );
  const first = chunksFrom(manifest, "index.html");
  // The renderer with the parts of the templates it fetches for a council (engine.ts): the example's
  // (an English council: the English documents and England's), and a Welsh council's in Welsh and English.
  const withParts = (parts) =>
    parts.reduce(
      (chunks, part) => chunksFrom(manifest, `../../templates/dist/parts/${part}.js`, chunks),
      chunksFrom(manifest, "src/pack/engine.ts", new Set(first)),
    );
  const renderer = withParts(["en", "england"]);
  const welshRenderer = withParts(["en", "wales", "cy"]);
  // The zip library (a chunk of its own, vite.config.ts), fetched with the first download; the Word
  // writer, which uses it too, with the first download of a pack with Word files.
  const zip = new Set(
    Object.keys(manifest)
      .filter((key) => /^_zip-[\w-]+\.js$/.test(key))
      .map((key) => manifest[key].file),
  );
  // The HTML writer (the previews and the .html files), fetched after the renderer, while the first page
  // is read: not part of what rendering needs. The Word writer, with the first download of a pack with
  // Word files, needs only its own chunk then (the Markdown reader came with the HTML writer).
  const html = chunksFrom(manifest, "src/pack/html-writer.ts", new Set(renderer));
  const word = chunksFrom(manifest, "src/pack/docx-writer.ts", new Set([...html, ...zip]));
  // The configuration's JSON Schema, fetched with the first pack downloaded (.lac/lac.config.schema.json).
  const schema = chunksFrom(
    manifest,
    "../../packages/council/dist/lac.config.schema.json",
    new Set(renderer),
  );
  // The hashes of the templates' sources, which the pack's state records: fetched with the first download.
  const sourceHashes = chunksFrom(manifest, "../../templates/dist/source-hashes.js", new Set(renderer));
  const css = (manifest["index.html"].css ?? []).map((file) => file);
  return {
    firstLoadBytes: gz(first),
    withRendererBytes: gz(renderer),
    withRendererWelshBytes: gz(welshRenderer),
    htmlWriterBytes: gz([...html].filter((file) => !renderer.has(file))),
    wordWriterBytes: gz([...word].filter((file) => !html.has(file) && !zip.has(file))),
    zipBytes: gz(zip),
    schemaBytes: gz([...schema].filter((file) => !renderer.has(file))),
    sourceHashesBytes: gz([...sourceHashes].filter((file) => !renderer.has(file))),
    cssBytes: gz(css),
  };
}

export function webSizeFailures(sizes) {
  if (sizes === undefined) return ["apps/web/dist is not built: run pnpm --filter web build"];
  const failures = [];
  if (sizes.firstLoadBytes > WEB_BUDGETS.firstLoad)
    failures.push(
      `web builder first load: ${(sizes.firstLoadBytes / KIB).toFixed(1)} KiB gzipped, budget 150 KiB`,
    );
  if (sizes.withRendererBytes > WEB_BUDGETS.withRenderer)
    failures.push(
      `web builder with the renderer: ${(sizes.withRendererBytes / KIB).toFixed(1)} KiB gzipped, budget 300 KiB`,
    );
  if (sizes.withRendererWelshBytes > WEB_BUDGETS.withRenderer)
    failures.push(
      `web builder with the renderer, for a Welsh council in Welsh and English: ${(sizes.withRendererWelshBytes / KIB).toFixed(1)} KiB gzipped, budget 300 KiB`,
    );
  return failures;
}

/** The target for what a person waits for on the pack page (issue #15): the documents, then a preview. */
export const PREVIEW_TARGET_MS = 100;

/**
 * CPU milliseconds (medians, after a warm-up, so "after the code has loaded") the web builder spends on the
 * example's pack, with the same functions it calls: rendering the pack's Markdown (renderPack, once per
 * set of answers: the pack page lists the documents from it), the slowest single preview (the HTML of the
 * largest document, made only when that document is previewed), their sum against the 100 ms target, and,
 * for comparison, every preview at once. Also checking one field.
 */
export async function webTimings(repo) {
  const load = (path) => import(pathToFileURL(join(repo, path)).href);
  const council = await load("packages/council/dist/index.js");
  const { renderPack } = await load("packages/documents/dist/index.js");
  const { markdownToHtml } = await load("packages/pack-formats/dist/index.js");
  const { formatOptionsFor } = await load("packages/pack-files/dist/index.js");
  const { templateSet } = await load("templates/dist/index.js");
  const text = readFileSync(join(repo, "packages/council/examples/wendleshire.lac.config.yaml"), "utf8");
  const parsed = council.parseCouncilConfig(text);
  if (!parsed.ok) throw new Error("the example is not valid");
  const config = parsed.config;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // The CPU time of this process (user and system) rather than the time on the clock: on a machine
  // shared with other work (CI, a loaded laptop) the clock also counts the time other processes had
  // the CPU, while the code is single-threaded, so its CPU time is its time on an unloaded machine.
  const time = (run, rounds, between = () => {}) => {
    const times = [];
    for (let round = 0; round < rounds; round += 1) {
      between();
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    return median(times);
  };
  const rendered = renderPack(config, templateSet);
  if (!rendered.ok) throw new Error("the example does not render");
  const preview = (document) =>
    markdownToHtml(document.content, formatOptionsFor({ ...rendered, config }, document));
  const [largest, next] = [...rendered.documents].sort((a, b) => b.content.length - a.content.length);
  const previews = () => {
    const again = renderPack(config, templateSet);
    for (const document of again.documents) preview(document);
  };
  previews();
  const packMs = time(() => renderPack(config, templateSet), 10);
  // @lac/pack-formats keeps the tree of the last document it parsed (lac writes a document's Word and
  // HTML files from one parse): another document is previewed, untimed, before each timed preview, so
  // that every one of them parses its Markdown as a first preview does.
  const largestPreviewMs = time(
    () => preview(largest),
    10,
    () => preview(next),
  );
  const population = council.schemaAt(council.councilConfigSchema, ["council", "population"]);
  const checkField = () => population.safeParse(688400, { error: council.councilConfigErrorMap });
  return {
    packMs,
    largestPreviewMs,
    largestPreview: largest.path,
    packAndPreviewMs: packMs + largestPreviewMs,
    previewsMs: time(previews, 5),
    fieldCheckMs: time(checkField, 200),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repo = join(import.meta.dirname, "../../..");
  const sizes = webSizes(repo);
  console.log(sizes, await webTimings(repo));
  const failures = webSizeFailures(sizes);
  if (failures.length > 0) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  }
}
