import { configDefaults, defineConfig } from "vitest/config";

// End-to-end tests start the built lac many times: on a loaded 2-core CI machine they need more than
// vitest's default 5 s. Nothing here asserts timings.
//
// The real-client checks (LibreOffice, Chromium, mammoth; the HTML pages in Chromium at a phone's width)
// check the documents, which do not depend on the Node.js version: .ci/run's extra runs on Node.js 22 and
// 24 (LAC_CI_NODE set) leave them out, so that they run once, on the machine's Node.js, with everything else.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    exclude: process.env.LAC_CI_NODE
      ? [
          ...configDefaults.exclude,
          "test/clients.e2e.test.ts",
          "test/clients-timeline.e2e.test.ts",
          "test/clients-docx-layout.e2e.test.ts",
          "test/clients-html.e2e.test.ts",
          "test/narrow-screen.e2e.test.ts",
        ]
      : configDefaults.exclude,
  },
});
