export type RenderProblemCode =
  | "invalid-manifest"
  | "missing-template"
  | "missing-value"
  | "missing-helper"
  | "missing-partial"
  | "missing-list"
  | "unsafe-path"
  | "duplicate-path"
  | "no-documents"
  | "invalid-config"
  | "invalid-template-set"
  | "invalid-options"
  | "render-failed"
  | "template-syntax"
  | "unknown-template";

/** Why a pack could not be rendered, with the document, template and field concerned. */
export interface RenderProblem {
  readonly code: RenderProblemCode;
  readonly message: string;
  readonly documentId?: string;
  /** Template file, e.g. "documents/implementation-plan.hbs". */
  readonly template?: string;
  /** The missing field, helper or partial. */
  readonly field?: string;
  readonly line?: number;
  readonly column?: number;
}

/** A problem zod found in a manifest: where, and what. */
export interface ManifestIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The `invalid-manifest` problems of a template set's manifest, one for each issue found in it. */
export function invalidManifestProblems(issues: readonly ManifestIssue[]): RenderProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    return {
      code: "invalid-manifest",
      field,
      message: `The template manifest is invalid at ${field || "its root"}: ${issue.message}`,
    };
  });
}

/** The council's template a render error happened in, when it happened in one (see renderPack). */
const overrideFileOf = new WeakMap<object, string>();

/** Marks an error as thrown by the council's template `file`, unless a template it called was marked first. */
export function markOverrideError(error: unknown, file: string): void {
  if (error !== null && typeof error === "object" && !overrideFileOf.has(error))
    overrideFileOf.set(error, file);
}

const missingValue = /^"(.+)" not defined in .* - (\d+):(\d+)$/s;
const missingHelper = /^Missing helper: "(.+)"$/;
const missingPartial = /^The partial (.+) could not be found$/;

/** Turns an exception thrown by a Handlebars template into a problem a template author can act on. */
export function problemFromTemplateError(
  error: unknown,
  documentId: string,
  template: string,
): RenderProblem {
  const text = error instanceof Error ? error.message : String(error);
  const overrideFile = error !== null && typeof error === "object" ? overrideFileOf.get(error) : undefined;
  if (overrideFile !== undefined) return overrideProblem(text, documentId, overrideFile);
  const where = `documents/${template}.hbs`;
  let match = missingValue.exec(text);
  if (match) {
    const [, field = "", line = "0", zeroBasedColumn = "0"] = match;
    const column = String(Number(zeroBasedColumn) + 1);
    return {
      code: "missing-value",
      documentId,
      template: where,
      field,
      line: Number(line),
      column: Number(column),
      message: `${where}:${line}:${column}: the value "${field}" is missing. Add it to the configuration, or guard it in the template with {{#if …}}.`,
    };
  }
  match = missingHelper.exec(text);
  if (match) {
    return {
      code: "missing-helper",
      documentId,
      template: where,
      field: match[1],
      message: `${where}: there is no helper "${match[1]}". Use one of the helpers listed in docs/template-authoring.md.`,
    };
  }
  match = missingPartial.exec(text);
  if (match) {
    return {
      code: "missing-partial",
      documentId,
      template: where,
      field: match[1],
      message: `${where}: there is no partial "${match[1]}". Add partials/${match[1]}.hbs to the template set.`,
    };
  }
  return { code: "render-failed", documentId, template: where, message: `${where}: ${text}` };
}

/** A render error in one of the council's own templates: the file is theirs, so is the fix. */
function overrideProblem(text: string, documentId: string, file: string): RenderProblem {
  let match = missingValue.exec(text);
  if (match) {
    const [, field = "", line = "0", zeroBasedColumn = "0"] = match;
    const column = Number(zeroBasedColumn) + 1;
    return {
      code: "missing-value",
      documentId,
      template: file,
      field,
      line: Number(line),
      column,
      message: `${file}:${line}:${column}: "${field}" is not in the pack's data for this document. lac templates list shows the data a template can use; guard optional values with {{#if …}}.`,
    };
  }
  match = missingPartial.exec(text);
  if (match) {
    return {
      code: "missing-partial",
      documentId,
      template: file,
      field: match[1],
      message: `${file}: there is no partial "${match[1]}". Use a partial of lac templates list, or add partials/${match[1]}.hbs to the templates folder.`,
    };
  }
  return { code: "render-failed", documentId, template: file, message: `${file}: ${text}` };
}
