// lac init's and lac generate's own bundle (init.cjs): the two commands with what they need to write a
// valid pack (@lac/council/quick, @lac/questions/quick, @lac/documents/render, the templates,
// Handlebars' runtime), without the other commands. zod, the council's schemas and what uses them are
// not in it: they are taken from commands.cjs to explain a problem, ask questions at a prompt or write
// lac.config.yaml from the answers (council-schemas-from-commands.ts).
import { mainOf } from "./run-command.js";

export const main = mainOf({
  init: () => import("./commands/init.js"),
  generate: () => import("./commands/generate.js"),
});
