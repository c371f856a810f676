import { requireBundle } from "../node-module.js";
import { join } from "node:path";
import { setLongRunFlags } from "../v8-run-flags.js";
import type * as MergeText from "./merge-text.js";

/**
 * Loads the three-way merge and the unified diff (node-diff3 and jsdiff), built into their own bundle
 * beside the commands (dist/merge.cjs), only when a file needs merging or a diff is asked for.
 */
export function loadMerge(): typeof MergeText {
  setLongRunFlags();
  const file = join(__dirname, "merge.cjs");
  return requireBundle(file) as typeof MergeText;
}
