// The HTML writer (the previews and the pack's .html files), loaded after the renderer (engine.ts).
export { markdownToHtml } from "@lac/pack-formats";
