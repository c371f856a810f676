// `@lac/council/quick`: the parts of the package that need no zod, for a program that must start
// fast (the lac CLI). It reads a configuration and tells a valid one, with its warnings, exactly as
// `parseCouncilConfig` and `validateCouncilConfig` do, through the quick validator's plan, which is
// generated from the zod schema; a configuration with a problem gives `undefined`, and only then is
// the main entry (`@lac/council`, which builds zod's schemas) needed, to explain it with zod's
// messages. It also holds the package's data and helpers that need no schema.
export { parseCouncilConfigQuickly, validateCouncilConfigQuickly } from "./quick-validate-council-config.js";
export { COUNCIL_PREDICATES } from "./council-refinements.js";
export * from "./zod-free.js";
export { COUNCIL_CONFIG_SCHEMA_PATH } from "./config-file-paths.js";
export { NATIONS, nationLabels } from "./nation-labels.js";
export type { Nation } from "./nation.js";
// Looking up a field's default, choices and kind of value without zod: in the quick validator's plan
// (generated from the schema), or in a zod schema one already has (by its definitions).
export { planAt, planChoices, planDefault, planValueType } from "./plan-walk.js";
export type { PlanNode } from "./plan-walk.js";
export { choicesOf, schemaAt, schemaDefault, valueTypeOf } from "./definition-walk.js";
