import type { Answers, ConfigPath } from "@lac/questions";
import { getAt, setAt } from "@lac/questions";

/** Removes the value at `path` (a key of an object, or an item of a list). Returns a new object. */
export function removeAt(source: Answers, path: ConfigPath): Answers {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  if (last === undefined) return {};
  const parent = parentPath.length === 0 ? source : getAt(source, parentPath);
  if (parent === null || typeof parent !== "object") return source;
  let copy: unknown;
  if (Array.isArray(parent)) {
    copy = parent.filter((_, index) => index !== last);
  } else {
    const { [last]: _removed, ...rest } = parent as Record<string | number, unknown>;
    copy = rest;
  }
  return parentPath.length === 0 ? (copy as Answers) : setAt(source, parentPath, copy);
}

/** An id for the form control of a path: `neighbourhoods[0].name` → `f-neighbourhoods-0-name`. */
export function fieldId(path: ConfigPath): string {
  return `f-${path.join("-")}`;
}
