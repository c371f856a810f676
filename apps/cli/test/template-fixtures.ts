import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { templateHelperNames } from "@lac/documents";
import Handlebars from "handlebars";
import { parse } from "yaml";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const REAL_MANIFEST = fileURLToPath(new URL("../../../templates/manifest.yaml", import.meta.url));

/**
 * Precompiles a fixture template set (test/fixtures/templates-<release>) the way templates/ is built,
 * into a CommonJS module that lac loads through LAC_TEST_TEMPLATE_SET. Returns the module's path.
 */
export function buildTemplateFixture(release: "old" | "new", version: string, outDir: string): string {
  const root = join(FIXTURES, `templates-${release}`);
  const options = {
    strict: true,
    noEscape: true,
    knownHelpers: Object.fromEntries(templateHelperNames.map((name) => [name, true])),
    knownHelpersOnly: true,
  };
  const documents = join(root, "documents");
  // The sources by name, as @lac/templates/sources has them, and their hashes, as @lac/templates has them.
  const sources: Record<string, string> = {};
  const templates = readdirSync(documents, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => {
      const name = relative(documents, join(documents, file))
        .split(sep)
        .join("/")
        .replace(/\.hbs$/, "");
      const source = readFileSync(join(documents, file), "utf8");
      sources[`documents/${name}`] = source;
      return `${JSON.stringify(name)}: ${Handlebars.precompile(source, options)}`;
    });
  const sourceHashes = Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [
      name,
      `sha256-${createHash("sha256").update(source, "utf8").digest("hex")}`,
    ]),
  );
  // The documents are the fixture's own; the programme phases are those of the real templates.
  const manifest = {
    ...(parse(readFileSync(join(root, "manifest.yaml"), "utf8")) as object),
    phases: (parse(readFileSync(REAL_MANIFEST, "utf8")) as { phases: unknown }).phases,
  };
  const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  const file = join(outDir, `templates-${release}.cjs`);
  writeFileSync(
    file,
    `module.exports = {
  templateSet: {
    name: "@lac/templates",
    version: ${JSON.stringify(version)},
    manifest: ${JSON.stringify(manifest)},
    templates: { ${templates.join(",\n")} },
    partials: {},
  },
  changelog: ${JSON.stringify(changelog)},
  sourceHashes: ${JSON.stringify(sourceHashes)},
  templateSources: ${JSON.stringify(sources)},
};
`,
  );
  return file;
}

/**
 * The two releases of the fixture template set that the templates and update tests use: "old" (1.0.0)
 * and "new" (1.1.0), built into `outDir` by `build()` (in a beforeAll), and the environment that makes lac
 * use each.
 */
export function templateSetReleases(outDir: string) {
  let oldRelease = "";
  let newRelease = "";
  return {
    build(): void {
      oldRelease = buildTemplateFixture("old", "1.0.0", outDir);
      newRelease = buildTemplateFixture("new", "1.1.0", outDir);
    },
    withOld: () => ({ LAC_TEST_TEMPLATE_SET: oldRelease }),
    withNew: () => ({ LAC_TEST_TEMPLATE_SET: newRelease }),
  };
}
