import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeText, unifiedDiff } from "./merge-text.js";

const labels = { current: "your edits", next: "@lac/templates 2.0.0" };
const text = (...lines: string[]) => lines.map((line) => `${line}\n`).join("");

type Op = "keep" | "replace" | "delete" | "insert";
type Side = "council" | "template";
interface Edit {
  readonly op: Op;
  readonly side: Side;
}

/** The base's lines with the edits of the given sides applied (unique lines, so every diff is unambiguous). */
function apply(edits: readonly Edit[], sides: readonly Side[]): string {
  const out: string[] = [];
  edits.forEach((edit, index) => {
    const mine = edit.op !== "keep" && sides.includes(edit.side);
    if (!mine || edit.op === "insert") out.push(`line ${index}`);
    if (mine && edit.op === "replace") out.push(`${edit.side} changed line ${index}`);
    if (mine && edit.op === "insert") out.push(`${edit.side} added after line ${index}`);
  });
  return text(...out);
}

/** Keeps an edit only when no edit of the other side is within two lines of it: edits that do not overlap or touch. */
function separate(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  edits.forEach((edit, index) => {
    const near = kept
      .slice(Math.max(0, index - 2))
      .some((other) => other.op !== "keep" && other.side !== edit.side);
    kept.push(edit.op !== "keep" && near ? { op: "keep", side: edit.side } : edit);
  });
  return kept;
}

const edits = fc
  .array(
    fc.record({
      op: fc.constantFrom<Op>("keep", "keep", "replace", "delete", "insert"),
      side: fc.constantFrom<Side>("council", "template"),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map(separate);

describe("mergeText", () => {
  it("keeps both sides' edits when they do not overlap, and a second merge changes nothing", () => {
    fc.assert(
      fc.property(edits, (all) => {
        const base = apply(all, []);
        const current = apply(all, ["council"]);
        const next = apply(all, ["template"]);
        const merged = mergeText(base, current, next, labels);
        expect(merged).toEqual({ ok: true, text: apply(all, ["council", "template"]) });
        if (!merged.ok) return;
        // The next update merges from the new render: with nothing new, it keeps the file as it is.
        expect(mergeText(next, merged.text, next, labels)).toEqual({ ok: true, text: merged.text });
      }),
    );
  });

  it("takes the same change made on both sides once", () => {
    const base = text("a", "b", "c");
    const both = text("a", "B", "c");
    expect(mergeText(base, both, both, labels)).toEqual({ ok: true, text: both });
  });

  it("marks overlapping changes, with their lines in the current file and in the marked file", () => {
    const base = text("title", "", "The board meets monthly.", "", "end");
    const current = text("title", "", "The board meets every six weeks.", "", "end");
    const next = text("title", "", "The board meets every month.", "", "end");
    const merged = mergeText(base, current, next, labels);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.conflicts).toEqual([{ currentStart: 3, currentEnd: 3, markedStart: 3, markedEnd: 7 }]);
    expect(merged.marked).toBe(
      text(
        "title",
        "",
        "<<<<<<< your edits",
        "The board meets every six weeks.",
        "=======",
        "The board meets every month.",
        ">>>>>>> @lac/templates 2.0.0",
        "",
        "end",
      ),
    );
  });

  it("ends each side with a line ending before a marker, even at the end of a file without one", () => {
    const merged = mergeText("a\nb", "a\nB", "a\nC", labels);
    expect(merged.ok).toBe(false);
    if (!merged.ok)
      expect(merged.marked).toBe("a\n<<<<<<< your edits\nB\n=======\nC\n>>>>>>> @lac/templates 2.0.0\n");
  });
});

describe("unifiedDiff", () => {
  it("writes a unified diff with the pack path", () => {
    const diff = unifiedDiff("plan.md", text("a", "b"), text("a", "c"));
    expect(diff).toContain("--- a/plan.md");
    expect(diff).toContain("+++ b/plan.md");
    expect(diff).toContain("-b\n+c\n");
  });
});
