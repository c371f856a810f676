// The Word writer (docx), loaded only when a pack with Word files is downloaded.
export { markdownToDocx } from "@lac/pack-formats";
