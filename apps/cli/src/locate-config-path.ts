import { LineCounter, isNode, parseDocument } from "yaml";

/**
 * The 1-based line and column of the value at `path` in YAML text (or of the deepest part of the path
 * that exists), for a problem found after the configuration was validated, such as a missing logo file.
 */
export function locateConfigPath(
  text: string,
  path: readonly (string | number)[],
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (let length = path.length; length > 0; length -= 1) {
    const node: unknown = doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
