import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/quick.ts", "src/argument-checks.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
});
