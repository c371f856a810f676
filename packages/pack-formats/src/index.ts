export { markdownToDocx } from "./to-docx.js";
export { markdownToHtml } from "./to-html.js";
export { detectImageType, imageSize } from "./image-type.js";
export type { ImageType } from "./image-type.js";
export { FONT_NAME, HEX_COLOUR, resolveStyle } from "./house-style.js";
export type { ResolvedStyle } from "./house-style.js";
export { isPackMarkdownLink, linkForFormat, pathForFormat } from "./links.js";
export { generatedNotice } from "./generated-notice.js";
export { hasEmptyHeader, isGanttBlock, parseMarkdown, plainText } from "./parse-markdown.js";
export { isPageBreak, PAGE_BREAK } from "./page-break.js";
export { timelineGrid, timelineSvg } from "./timeline.js";
export type { TimelineGrid, TimelineMonth } from "./timeline.js";
export { DEFAULT_FONT, DEFAULT_HEADING_COLOUR } from "./options.js";
export type {
  ConvertOptions,
  DerivedFormat,
  Figure,
  HouseStyle,
  LogoImage,
  PackFormat,
  TimelinePhase,
} from "./options.js";
