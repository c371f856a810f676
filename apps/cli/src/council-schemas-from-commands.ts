// council-schemas-loader.ts in validate.cjs: zod and the council's schemas are taken from
// commands.cjs (beside validate.cjs), which holds them, rather than bundled a second time; they are
// needed only to explain a configuration's problem.
import nodeModule from "node:module";
import { join } from "node:path";
import type * as Main from "./main.js";

export const loadCouncilSchemas: typeof Main.loadCouncilSchemas = () =>
  (nodeModule.createRequire(__filename)(join(__dirname, "commands.cjs")) as typeof Main).loadCouncilSchemas();
