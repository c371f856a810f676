// Parts of a rendered Markdown document, for the tests that read what a document says where.

/** The text of a section, from its "## N." heading to the next "## ". */
export function section(content: string, number: number): string {
  const start = content.indexOf(`\n## ${number}. `);
  if (start < 0) throw new Error(`no section ${number}`);
  const end = content.indexOf("\n## ", start + 1);
  return content.slice(start, end < 0 ? undefined : end);
}
