// Parts of a rendered Markdown document, for the tests that read what a document says where.

/** The text of a section, from its "## N." heading to the next "## ". */
export function section(content: string, number: number): string {
  const start = content.indexOf(`\n## ${number}. `);
  if (start < 0) throw new Error(`no section ${number}`);
  const end = content.indexOf("\n## ", start + 1);
  return content.slice(start, end < 0 ? undefined : end);
}

/** The text from a heading that starts with `start` (such as "## 5. ") to the next heading of the same level. */
export function part(content: string, start: string): string {
  const from = content.indexOf(`\n${start}`);
  if (from < 0) throw new Error(`no heading ${start}`);
  const level = start.slice(0, start.indexOf(" ") + 1);
  const to = content.indexOf(`\n${level}`, from + 1);
  return content.slice(from, to < 0 ? undefined : to);
}

/** The line of a Markdown table whose first cell is `firstCell`. */
export function tableRow(content: string, firstCell: string): string {
  const line = content.split("\n").find((text) => text.startsWith(`| ${firstCell} |`));
  if (line === undefined) throw new Error(`no table row ${firstCell}`);
  return line;
}

/** The rows of a plan's timeline table ("| 3 | Job evaluation … |") whose phase name starts with `name`. */
export function phaseRows(content: string, name: string): readonly string[] {
  return content
    .split("\n")
    .filter((line) => /^\| \d+ \| /.test(line) && line.split(" | ")[1]!.startsWith(name));
}

/** The one quoted line ("> …") of the part from `heading` on: a role description's advert. */
export function quotedLine(content: string, heading: string): string {
  const quoted = part(content, heading)
    .split("\n")
    .filter((line) => line.startsWith("> "));
  if (quoted.length !== 1) throw new Error(`${quoted.length} quoted lines under ${heading}, not one`);
  return quoted[0]!;
}
