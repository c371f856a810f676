import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { hashContent, withPackLock, writeFileAtomic } from "../pack-files/index.js";

/** The record of what lac wrote into reports/, so that a report edited by hand is never overwritten unasked. */
export const REPORTS_MANIFEST = "reports/.lac-reports.json";

export interface ReportFile {
  /** Relative to the pack folder, with "/" (reports/…). */
  readonly path: string;
  readonly content: string | Uint8Array;
}

export type WriteReportResult =
  | { readonly ok: true; readonly written: readonly string[]; readonly unchanged: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly conflicts?: readonly string[] };

function readManifest(folder: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, REPORTS_MANIFEST), "utf8")) as { files?: unknown };
    if (typeof parsed.files === "object" && parsed.files !== null)
      return parsed.files as Record<string, string>;
  } catch {
    // No manifest (or a damaged one): every existing file counts as not written by lac.
  }
  return {};
}

/**
 * Writes the report's files into the pack folder under the pack's rules: the pack lock is held throughout,
 * each file is written atomically (a temporary file renamed into place), and a file that exists but is not
 * what lac last wrote there (edited by hand, or not written by lac) is a conflict: nothing is written
 * unless `force`.
 */
export async function writeReportFiles(
  folder: string,
  files: readonly ReportFile[],
  options: { readonly force: boolean; readonly shownDir: string },
): Promise<WriteReportResult> {
  const locked = await withPackLock(
    folder,
    { command: "lac report", shownDir: options.shownDir },
    async () => {
      const manifest = readManifest(folder);
      const conflicts: string[] = [];
      const toWrite: ReportFile[] = [];
      const unchanged: string[] = [];
      for (const file of files) {
        const target = join(folder, file.path);
        const hash = hashContent(file.content);
        if (existsSync(target)) {
          const onDisk = hashContent(readFileSync(target));
          if (onDisk === hash) {
            unchanged.push(file.path);
            manifest[file.path] = hash;
            continue;
          }
          if (manifest[file.path] !== onDisk && !options.force) {
            conflicts.push(file.path);
            continue;
          }
        }
        toWrite.push(file);
      }
      if (conflicts.length > 0) {
        return {
          ok: false as const,
          conflicts,
          message: `${conflicts.length} file${conflicts.length === 1 ? " was" : "s were"} changed since lac wrote ${conflicts.length === 1 ? "it" : "them"} (or not written by lac): ${conflicts.join(", ")}. Move ${conflicts.length === 1 ? "it" : "them"} aside, or run again with --force to overwrite. Nothing was written.`,
        };
      }
      const written: string[] = [];
      for (const file of toWrite) {
        const target = join(folder, file.path);
        mkdirSync(dirname(target), { recursive: true });
        await writeFileAtomic(target, file.content);
        manifest[file.path] = hashContent(file.content);
        written.push(file.path);
      }
      const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
      mkdirSync(join(folder, "reports"), { recursive: true });
      await writeFileAtomic(
        join(folder, REPORTS_MANIFEST),
        `${JSON.stringify({ files: sorted }, null, 2)}\n`,
      );
      return { ok: true as const, written, unchanged };
    },
  );
  if (!locked.ok) return { ok: false, message: `${locked.error.message} Nothing was written.` };
  return locked.value;
}
