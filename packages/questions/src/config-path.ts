/** A path into the configuration: keys and list indexes. */
export type ConfigPath = readonly (string | number)[];

export type ParsePathResult =
  { readonly ok: true; readonly path: ConfigPath } | { readonly ok: false; readonly message: string };

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d+\])*)$/;

/** "neighbourhoods[0].places" → ["neighbourhoods", 0, "places"]. */
export function parseConfigPath(text: string): ParsePathResult {
  if (typeof text !== "string") {
    return {
      ok: false,
      message: `a configuration path is text, such as neighbourhoods[0].name, not ${text === null ? "null" : `a value of type ${typeof text}`}`,
    };
  }
  if (text.trim() === "") return { ok: false, message: "the path is empty" };
  const path: (string | number)[] = [];
  for (const part of text.split(".")) {
    const match = SEGMENT.exec(part);
    if (!match) {
      return {
        ok: false,
        message: `"${text}" is not a configuration path: write keys separated by dots, with list positions in brackets, for example neighbourhoods[0].name`,
      };
    }
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return { ok: true, path };
}

/** ["neighbourhoods", 0, "places"] → "neighbourhoods[0].places". */
export function formatConfigPath(path: ConfigPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    "",
  );
}

/**
 * The value at a path in the configuration (or the answers), such as `["neighbourhoods", 0, "name"]`, or
 * `undefined` when something on the way is missing or is not an object or list. Reads only own properties.
 */
export function getAt(source: unknown, path: ConfigPath): unknown {
  let value = source;
  // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
  for (let index = 0; index < path.length; index += 1) {
    const key = path[index] as string | number;
    if (value === null || typeof value !== "object") return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Sets a value, creating objects and lists on the way. Returns a new object; the source is not changed. */
export function setAt<T extends Record<string, unknown>>(source: T, path: ConfigPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(source)
    ? [...source]
    : { ...source };
  const child = (copy as Record<string | number, unknown>)[head];
  const next =
    rest.length === 0
      ? value
      : setAt(
          (child !== null && typeof child === "object"
            ? child
            : typeof rest[0] === "number"
              ? []
              : {}) as Record<string, unknown>,
          rest,
          value,
        );
  (copy as Record<string | number, unknown>)[head] = next;
  return copy as T;
}

/**
 * Why setting `path` would leave a gap in a list (say `neighbourhoods[7]` when the list has 2 items),
 * or undefined when it would not: a new item may only be added at the end.
 */
export function listGap(source: unknown, path: ConfigPath): string | undefined {
  for (let index = 0; index < path.length; index += 1) {
    const position = path[index];
    if (typeof position !== "number") continue;
    const list = getAt(source, path.slice(0, index));
    const length = Array.isArray(list) ? list.length : 0;
    if (position > length) {
      const name = formatConfigPath(path.slice(0, index));
      return `position [${position}] would leave a gap: ${name} has ${length} ${length === 1 ? "item" : "items"}, so a new one goes at [${length}].`;
    }
  }
  return undefined;
}

/** Orders paths as they appear in a configuration, list positions by number. */
export function compareConfigPaths(a: ConfigPath, b: ConfigPath): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const x = a[index]!;
    const y = b[index]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
