import { defineConfig } from "vitest/config";

// Snapshot and client tests render whole packs: on a loaded 2-core CI machine they need more than
// vitest's default 5 s. Nothing here asserts timings.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 } });
