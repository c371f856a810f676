// lac validate's own bundle (validate.cjs): the command with what it needs to tell a valid
// configuration (@lac/council/quick, the YAML reader), without the other commands, the documents,
// the templates or Handlebars. zod and the council's schemas are not in it: they are taken from
// commands.cjs to explain a problem (council-schemas-from-commands.ts).
import { mainOf } from "./run-command.js";

export const main = mainOf({ validate: () => import("./commands/validate.js") });
