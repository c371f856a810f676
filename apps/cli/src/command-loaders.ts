import type { CommandModule } from "./command-spec.js";

/** The code of each command, loaded only when that command runs. */
export const commandLoaders: Readonly<Record<string, () => Promise<CommandModule>>> = {
  init: () => import("./commands/init.js"),
  generate: () => import("./commands/generate.js"),
  update: () => import("./commands/update.js"),
  validate: () => import("./commands/validate.js"),
  principles: () => import("./commands/principles.js"),
  schema: () => import("./commands/schema.js"),
  consent: () => import("./commands/consent.js"),
  templates: () => import("./commands/templates.js"),
  report: () => import("./commands/report.js"),
};
