import * as z from "zod";

import { ruleCheck } from "./named-rules.js";
import { EXAMPLE } from "./templates-folder-problem.js";

export { templatesFolderProblem } from "./templates-folder-problem.js";

export const templatesFolderSchema = z
  .string({ error: `must be the path of a folder in the pack, ${EXAMPLE}` })
  .check(ruleCheck("templatesFolder"))
  .meta({
    title: "The council's own templates",
    description:
      "A folder of the pack (relative to lac.config.yaml, for example \"templates\") holding the council's own Handlebars templates (optional). A file there named like a bundled document or partial (documents/implementation-plan.hbs, partials/draft-notice.hbs: see lac templates list) is used instead of it; documents/ templates listed in the folder's manifest.yaml are added to the pack. Only the bundled helpers can be used. lac templates copy <name> copies a bundled template there to start from.",
  });
