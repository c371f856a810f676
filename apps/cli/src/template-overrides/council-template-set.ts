import { requireBundle } from "../node-module.js";
import { join } from "node:path";
import { setLongRunFlags } from "../v8-run-flags.js";
import type { TemplateSet } from "@lac/documents";
import type * as CompileOverrides from "./compile-overrides.js";
import type { OverrideProblem } from "./read-template-overrides.js";
import { locateManifestField, readTemplateOverrides } from "./read-template-overrides.js";

/** Loads the Handlebars compiler (dist/overrides.cjs), only when the pack has templates of its own. */
function loadCompileOverrides(): typeof CompileOverrides {
  setLongRunFlags();
  const file = join(__dirname, "overrides.cjs");
  return requireBundle(file) as typeof CompileOverrides;
}

export type CouncilTemplateSetResult =
  | {
      readonly ok: true;
      readonly templateSet: TemplateSet;
      /** The bundled templates and partials the council's own replace ("documents/…", "partials/…"). */
      readonly overridden: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly OverrideProblem[] };

/**
 * The templates a pack is rendered with: the installed set, with the council's own templates (the
 * folder `templates:` of lac.config.yaml names) in their place, compiled now. Without a folder, or
 * with an empty one, the installed set as it is (and the compiler is not loaded).
 */
export function councilTemplateSet(
  packDir: string,
  shownPackDir: string,
  folder: string | undefined,
  installed: TemplateSet,
  load: () => typeof CompileOverrides = loadCompileOverrides,
): CouncilTemplateSetResult {
  const read = readTemplateOverrides(packDir, folder, shownPackDir);
  if (!read.ok) return read;
  if (read.overrides === undefined) return { ok: true, templateSet: installed, overridden: [] };
  const applied = load().applyTemplateOverrides(installed, read.overrides);
  if (applied.ok) return applied;
  const manifestFile = read.overrides.manifest?.file;
  return {
    ok: false,
    problems: applied.errors.map((error) => {
      const file = error.template ?? manifestFile ?? "";
      const inManifest =
        file === manifestFile && error.field !== undefined && read.manifestText !== undefined;
      const place = inManifest ? locateManifestField(read.manifestText!, error.field!) : undefined;
      const line = error.line ?? place?.line;
      const column = error.column ?? place?.column;
      // The messages start with the file (and place): shown once, in front.
      const message = error.message.replace(/^[^\s:]+(:\d+:\d+)?: /, "");
      return { file, ...(line === undefined ? {} : { line, column: column ?? 1 }), message };
    }),
  };
}

/** "templates/documents/plan.hbs:3:5" */
export function overrideProblemPlace(problem: OverrideProblem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}
