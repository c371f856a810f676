// The "en" part of the bundled templates, a bundle of its own (templates-en.cjs; see tsup.config.ts).
export { partials, templates } from "@lac/templates/parts/en";
