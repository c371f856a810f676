export { BASES_FILE, CONFIG_FILE, MARKDOWNLINT_FILE, SCHEMA_FILE, STATE_FILE } from "./pack-paths.js";
export type { PackFile, TextPackFile } from "./pack-file.js";
export { mergedTextFiles } from "./text-files.js";
export {
  BASES_VERSION,
  basesFile,
  basesFileLayout,
  basesFileParts,
  parseBases,
  serialiseBases,
} from "./bases-file.js";
export type { Bases, ParseBasesResult } from "./bases-file.js";
export type { TextFilesInputs } from "./text-files.js";
export { documentTitle, formatFiles, formatOptionsFor } from "./format-files.js";
export type {
  DocxWriter,
  FormatFilesInputs,
  FormatOptionsInputs,
  FormatWriters,
  HtmlWriter,
  TemplateSetName,
} from "./format-files.js";
export { MAX_LOGO_BYTES, checkLogo, logoAlt, logoTooLargeMessage } from "./logo.js";
export type { CheckedLogo, LogoCheck, LogoName } from "./logo.js";
export {
  CONTENT_HASH_PREFIX,
  PACK_STATE_VERSION,
  READABLE_PACK_STATE_VERSIONS,
  serialisePackState,
} from "./pack-state.js";
export type { PackState } from "./pack-state.js";
export { newPackFiles } from "./new-pack.js";
export type { NewPackInputs } from "./new-pack.js";
