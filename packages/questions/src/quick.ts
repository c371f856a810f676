// `@lac/questions/quick`: the question model without zod, for a program that must start fast (the
// lac CLI): everything of the main entry but `expandMissingAnswers`, which reads the descriptions in
// the council configuration's schema (import it from `@lac/questions` to explain missing answers).
// The defaults and choices of a resolveAnswers run with no schema in its context come from the quick
// validator's plan of the configuration (generated from the schema).
export type {
  Answers,
  AnswerKind,
  FieldQuestion,
  GroupQuestion,
  MoreChoices,
  OfferedChoices,
  Question,
  SectionQuestion,
} from "./question.js";
export {
  addItemMessage,
  choiceLabel,
  choiceLabels,
  choiceListWords,
  itemName,
  moreChoicesOf,
  offeredChoices,
  tickableChoices,
  withAlwaysChosen,
} from "./question.js";
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
export type { PromptApi } from "./prompt-api.js";
export { resolveAnswers } from "./resolve-answers.js";
export type { QuestionContext, ResolveOptions } from "./resolve-answers.js";
export { parseSetAssignment, questionKinds } from "./set-assignment.js";
export type { SetAssignment, SetAssignmentResult } from "./set-assignment.js";
export {
  askedAs,
  fixInQuestionWords,
  messageInQuestionWords,
  missingAnswerText,
  problemInQuestionWords,
  promptWords,
  questionAt,
  questionLabel,
  withItemWords,
  withKeyWords,
  problemPlace,
  withQuestionWords,
} from "./question-words.js";
export type { QuestionWords } from "./question-words.js";
