// Loads zod's schema of the state file, to explain a state file that the quick check refuses. In
// init.cjs, which holds no zod, this module is replaced by council-schemas-from-commands.ts, which
// takes it from commands.cjs.
export const loadLacStateSchema = () => import("./lac-state-schema.js");
