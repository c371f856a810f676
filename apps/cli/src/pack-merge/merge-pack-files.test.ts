import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASES_FILE, serialiseBases } from "@lac/pack-files";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as MergeText from "./merge-text.js";
import { hashContent } from "../pack-files/content-hash.js";
import type { LacState } from "../pack-files/lac-state.js";
import { PackFileLooks } from "../pack-files/plan-pack-write.js";
import { mergePackFiles } from "./merge-pack-files.js";

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
    expect(Buffer.from(merged!.basesFile!.content).toString("utf8")).toBe(bases);
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
    expect(Buffer.from(merged!.basesFile!.content).toString("utf8")).toBe(bases);
  });

  it("stops the run when a newer lac wrote .lac/bases, though every file is unchanged", async () => {
    const bases = "lac-bases 2\nsomething this lac cannot read\n";
    writePack(bases);
    const merged = await merge(stateWith(bases), new PackFileLooks());
    expect(merged?.newerBases).toMatch(/layout 2, so a newer lac wrote it/);
    expect(merged?.basesFile).toBeUndefined();
  });
});
