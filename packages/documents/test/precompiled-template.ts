import Handlebars from "handlebars";
import { templateHelperNames } from "../src/helpers.js";
import type { TemplateSet } from "../src/template-set.js";

/**
 * A template's source precompiled as lac's build precompiles it (strict, no HTML escaping, only the
 * bundled helpers), and made into the object the Handlebars runtime takes, for tests' own template sets.
 */
export function precompiledTemplate(
  source: string,
  options: { readonly knownHelpersOnly?: boolean } = {},
): TemplateSet["templates"][string] {
  const code = Handlebars.precompile(source, {
    strict: true,
    noEscape: true,
    knownHelpers: Object.fromEntries(templateHelperNames.map((name) => [name, true])),
    ...options,
  }) as unknown as string;
  return new Function(`return ${code}`)() as TemplateSet["templates"][string];
}
