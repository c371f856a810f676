// The "england" part of the bundled templates, a bundle of its own (templates-england.cjs; see tsup.config.ts).
export { partials, templates } from "@lac/templates/parts/england";
