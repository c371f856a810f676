import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * The page may load only its own files: no request to another site, none at all from the code
 * (connect-src 'none'). Added to the built page only: the dev server talks to its own websocket.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "lac-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative paths: the site works from any folder (GitHub Pages project sites, a file share).
  base: "./",
  plugins: [contentSecurityPolicy()],
  resolve: {
    alias: [
      // The sources, so that the Word writer (to-docx) and the HTML writer (to-html) land in
      // chunks of their own: the HTML writer loads after the renderer, the Word writer only on download.
      {
        find: /^@lac\/pack-formats$/,
        replacement: fileURLToPath(new URL("../../packages/pack-formats/src/index.ts", import.meta.url)),
      },
      {
        find: /^@lac\/pack-formats\/(links|image-type)$/,
        replacement: fileURLToPath(new URL("../../packages/pack-formats/src/$1.ts", import.meta.url)),
      },
    ],
  },
  build: {
    target: "es2022",
    outDir: "dist",
    // dist/.vite/manifest.json: which chunks each part loads, for the size benchmark.
    manifest: true,
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The zip library, which the download and the Word writer share: a chunk named for what it does
        // (loaded with the first download, not with the renderer).
        manualChunks: (id) => (/[\\/]node_modules[\\/]fflate[\\/]/.test(id) ? "zip" : undefined),
        // The Markdown reader that the HTML and Word writers share (micromark, mdast): named so, not
        // after whichever of its modules the bundler picks.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]pack-formats[\\/]src[\\/]parse-markdown\.ts$/.test(id))
            ? "assets/markdown-[hash].js"
            : "assets/[name]-[hash].js",
      },
    },
  },
});
