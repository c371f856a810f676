import type { TemplateSpecification } from "./handlebars-runtime.js";
import type { Manifest, ManifestInput } from "./manifest.js";

/**
 * A set of precompiled templates: what `@lac/templates` ships, or what a council builds from its
 * own templates with `Handlebars.precompile(source, { strict: true, noEscape: true })`.
 */
export interface TemplateSet {
  /** Package name or other label of the set, recorded with what it renders. */
  readonly name: string;
  /** Version of the set, recorded with what it renders. */
  readonly version: string;
  /** Which documents exist, for which nation and language, and where each is written. */
  readonly manifest: ManifestInput;
  /**
   * The same object as `manifest` when the set's build checked the manifest with `manifestSchema` and
   * wrote the result (defaults filled in), as @lac/templates does: renderPack then uses it without
   * checking it again. Leave it out for a manifest not checked that way; a set whose `manifest` is
   * replaced (not the same object) is checked again. Do not change a checked manifest in place.
   */
  readonly checkedManifest?: Manifest;
  /** Precompiled templates by name (their path under documents/ without .hbs). */
  readonly templates: Readonly<Record<string, TemplateSpecification>>;
  /** Precompiled partials by name. */
  readonly partials: Readonly<Record<string, TemplateSpecification>>;
  /**
   * The file of each template that is the council's own ("documents/plan" or "partials/x" → its path in
   * the pack), so that a render error in one is reported at its file (see applyTemplateOverrides).
   */
  readonly files?: Readonly<Record<string, string>>;
}
