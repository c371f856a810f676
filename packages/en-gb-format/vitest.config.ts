import { defineConfig } from "vitest/config";

// Property tests run hundreds or thousands of generated cases: on a loaded 2-core CI machine they need
// more than vitest's default 5 s. Nothing here asserts timings.
export default defineConfig({ test: { testTimeout: 60_000 } });
