// `@lac/council/quick`: the parts of the package that need no zod, for a program that must start
// fast (the lac CLI). It reads a configuration and tells a valid one, with its warnings, exactly as
// `parseCouncilConfig` and `validateCouncilConfig` do, through the quick validator's plan, which is
// generated from the zod schema; a configuration with a problem gives `undefined`, and only then is
// the main entry (`@lac/council`, which builds zod's schemas) needed, to explain it with zod's
// messages. It also holds the package's data and helpers that need no schema.
export { parseCouncilConfigQuickly, validateCouncilConfigQuickly } from "./quick-validate-council-config.js";
export { COUNCIL_PREDICATES } from "./council-refinements.js";
export * from "./zod-free.js";
