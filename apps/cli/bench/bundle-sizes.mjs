// Browser bundle sizes of the domain packages, as an application would bundle them: esbuild
// --bundle --minify of a file that imports what it uses. The packages' `sideEffects: false`, zod
// imported as a namespace and top-level values built in /* @__PURE__ */ expressions let esbuild drop
// what is not imported, zod's locales included. esbuild keeps a /* @__PURE__ */ call whose arguments
// call something unannotated (`z.strictObject({ id: z.string().min(1) })`), so a schema or table
// built from such calls is wrapped whole: `/* @__PURE__ */ (() => z.strictObject({ … }))()`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const readPackageJson = (folder) => JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));

/** The budgets from the release issue (#12), in bytes of minified output. */
export const BUNDLES = [
  {
    id: "principles",
    name: "`principles` from @lac/principles",
    code: `import { principles } from "@lac/principles"; console.log(principles);`,
    maxBytes: 10 * 1024,
  },
  {
    id: "principles-consent-journeys",
    name: "@lac/principles + @lac/consent + @lac/journeys (log, decide, replay, summarise)",
    code: [
      `import { principles } from "@lac/principles";`,
      `import { appendRecord, decideSharing, emptyConsentLog } from "@lac/consent";`,
      `import { parseJourneyLog, replayJourney, summarise } from "@lac/journeys";`,
      `console.log(principles, appendRecord, decideSharing, emptyConsentLog, parseJourneyLog, replayJourney, summarise);`,
    ].join("\n"),
    maxBytes: 170 * 1024,
  },
  {
    id: "consent-journeys-readme",
    name: "everything the READMEs of @lac/consent and @lac/journeys import (no budget)",
    code: [
      `import { getPrinciple, principles } from "@lac/principles";`,
      `import { parsePersonRef } from "@lac/person-ref";`,
      `import { appendRecord, checkLawfulBasis, decideSharing, emptyAuditTrail, emptyConsentLog, exportFhirR5Consent, exportIso27560Record, recordDecision } from "@lac/consent";`,
      `import { applyEvent, parseJourneyId, parseJourneyLog, replayJourney, summarise } from "@lac/journeys";`,
      `console.log(getPrinciple, principles, parsePersonRef, appendRecord, checkLawfulBasis, decideSharing, emptyAuditTrail, emptyConsentLog, exportFhirR5Consent, exportIso27560Record, recordDecision, applyEvent, parseJourneyId, parseJourneyLog, replayJourney, summarise);`,
    ].join("\n"),
  },
  {
    id: "questions",
    name: "the question model of @lac/questions, with the @lac/council schema it checks answers with (no budget)",
    code: [
      `import { councilQuestions, valueFromText } from "@lac/questions";`,
      `import { validateCouncilConfig } from "@lac/council";`,
      `console.log(councilQuestions, valueFromText, validateCouncilConfig);`,
    ].join("\n"),
  },
];

const FOLDERS = {
  "@lac/principles": "packages/principles",
  "@lac/person-ref": "packages/person-ref",
  "@lac/lawful-basis": "packages/lawful-basis",
  "@lac/consent": "packages/consent",
  "@lac/journeys": "packages/journeys",
  "@lac/council": "packages/council",
  "@lac/questions": "packages/questions",
};

/** Bundles each case from the built packages (run `pnpm build` first); sizes in bytes. */
export async function bundleSizes(repo) {
  const workspace = {
    name: "lac-workspace",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^@lac\// }, (args) => {
        // A package and an entry of its exports ("@lac/council" or "@lac/council/quick").
        const [, name, subpath] = /^(@lac\/[^/]+)(\/.*)?$/.exec(args.path) ?? [];
        const folder = FOLDERS[name];
        if (!folder) return { errors: [{ text: `bundle-sizes: no folder for ${args.path}` }] };
        const entry = readPackageJson(join(repo, folder)).exports?.[`.${subpath ?? ""}`]?.default;
        if (!entry)
          return { errors: [{ text: `bundle-sizes: ${name} exports no "${`.${subpath ?? ""}`}"` }] };
        return { path: join(repo, folder, entry) };
      });
    },
  };
  const results = [];
  for (const bundle of BUNDLES) {
    const output = await build({
      stdin: { contents: bundle.code, resolveDir: repo, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
      plugins: [workspace],
    });
    const bytes = output.outputFiles[0].contents.byteLength;
    results.push({ id: bundle.id, name: bundle.name, bytes, maxBytes: bundle.maxBytes ?? null });
  }
  return results;
}

/** The budgets that a result breaks, as sentences. */
export function bundleFailures(results) {
  return results
    .filter((r) => r.maxBytes !== null && r.bytes > r.maxBytes)
    .map(
      (r) =>
        `${r.name}: ${(r.bytes / 1024).toFixed(1)} KiB minified, budget ${(r.maxBytes / 1024).toFixed(0)} KiB`,
    );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const repo = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..", "..");
  const results = await bundleSizes(repo);
  for (const r of results) console.log(`${r.name}: ${(r.bytes / 1024).toFixed(1)} KiB`);
  const failures = bundleFailures(results);
  if (failures.length > 0) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  }
}
