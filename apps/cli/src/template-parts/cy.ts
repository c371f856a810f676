// The "cy" part of the bundled templates, a bundle of its own (templates-cy.cjs; see tsup.config.ts).
export { partials, templates } from "@lac/templates/parts/cy";
