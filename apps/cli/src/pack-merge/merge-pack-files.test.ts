import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASES_FILE, serialiseBases } from "@lac/pack-files";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as MergeText from "./merge-text.js";
import { hashContent } from "../pack-files/content-hash.js";
import type { LacState } from "../pack-files/lac-state.js";
import { PackFileLooks } from "../pack-files/plan-pack-write.js";
import { RenderedText } from "../pack-files/rendered-text.js";
import { Utf8Parts } from "../pack-files/utf8-parts.js";
import { mergePackFiles, PENDING_PATH } from "./merge-pack-files.js";

/** The text of .lac/bases as the merge gives it: its bytes in parts, each rendered text's bytes not copied. */
function textOfBases(content: string | Uint8Array | Utf8Parts): string {
  expect(content).toBeInstanceOf(Utf8Parts);
  return (content as Utf8Parts).joined().toString("utf8");
}

describe("mergePackFiles: .lac/bases as the run leaves it", () => {
  let pack: string;
  beforeEach(() => {
    pack = mkdtempSync(join(tmpdir(), "lac-merge-"));
    mkdirSync(join(pack, ".lac"));
  });
  afterEach(() => rmSync(pack, { recursive: true, force: true }));

  const files = [
    { path: "a.md", content: "A – first\n" },
    { path: "b.md", content: "B\n" },
  ];
  const stateWith = (bases: string): LacState =>
    ({
      files: {
        "a.md": hashContent(files[0]!.content),
        "b.md": hashContent(files[1]!.content),
        [BASES_FILE]: hashContent(bases),
      },
    }) as unknown as LacState;

  const merge = (state: LacState, looked: PackFileLooks) =>
    mergePackFiles({
      targetDir: pack,
      files,
      state,
      force: false,
      markers: false,
      labels: { current: "your edits", next: "templates" },
      loadMerge: () => MergeText,
      looked,
    });

  function writePack(bases: string): void {
    for (const file of files) writeFileSync(join(pack, file.path), file.content);
    writeFileSync(join(pack, BASES_FILE), bases);
  }

  it("gives the file as it is, without keeping or decoding it, when it holds exactly this run's bases", async () => {
    const bases = serialiseBases({ "a.md": files[0]!.content, "b.md": files[1]!.content });
    writePack(bases);
    const looked = new PackFileLooks();
    const merged = await merge(stateWith(bases), looked);
    expect(merged?.newerBases).toBeUndefined();
    expect(textOfBases(merged!.basesFile!.content)).toBe(bases);
    const seen = looked.seen(BASES_FILE);
    expect(seen?.ok && seen.currentHash).toBe(hashContent(bases));
    expect(seen?.ok && seen.current).toBeUndefined();
  });

  it("keeps the recorded base of a file this run does not render", async () => {
    const bases = serialiseBases({
      "a.md": files[0]!.content,
      "b.md": files[1]!.content,
      "gone.md": "Gone\n",
    });
    writePack(bases);
    const merged = await merge(stateWith(bases), new PackFileLooks());
    expect(textOfBases(merged!.basesFile!.content)).toBe(bases);
  });

  it("gives this run's bases when every recorded base is of a file this run renders again", async () => {
    // The pack as an earlier lac wrote it: both files and their bases hold what it rendered then.
    const earlier = { "b.md": "B, earlier\n", "a.md": "A, earlier\n" };
    const bases = serialiseBases(earlier);
    writeFileSync(join(pack, "a.md"), earlier["a.md"]);
    writeFileSync(join(pack, "b.md"), earlier["b.md"]);
    writeFileSync(join(pack, BASES_FILE), bases);
    const state = {
      files: {
        "a.md": hashContent(earlier["a.md"]),
        "b.md": hashContent(earlier["b.md"]),
        [BASES_FILE]: hashContent(bases),
      },
    } as unknown as LacState;
    const merged = await merge(state, new PackFileLooks());
    expect(merged?.merges.map(({ path, status }) => [path, status])).toEqual([
      ["a.md", "update"],
      ["b.md", "update"],
    ]);
    expect(textOfBases(merged!.basesFile!.content)).toBe(
      serialiseBases({ "a.md": files[0]!.content, "b.md": files[1]!.content }),
    );
  });

  it("stops the run when a newer lac wrote .lac/bases, though every file is unchanged", async () => {
    const bases = "lac-bases 2\nsomething this lac cannot read\n";
    writePack(bases);
    const merged = await merge(stateWith(bases), new PackFileLooks());
    expect(merged?.newerBases).toMatch(/layout 2, so a newer lac wrote it/);
    expect(merged?.basesFile).toBeUndefined();
  });

  it("reads a pending record of another shape for what it still says, without failing", async () => {
    const bases = serialiseBases({ "a.md": files[0]!.content, "b.md": files[1]!.content });
    writePack(bases);
    // The council's edit of a.md: merged from its base, so the pending record is looked at.
    writeFileSync(join(pack, "a.md"), `${files[0]!.content}A line of the council's.\n`);
    for (const record of [
      "not JSON",
      '"a string"',
      '{"files": null}',
      '{"files": []}',
      '{"files": {"a.md": null}}',
      '{"files": {"a.md": {"written": 5}}}',
      '{"files": {"a.md": {"written": "sha256-0", "base": 5}}, "derived": {"a.docx": "sha256-0"}}',
      '{"files": {}, "derived": {"__proto__": ["sha256-0"], "a.docx": [1, null]}}',
    ]) {
      writeFileSync(join(pack, PENDING_PATH), record);
      const merged = await merge(stateWith(bases), new PackFileLooks());
      expect(merged?.merges.find((file) => file.path === "a.md")?.status, record).toBe("unchanged");
      // A Word or HTML file's hashes are a list of strings: anything else is not read.
      expect(Object.hasOwn(merged!.pendingDerived, "a.docx"), record).toBe(false);
    }
    // A path "__proto__" is a key like any other (the plan then looks only at this run's files).
    const merged = await merge(stateWith(bases), new PackFileLooks());
    expect(Object.keys(merged!.pendingDerived)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(merged!.pendingDerived)).toBeNull();
  });

  it("reads the text of a rendered file only to merge it: its bytes are hashed, compared and recorded as they are", async () => {
    const reads: string[] = [];
    const encoder = new TextEncoder();
    // Documents as renderPack gives them with { utf8: true }: their text is read only through `content`.
    const rendered = files.map(({ path, content }) => ({
      path,
      content: RenderedText.ofDocument({
        utf8: { bytes: encoder.encode(content), length: content.length },
        get content() {
          reads.push(path);
          return content;
        },
      }),
    }));
    const mergeRendered = (state: LacState | undefined) =>
      mergePackFiles({
        targetDir: pack,
        files: rendered,
        state,
        force: false,
        markers: false,
        labels: { current: "your edits", next: "templates" },
        loadMerge: () => MergeText,
      });
    // A new pack: every file is created, and .lac/bases made, from the bytes alone.
    const created = await mergeRendered(undefined);
    expect(created?.merges.map(({ status }) => status)).toEqual(["create", "create"]);
    const bases = serialiseBases({ "a.md": files[0]!.content, "b.md": files[1]!.content });
    expect(textOfBases(created!.basesFile!.content)).toBe(bases);
    expect(reads).toEqual([]);
    // The council edited a.md: its text is read once, to merge; b.md, unchanged, is not.
    writePack(bases);
    writeFileSync(join(pack, "a.md"), `${files[0]!.content}A line of the council's.\n`);
    const merged = await mergeRendered(stateWith(bases));
    expect(merged?.merges.map(({ path, status }) => [path, status])).toEqual([
      ["a.md", "unchanged"],
      ["b.md", "unchanged"],
    ]);
    expect(reads).toEqual(["a.md"]);
  });
});
