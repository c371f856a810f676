import { mergeConfig } from "vite";
import { defineConfig } from "vitest/config";
import viteConfig from "./vite.config.js";

// Rendering and comparing whole packs, and driving Chromium, take longer than vitest's default 5 s
// on a loaded 2-core CI machine. Nothing here asserts timings.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: { testTimeout: 120_000, hookTimeout: 120_000, include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
  }),
);
