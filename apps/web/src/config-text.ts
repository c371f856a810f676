import { COUNCIL_CONFIG_SCHEMA_PATH } from "@lac/council";

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*\n/;

/**
 * The text with `# yaml-language-server: $schema=…` (lac's schema file) as its first line, as
 * `lac init --answers` writes an answers file that nothing changed (the CLI's withSchemaLine).
 */
export function withSchemaLine(text: string): string {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const eol = withoutBom.includes("\r\n") ? "\r\n" : "\n";
  const lf = withoutBom.replace(/\r\n?/g, "\n");
  const line = `# yaml-language-server: $schema=${COUNCIL_CONFIG_SCHEMA_PATH}\n`;
  const result = SCHEMA_LINE.test(lf) ? lf.replace(SCHEMA_LINE, line) : `${line}\n${lf}`;
  return eol === "\n" ? result : result.replace(/\n/g, eol);
}

/** Structural equality of two answers (plain data from YAML or the form). */
export function sameAnswers(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    sameAnswers((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
