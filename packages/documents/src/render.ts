// `@lac/documents/render`: rendering a pack without zod, for a program that must start fast (the lac
// CLI). It renders a template set whose manifest was checked when the set was built (as the bundled
// templates of @lac/templates are); a set with a manifest not checked before (council templates that add
// documents) needs the main entry, @lac/documents, to be loaded too, which checks it with zod.
export type { RenderProblem, RenderProblemCode } from "./render-problem.js";
export { renderPack } from "./render-pack.js";
export type { RenderOptions, RenderPackResult, RenderWarning, RenderedDocument } from "./render-pack.js";
export type { Utf8Text } from "./utf8-batches.js";
export type { TemplateSet } from "./template-set.js";
export type { TemplateSpecification } from "./handlebars-runtime.js";
