// What each Word or HTML file of a pack is made from, as one hash, so that lac generate can keep a file
// made from the same Markdown, options and writers instead of making it again (most of the time of a
// pack with Word files). The writers give the same bytes for the same input (reproducible-docx.ts of
// @lac/pack-formats), so a file made from the same input is the file they would make now.
import type { ConvertOptions, PackFormat } from "@lac/pack-formats";
import { hashContent, type ContentHash } from "../pack-files/content-hash.js";
import { resolveTargetRootNow } from "../pack-files/locate-pack-file.js";
import { inspectPackFileNow, type PackFileLooks } from "../pack-files/plan-pack-write.js";
import { LAC_VERSION } from "../version.js";

/** The Word and HTML formats: those made from a Markdown document. */
export type DerivedFormat = Exclude<PackFormat, "markdown">;

/** The layout of the text that is hashed: a change of it makes every file again once. */
const DERIVED_SOURCE_LAYOUT = 1;

/** Hashes of the pictures in the options (the council's logo), which every document of a pack shares. */
const pictureHashes = new WeakMap<Uint8Array, string>();

function pictureHash(bytes: Uint8Array): string {
  let hash = pictureHashes.get(bytes);
  if (hash === undefined) {
    hash = hashContent(bytes);
    pictureHashes.set(bytes, hash);
  }
  return hash;
}

declare const __LAC_WRITERS_HASH__: string | undefined;

/**
 * Which writers make the Word and HTML files: lac's version, and the content hash of the writers' bundle
 * (formats.cjs), which the build writes into this one (scripts/hash-bundle.mjs), so that a build with
 * other writers under the same version (one not yet released) makes the files again. lac's version alone
 * in the sources (under a test runner).
 */
export const WRITERS: string =
  typeof __LAC_WRITERS_HASH__ === "string" ? `${LAC_VERSION} ${__LAC_WRITERS_HASH__}` : LAC_VERSION;

/**
 * The value with each picture in it (bytes) replaced by the hash of its bytes: JSON.stringify would call
 * a Buffer's toJSON (the logo read from a file is one), an array of every byte, before any replacer.
 */
function withPictureHashes(value: unknown): unknown {
  if (value instanceof Uint8Array) return pictureHash(value);
  if (Array.isArray(value)) return value.map(withPictureHashes);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withPictureHashes(inner)]));
}

/**
 * The hash of what a Word or HTML file is made from: its format, its document's Markdown, every option
 * given to the writer (the logo as the hash of its bytes) and the writers that make it (WRITERS). Equal
 * hashes, equal files.
 */
export function derivedSourceHash(
  format: DerivedFormat,
  markdown: string,
  options: ConvertOptions,
  writers: string = WRITERS,
): string {
  const optionsText = JSON.stringify(withPictureHashes(options));
  return hashContent(
    `lac derived ${DERIVED_SOURCE_LAYOUT}\n${writers}\n${format}\n${optionsText}\n${markdown}`,
  );
}

/** What the state file recorded of the pack before this run (`files` and `derived` of .lac/state.json). */
export interface DerivedRecord {
  readonly files: Readonly<Record<string, string>>;
  readonly derived?: Readonly<Record<string, string>>;
}

/** The record's own value for the key (not one its prototype has, for a path such as "constructor"). */
function ownValue(record: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A file of the pack as it is on disk: its bytes and their hash. */
export interface PackFileOnDisk {
  readonly bytes: Buffer;
  readonly hash: ContentHash;
}

/** Reads a file of the pack by its path in the pack; undefined when it is not there or cannot be read. */
export type PackFileReader = (path: string) => PackFileOnDisk | undefined;

/**
 * Reads the pack's files as the plan of the write does (inside the pack folder, through no link), and,
 * given the plan's `looked`, once for both: the plan then compares a kept file without reading it again.
 */
export function packFileReader(packDir: string, looked?: PackFileLooks): PackFileReader {
  const rooted = looked !== undefined ? looked.targetRoot(packDir) : resolveTargetRootNow(packDir);
  return (path) => {
    if (!rooted.ok) return undefined;
    const inspection = inspectPackFileNow(rooted.root, path, looked, "bytes");
    if (!inspection.ok || inspection.current === undefined || inspection.currentHash === undefined)
      return undefined;
    return { bytes: inspection.current, hash: inspection.currentHash };
  };
}

/**
 * The file at `path` in the pack, when the state file says it was made from `sourceHash` and it is still
 * as lac wrote it (its hash is the one recorded): bytes for Word, text for HTML. Undefined otherwise,
 * and when it cannot be read: then it is made again.
 */
export function keptDerivedFile(
  read: PackFileReader,
  path: string,
  format: DerivedFormat,
  sourceHash: string,
  before: DerivedRecord | undefined,
): string | Uint8Array | undefined {
  const recorded = ownValue(before?.files, path);
  if (recorded === undefined || ownValue(before?.derived, path) !== sourceHash) return undefined;
  const file = read(path);
  if (file === undefined || file.hash !== recorded) return undefined;
  // The HTML was written as UTF-8 from text, so it decodes to that text, whose hash is the same.
  return format === "html" ? file.bytes.toString("utf8") : file.bytes;
}
