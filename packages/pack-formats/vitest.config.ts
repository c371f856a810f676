import { defineConfig } from "vitest/config";

// Writing a Word file is CPU-bound (building XML, DEFLATE): on a busy CI machine the first one, which also
// loads the docx package, can take many seconds.
export default defineConfig({ test: { testTimeout: 60_000 } });
