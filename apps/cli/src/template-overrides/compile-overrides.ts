// The Handlebars compiler and the checks of the council's templates, built into their own bundle
// (dist/overrides.cjs) and loaded only when a pack has templates of its own.
export { applyTemplateOverrides } from "@lac/documents/template-overrides";
