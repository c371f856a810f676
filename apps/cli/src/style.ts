// Minimal ANSI styling that switches off with NO_COLOR, --json or when output is not a terminal.
export const STYLE_CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = Record<keyof typeof STYLE_CODES, (text: string) => string>;

export function createStyle(enabled: boolean): Style {
  const entries = Object.entries(STYLE_CODES).map(([name, [open, close]]) => [
    name,
    enabled ? (text: string) => `\u001b[${open}m${text}\u001b[${close}m` : (text: string) => text,
  ]);
  return Object.fromEntries(entries) as Style;
}
