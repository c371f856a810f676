import { requireBundle } from "../node-module.js";
import { join } from "node:path";
import { setLongRunFlags } from "../v8-run-flags.js";
import type * as DerivedFormats from "./make-derived-files.js";

/**
 * Loads the Word and HTML writers, built into their own bundle beside the commands
 * (dist/formats.cjs), only when a Word or HTML file is to be made.
 */
export function loadDerivedFormats(): typeof DerivedFormats {
  setLongRunFlags();
  const file = join(__dirname, "formats.cjs");
  return requireBundle(file) as typeof DerivedFormats;
}
