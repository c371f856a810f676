// The "wales" part of the bundled templates, a bundle of its own (templates-wales.cjs; see tsup.config.ts).
export { partials, templates } from "@lac/templates/parts/wales";
