import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/render.ts", "src/template-overrides.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
});
