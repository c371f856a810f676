import { defineConfig } from "vitest/config";

// Packing and installing every package into fresh projects takes minutes on a loaded machine.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 600_000 } });
