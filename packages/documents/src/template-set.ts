import type { TemplateSpecification } from "./handlebars-runtime.js";
import type { ManifestInput } from "./manifest.js";

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
