// The question model of a council's implementation pack: one question, its help, its default and
// its check, used by the `lac` command (prompts, --set, the answers file) and the web pack builder.
// Everything of `@lac/questions/quick` (the model without zod), and `expandMissingAnswers`.
export * from "./quick.js";
export { expandMissingAnswers } from "./missing-answers.js";
