// The Handlebars sources of the bundled templates, in their own bundle (dist/template-sources.cjs).
export { templateSources } from "@lac/templates/sources";
