import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README examples import "@lac/consent" and "@lac/consent/receipt-cy"; in this package's own tests those
// names mean the source.
// Property tests run thousands of generated cases: on a loaded 2-core CI machine they need more than
// vitest's default 5 s. Nothing here asserts timings.
export default defineConfig({
  test: { testTimeout: 180_000 },
  resolve: {
    alias: [
      {
        find: /^@lac\/consent\/receipt-cy$/,
        replacement: fileURLToPath(new URL("./src/receipt-cy.ts", import.meta.url)),
      },
      { find: /^@lac\/consent$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
});
