import { lstatSync, readdirSync, unlinkSync } from "node:fs";
import { join, posix } from "node:path";
import { LAC_STATE_PATH } from "./lac-state.js";
import { locatePackFile, resolveTargetRoot } from "./locate-pack-file.js";
import { TEMP_FILE_PATTERN } from "./write-file-atomic.js";

export interface LeftoverTempFiles {
  /** Removed temporary files, as pack paths (relative to the target folder, with `/`). */
  readonly removed: readonly string[];
  /** Temporary files lac found but could not remove, with the operating system's error code. */
  readonly kept: readonly { readonly path: string; readonly code: string }[];
}

/**
 * Removes the temporary files a lac run that was killed while writing left behind
 * (`.README.md.lac-7b5fa719c65c.tmp`): only files whose name matches exactly the pattern lac gives them
 * (`TEMP_FILE_PATTERN`), only regular files, and only in the folders lac writes to: those of
 * `packPaths` and `.lac`. Each is checked like a pack file, so nothing is removed through a symbolic
 * link or outside the target folder.
 *
 * Call it only while holding the pack lock: another lac run's temporary files are then not there.
 */
export async function removeLeftoverTempFiles(
  targetDir: string,
  packPaths: Iterable<string>,
): Promise<LeftoverTempFiles> {
  const removed: string[] = [];
  const kept: { path: string; code: string }[] = [];
  const rooted = await resolveTargetRoot(targetDir);
  if (!rooted.ok) return { removed, kept };
  const root = rooted.root;
  const folders = new Set<string>([posix.dirname(LAC_STATE_PATH)]);
  for (const path of packPaths) folders.add(posix.dirname(path));

  for (const folder of [...folders].sort()) {
    let names: string[];
    try {
      names = readdirSync(join(root.dir, ...folder.split("/")));
    } catch {
      continue; // Not there (yet), or not readable: nothing of lac's to find.
    }
    for (const name of names.filter((candidate) => TEMP_FILE_PATTERN.test(candidate)).sort()) {
      const path = folder === "." ? name : `${folder}/${name}`;
      const location = await locatePackFile(root, path);
      if (!location.ok || !location.exists) continue;
      try {
        if (!lstatSync(location.absolutePath).isFile()) continue;
        unlinkSync(location.absolutePath);
        removed.push(path);
      } catch (error) {
        kept.push({ path, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
    }
  }
  return { removed, kept };
}
