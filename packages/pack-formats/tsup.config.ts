import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/links.ts", "src/image-type.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
});
