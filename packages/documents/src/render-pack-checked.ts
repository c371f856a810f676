// renderPack of the main entry: gives checkedManifestOf (manifest-check.ts) zod's schema of a manifest
// before it renders, so that it checks a template set whose manifest was not checked when it was built,
// even where a bundler leaves out manifest.ts's own call (this reference keeps manifest.ts). The
// zod-free @lac/documents/render has render-pack.ts's renderPack alone.
import type { CouncilConfig } from "@lac/council";
import { manifestSchema } from "./manifest.js";
import { useManifestSchema } from "./manifest-check.js";
import {
  renderPack as renderWithCheckedManifests,
  type RenderOptions,
  type RenderPackResult,
} from "./render-pack.js";
import type { TemplateSet } from "./template-set.js";

/**
 * Renders the implementation pack of a council in memory: no file system, no terminal.
 *
 * `config` must be a validated configuration (from `parseCouncilConfig` or `validateCouncilConfig`
 * of `@lac/council`). `templateSet` is a set of precompiled templates, such as `templateSet` from
 * `@lac/templates`. Every problem (a missing value, helper, partial or template, an unsafe or
 * duplicate path) is returned, with the template and field named; nothing is thrown. `options` says
 * how each document's text is given: as a string (the default), or as UTF-8 bytes (`{ utf8: true }`).
 */
export function renderPack(
  config: CouncilConfig,
  templateSet: TemplateSet,
  options?: RenderOptions,
): RenderPackResult {
  useManifestSchema(manifestSchema);
  return renderWithCheckedManifests(config, templateSet, options);
}
