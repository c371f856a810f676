// The question model of a council's implementation pack: one question, its help, its default and
// its check, used by the `lac` command (prompts, --set, the answers file) and the web pack builder.
export type {
  Answers,
  AnswerKind,
  FieldQuestion,
  GroupQuestion,
  Question,
  SectionQuestion,
} from "./question.js";
export { choiceLabel } from "./question.js";
export { councilQuestions } from "./council-questions.js";
export { textFromValue, valueFromText } from "./answer-value.js";
export {
  compareConfigPaths,
  formatConfigPath,
  getAt,
  listGap,
  parseConfigPath,
  setAt,
} from "./config-path.js";
export type { ConfigPath, ParsePathResult } from "./config-path.js";
export { expandMissingAnswers } from "./missing-answers.js";
export type { PromptApi } from "./prompt-api.js";
export { resolveAnswers } from "./resolve-answers.js";
export type { QuestionContext, ResolveOptions } from "./resolve-answers.js";
export { parseSetAssignment, questionKinds } from "./set-assignment.js";
export type { SetAssignment, SetAssignmentResult } from "./set-assignment.js";
