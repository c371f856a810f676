import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// One bundle with its dependencies, split so that each command's code (and prompts, zod, yaml and the
// templates) loads only when that command runs. CommonJS dependencies (handlebars) need `require`.
export default defineConfig({
  entry: { lac: "src/lac.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  noExternal: [/.*/],
  treeshake: true,
  minify: true,
  clean: true,
  dts: false,
  define: { __LAC_VERSION__: JSON.stringify(version) },
  banner: {
    js: 'import { createRequire as __lacCreateRequire } from "node:module"; const require = __lacCreateRequire(import.meta.url);',
  },
});
