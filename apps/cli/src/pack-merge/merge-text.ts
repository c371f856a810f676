import { createTwoFilesPatch } from "diff";
import { diff3Merge } from "node-diff3";

/** Lines of a conflict in the merged file, 1-based and inclusive, and in the file as it was. */
export interface MergeConflict {
  /** Where the conflict is in the file as the council left it (empty ranges are shown as `line`, `line - 1`). */
  readonly currentStart: number;
  readonly currentEnd: number;
  /** Where the conflict markers are in the text written with `--conflicts=markers`. */
  readonly markedStart: number;
  readonly markedEnd: number;
}

export type MergeTextResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** The merge with git-style conflict markers around each conflict. */
      readonly marked: string;
      readonly conflicts: readonly MergeConflict[];
    };

export interface MergeLabels {
  /** The council's side, such as "your edits". */
  readonly current: string;
  /** The new render's side, such as "@lac/templates 1.2.0". */
  readonly next: string;
}

/** The text's lines, each with its line ending, so that joining them gives the text back. */
function lines(text: string): string[] {
  return text === "" ? [] : text.split(/(?<=\n)/);
}

function withNewline(block: readonly string[]): string[] {
  const last = block.at(-1);
  return last === undefined || last.endsWith("\n") ? [...block] : [...block.slice(0, -1), `${last}\n`];
}

/**
 * Merges three versions of a text file line by line, with node-diff3: `base` (what lac last wrote),
 * `current` (the file now, with the council's edits) and `next` (the new render). A change on one side
 * only is taken; the same change on both sides is taken once; changes that overlap (or touch) are
 * conflicts.
 */
export function mergeText(base: string, current: string, next: string, labels: MergeLabels): MergeTextResult {
  const regions = diff3Merge(lines(current), lines(base), lines(next), { excludeFalseConflicts: true });
  const out: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const region of regions) {
    if (region.ok) {
      out.push(...region.ok);
      continue;
    }
    const conflict = region.conflict!;
    const markedStart = out.length + 1;
    out.push(`<<<<<<< ${labels.current}\n`, ...withNewline(conflict.a), "=======\n");
    out.push(...withNewline(conflict.b), `>>>>>>> ${labels.next}\n`);
    conflicts.push({
      currentStart: conflict.aIndex + 1,
      currentEnd: conflict.aIndex + conflict.a.length,
      markedStart,
      markedEnd: out.length,
    });
  }
  const text = out.join("");
  return conflicts.length === 0 ? { ok: true, text } : { ok: false, marked: text, conflicts };
}

/** A unified diff of one file (jsdiff), from the text on disk to the text lac would write. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
}
