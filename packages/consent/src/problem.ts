import type * as z from "zod";

/**
 * An expected problem with some input: a stable `code`, the `path` of the field at fault
 * (such as `"recipients[0].role"`, or `""` for the whole value) and a `message` saying what is wrong and how to fix it.
 */
export interface Problem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/**
 * Adds a problem found by a refinement to zod's issues, at `path` within the value refined (`[]` for the value
 * itself). One short call for the many rules of the records' schemas.
 */
export function customIssue(ctx: z.RefinementCtx, path: PropertyKey[], message: string): void {
  ctx.addIssue({ code: "custom", path, message });
}

/** Writes a path such as `["recipients", 0, "role"]` as `"recipients[0].role"`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Joins a prefix and a path: `joinPath("records[2]", "person")` is `"records[2].person"`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

const NO_FREE_TEXT =
  "Records hold no free text about the person: keep notes in your own case file and refer to them by id.";

/** Turns zod issues into problems with readable paths and messages. */
export function problemsFromZod(error: z.ZodError, prefix = ""): Problem[] {
  return error.issues.map((issue) => {
    const path = joinPath(prefix, formatPath(issue.path));
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.map((key) => `"${key}"`).join(", ");
      return {
        code: "unknown-field",
        path,
        message: `${keys} ${issue.keys.length === 1 ? "is not a field" : "are not fields"} of this record. ${NO_FREE_TEXT}`,
      };
    }
    const where = path === "" ? "" : `${path}: `;
    return { code: "invalid-value", path, message: `${where}${issue.message}` };
  });
}
