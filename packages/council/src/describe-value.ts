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
  if (typeof value === "number") return `the number ${plainDigits(value)}`;
  if (typeof value === "boolean") return `the value ${value}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping of keys and values";
  return typeof value;
}

/**
 * A number in plain digits, not in exponent form as JavaScript writes very large or very small ones:
 * 1e+23 → "100000000000000000000000", 1e-7 → "0.0000001" (the shortest digits that give the number back).
 * Beyond 30 places either way (1e+308 would be 309 digits) it stays as JavaScript writes it, so that a
 * message stays readable.
 */
/** How many places a number may have before or after the point in plain digits. */
const MOST_PLACES = 30;

export function plainDigits(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = "", first = "", rest = "", exponentText = "0"] = match;
  const digits = first + rest;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MOST_PLACES) return text;
  // A positive exponent is written from 1e21 on: a whole number, as a double has at most 17 digits.
  if (exponent >= 0) return `${sign}${digits.padEnd(exponent + 1, "0")}`;
  return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}

/** 12500 → "12,500"; 1e+23 → "100,000,000,000,000,000,000,000": plain digits with thousands separators. */
export function formatNumber(value: number): string {
  const [whole = "", fraction] = plainDigits(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 12500 → "12,500", rounded to two decimal places. */
export function formatWholeNumber(value: number): string {
  return formatNumber(Math.round(value * 100) / 100);
}

/** `the number 12,500`: a number in a message that compares it with a limit written the same way. */
export function theNumber(value: number): string {
  return `the number ${formatNumber(value)}`;
}

/** The input shown in a message: quoted text, or what the value is. */
export function shownInput(input: unknown): string {
  return typeof input === "string" ? quote(input) : describeValue(input);
}
