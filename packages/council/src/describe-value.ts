const MAX_QUOTED = 60;

/** A string in double quotes, shortened when long, for use inside a message. */
export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return JSON.stringify(shown);
}

/** "a", "a or b", "a, b or c". */
export function oneOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

/** What a value is, in words a person editing YAML understands: `text ("abc")`, `a list`, `the number 3`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value.trim() === "" ? "empty text" : `text (${quote(value)})`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the value ${value}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping of keys and values";
  return typeof value;
}

/** 12500 → "12,500". */
export function formatWholeNumber(value: number): string {
  const [whole = "", fraction] = String(Math.round(value * 100) / 100).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The input shown in a message: quoted text, or what the value is. */
export function shownInput(input: unknown): string {
  return typeof input === "string" ? quote(input) : describeValue(input);
}
