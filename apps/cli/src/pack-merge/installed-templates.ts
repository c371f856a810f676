import { createRequire, requireBundle } from "../node-module.js";
import { isAbsolute, join } from "node:path";
import type { TemplateSet } from "@lac/documents";
import { changelog, lazyTemplateSet, markdownlintConfig, sourceHashes } from "@lac/templates/parts";
import type { TemplatePart, TemplatePartId } from "@lac/templates/parts";
import * as cy from "@lac/templates/parts/cy";
import * as en from "@lac/templates/parts/en";
import * as england from "@lac/templates/parts/england";
import * as wales from "@lac/templates/parts/wales";

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

/**
 * Each part of the bundled templates, loaded when a render first reads one of its templates or partials:
 * a council in England, in English, loads the English templates of every nation and England's, never the
 * Welsh ones. In lac's bundles each part is a bundle of its own (templates-<part>.cjs), loaded through
 * lac's code cache on first use (the template-parts-from-files plugin of tsup.config.ts).
 */
const TEMPLATE_PARTS: Readonly<Record<TemplatePartId, TemplatePart>> = { en, england, wales, cy };

let bundledSet: TemplateSet | undefined;

export function installedTemplates(env: Readonly<Record<string, string | undefined>>): InstalledTemplates {
  const templateSet = (bundledSet ??= lazyTemplateSet((part) => TEMPLATE_PARTS[part]));
  const bundled = { templateSet, markdownlintConfig, changelog, sourceHashes };
  const file = env[TEST_TEMPLATE_SET_ENV];
  if (file === undefined || file === "" || !isAbsolute(file)) return bundled;
  const loaded = createRequire(file)(file) as Partial<InstalledTemplates>;
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
    const loaded = createRequire(file)(file) as { templateSources?: Record<string, string> };
    return loaded.templateSources ?? {};
  }
  const bundle = join(__dirname, "template-sources.cjs");
  return (requireBundle(bundle) as { templateSources: Record<string, string> }).templateSources;
}
