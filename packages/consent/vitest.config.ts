import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README examples import "@lac/consent"; in this package's own tests that name means the source.
export default defineConfig({
  resolve: {
    alias: { "@lac/consent": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
});
