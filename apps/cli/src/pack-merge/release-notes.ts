/** One release's section of a changesets CHANGELOG.md: `## 1.2.0` and what follows up to the next `## `. */
export interface ReleaseNotes {
  readonly version: string;
  readonly text: string;
}

function versionParts(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? match.slice(1, 4).map(Number) : undefined;
}

/** Compares two semantic versions by their major, minor and patch numbers (pre-releases compare equal). */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  if (left === undefined || right === undefined) return a === b ? 0 : a < b ? -1 : 1;
  for (let index = 0; index < 3; index += 1) {
    const difference = left[index]! - right[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Every release section of a CHANGELOG.md, in the order written (newest first, as changesets writes them). */
export function parseChangelog(changelog: string): ReleaseNotes[] {
  const notes: ReleaseNotes[] = [];
  let current: { version: string; lines: string[] } | undefined;
  for (const line of changelog.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = /^##\s+v?(\S+)\s*$/.exec(line);
    if (heading) {
      if (current) notes.push({ version: current.version, text: current.lines.join("\n").trim() });
      current = { version: heading[1]!, lines: [] };
    } else if (current) current.lines.push(line);
  }
  if (current) notes.push({ version: current.version, text: current.lines.join("\n").trim() });
  return notes;
}

/** The releases after `from` up to and including `to`, newest first. */
export function releasesBetween(changelog: string, from: string, to: string): ReleaseNotes[] {
  return parseChangelog(changelog).filter(
    (notes) => compareVersions(notes.version, from) > 0 && compareVersions(notes.version, to) <= 0,
  );
}
