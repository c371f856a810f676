// The Handlebars runtime only: templates are precompiled at build time, so the compiler is never loaded.
// The CommonJS runtime is its module's default export; its types are those of the full package.
import * as runtimeModule from "handlebars/runtime.js";
import type HandlebarsNamespace from "handlebars";

export type HandlebarsRuntime = typeof HandlebarsNamespace;
export type TemplateSpecification = Parameters<HandlebarsRuntime["template"]>[0];
export type HelperDelegate = HandlebarsNamespace.HelperDelegate;

const runtime = (runtimeModule as unknown as { default: HandlebarsRuntime }).default;

/** A fresh, isolated Handlebars environment (its own helpers and partials). */
export function createHandlebarsEnvironment(): HandlebarsRuntime {
  return runtime.create();
}
