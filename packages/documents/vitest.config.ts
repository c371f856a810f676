import { defineConfig } from "vitest/config";

// The property-based tests run hundreds of cases; on a busy machine they can take longer than
// vitest's default 5 seconds.
export default defineConfig({ test: { testTimeout: 30_000 } });
