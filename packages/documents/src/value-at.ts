/** The value at a dotted path of the pack's data ("team.manager.title"), or undefined where there is none. */
export function valueAt(source: unknown, dottedPath: string): unknown {
  let value = source;
  for (const key of dottedPath.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
