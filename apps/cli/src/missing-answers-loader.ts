// Loads @lac/questions' main entry (expandMissingAnswers reads the descriptions in zod's schemas), to
// explain missing answers. In init.cjs, which holds no zod, this module is replaced by
// council-schemas-from-commands.ts, which takes it from commands.cjs.
export const loadMissingAnswers = () => import("@lac/questions");
