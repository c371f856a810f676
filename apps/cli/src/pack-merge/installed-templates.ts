import nodeModule from "node:module";
import { isAbsolute, join } from "node:path";
import type { TemplateSet } from "@lac/documents";
import { changelog, markdownlintConfig, sourceHashes, templateSet } from "@lac/templates";

/** The templates lac renders with: the set bundled with this lac, its pack files and its release notes. */
export interface InstalledTemplates {
  readonly templateSet: TemplateSet;
  readonly markdownlintConfig: string;
  /** CHANGELOG.md of the templates ("" when the release has none). */
  readonly changelog: string;
  /** The hash of each template's and partial's source ("documents/…", "partials/…" → "sha256-…"). */
  readonly sourceHashes: Readonly<Record<string, string>>;
}

/**
 * FOR TESTS ONLY: the absolute path of a CommonJS module exporting `templateSet` (and optionally
 * `markdownlintConfig`, `changelog` and `sourceHashes`), rendered with instead of the bundled templates, so that the
 * end-to-end tests can make a pack with one release of the templates and update it to another. It is
 * not a way for councils to use their own templates and is not part of lac's interface.
 */
export const TEST_TEMPLATE_SET_ENV = "LAC_TEST_TEMPLATE_SET";

export function installedTemplates(env: Readonly<Record<string, string | undefined>>): InstalledTemplates {
  const bundled = { templateSet, markdownlintConfig, changelog, sourceHashes };
  const file = env[TEST_TEMPLATE_SET_ENV];
  if (file === undefined || file === "" || !isAbsolute(file)) return bundled;
  const loaded = nodeModule.createRequire(file)(file) as Partial<InstalledTemplates>;
  return {
    templateSet: loaded.templateSet ?? templateSet,
    markdownlintConfig: loaded.markdownlintConfig ?? markdownlintConfig,
    changelog: loaded.changelog ?? "",
    sourceHashes: loaded.sourceHashes ?? {},
  };
}

/**
 * The Handlebars source of each installed template and partial ("documents/…", "partials/…"), for lac
 * templates: built into their own bundle (dist/template-sources.cjs), loaded only by that command.
 */
export function installedTemplateSources(
  env: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string>> {
  const file = env[TEST_TEMPLATE_SET_ENV];
  if (file !== undefined && file !== "" && isAbsolute(file)) {
    const loaded = nodeModule.createRequire(file)(file) as { templateSources?: Record<string, string> };
    return loaded.templateSources ?? {};
  }
  const bundle = join(__dirname, "template-sources.cjs");
  return (nodeModule.createRequire(bundle)(bundle) as { templateSources: Record<string, string> })
    .templateSources;
}
