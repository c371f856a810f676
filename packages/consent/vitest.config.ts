import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README examples import "@lac/consent"; in this package's own tests that name means the source.
// Property tests run thousands of generated cases: on a loaded 2-core CI machine they need more than
// vitest's default 5 s. Nothing here asserts timings.
export default defineConfig({
  test: { testTimeout: 180_000 },
  resolve: {
    alias: { "@lac/consent": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
});
