import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/receipt-cy.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
});
