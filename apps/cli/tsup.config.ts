import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const shared = {
  platform: "node",
  target: "node20",
  format: "cjs",
  outExtension: () => ({ js: ".cjs" }),
  splitting: false,
  treeshake: true,
  minify: process.env.LAC_NO_MINIFY !== "1",
  dts: false,
  define: { __LAC_VERSION__: JSON.stringify(version) },
} as const;

// Four CommonJS files (CommonJS starts faster than ES modules on Node.js 20, and can be loaded
// through a V8 code cache):
export default defineConfig([
  // The executable: answers --version and --help by itself, and loads the commands when one runs.
  { ...shared, entry: { lac: "src/bin.ts" } },
  // Every command, with its dependencies (zod, yaml, the Handlebars runtime, the precompiled
  // templates); each command's code runs only when that command does.
  { ...shared, entry: { commands: "src/main.ts" }, noExternal: [/.*/] },
  // The prompt library, loaded only when lac asks questions.
  { ...shared, entry: { prompts: "src/questions/inquirer-prompts.ts" }, noExternal: [/.*/] },
  // The Word and HTML writers (docx, the Markdown parser), loaded only when output.formats asks for them.
  { ...shared, entry: { formats: "src/derived-formats/derive-pack-files.ts" }, noExternal: [/.*/] },
]);
