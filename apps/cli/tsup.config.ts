import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const shared = {
  platform: "node",
  target: "node20",
  treeshake: true,
  minify: process.env.LAC_NO_MINIFY !== "1",
  dts: false,
  define: { __LAC_VERSION__: JSON.stringify(version) },
} as const;

export default defineConfig([
  // The executable: a small CommonJS file that answers --version and --help by itself.
  {
    ...shared,
    entry: { lac: "src/bin.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    splitting: false,
    external: ["./main.js"],
  },
  // The commands: one ES module bundle with its dependencies, split so that each command's code
  // (and the prompts, zod, yaml and the templates) loads only when that command runs. CommonJS
  // dependencies (handlebars) need `require`.
  {
    ...shared,
    entry: { main: "src/main.ts" },
    format: ["esm"],
    splitting: true,
    noExternal: [/.*/],
    banner: {
      js: 'import { createRequire as __lacCreateRequire } from "node:module"; const require = __lacCreateRequire(import.meta.url);',
    },
  },
]);
