import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConvertOptions } from "@lac/pack-formats";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashContent } from "../pack-files/content-hash.js";
import { PackFileLooks } from "../pack-files/plan-pack-write.js";
import { derivedSourceHash, keptDerivedFile, packFileReader } from "./derived-source.js";

const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const options: ConvertOptions = {
  title: "Implementation plan",
  sourcePath: "implementation-plan.md",
  language: "en",
  council: "Brackenford Borough Council",
  templateVersion: "@lac/templates 1.0.0",
  style: { font: "Arial", headingColour: "#1d4f91", logo: { bytes: logo, type: "png", alt: "logo" } },
  timeline: [{ name: "Set-up", start: "2027-01-04", end: "2027-03-26" }],
};

describe("derivedSourceHash", () => {
  const hash = derivedSourceHash("docx", "# Plan\n", options, "1.0.0");

  it("is the same for the same format, Markdown, options and version of lac", () => {
    expect(derivedSourceHash("docx", "# Plan\n", structuredClone(options), "1.0.0")).toBe(hash);
    expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it("takes a logo's bytes by their hash, from a Buffer (as read from a file) as from any Uint8Array", () => {
    const fromFile = {
      ...options,
      style: { ...options.style!, logo: { ...options.style!.logo!, bytes: Buffer.from(logo) } },
    };
    expect(derivedSourceHash("docx", "# Plan\n", fromFile, "1.0.0")).toBe(hash);
    // Without asking the Buffer for its JSON (every byte as a number in an array, for every file).
    fromFile.style.logo.bytes.toJSON = () => {
      throw new Error("the logo's bytes were turned into JSON");
    };
    expect(derivedSourceHash("docx", "# Plan\n", fromFile, "1.0.0")).toBe(hash);
  });

  it("changes with each of them, the logo's bytes included", () => {
    const otherLogo = { ...options.style!.logo!, bytes: new Uint8Array([...logo, 0]) };
    const others = [
      derivedSourceHash("html", "# Plan\n", options, "1.0.0"),
      derivedSourceHash("docx", "# Plan \n", options, "1.0.0"),
      derivedSourceHash("docx", "# Plan\n", options, "1.0.1"),
      derivedSourceHash("docx", "# Plan\n", { ...options, council: "Brackenford Council" }, "1.0.0"),
      derivedSourceHash(
        "docx",
        "# Plan\n",
        { ...options, style: { ...options.style!, logo: otherLogo } },
        "1.0.0",
      ),
      derivedSourceHash(
        "docx",
        "# Plan\n",
        { ...options, style: { font: "Arial", headingColour: "#1d4f91" } },
        "1.0.0",
      ),
      derivedSourceHash("docx", "# Plan\n", { ...options, timeline: [] }, "1.0.0"),
      derivedSourceHash("docx", "# Plan\n", { ...options, linkOtherFormats: ["markdown"] }, "1.0.0"),
    ];
    expect(new Set([hash, ...others]).size).toBe(others.length + 1);
  });

  it("tells apart any two Markdown texts and versions (the lines of the hashed text cannot run into each other)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (markdownA, markdownB, versionA, versionB) => {
          fc.pre(markdownA !== markdownB || versionA !== versionB);
          // A version has no line break (package.json's version); Markdown may have any.
          fc.pre(!versionA.includes("\n") && !versionB.includes("\n"));
          expect(derivedSourceHash("html", markdownA, options, versionA)).not.toBe(
            derivedSourceHash("html", markdownB, options, versionB),
          );
        },
      ),
    );
  });
});

describe("keptDerivedFile", () => {
  let pack: string;
  const bytes = Buffer.from("PK\u0003\u0004 a Word file", "latin1");
  const html = "<!doctype html><p>Plan – £5</p>\n";
  const source = hashContent("the source");
  beforeEach(() => {
    pack = mkdtempSync(join(tmpdir(), "lac-kept-"));
    writeFileSync(join(pack, "plan.docx"), bytes);
    writeFileSync(join(pack, "plan.html"), html);
  });
  afterEach(() => rmSync(pack, { recursive: true, force: true }));
  const before = {
    files: { "plan.docx": hashContent(bytes), "plan.html": hashContent(html) },
    derived: { "plan.docx": source, "plan.html": source },
  };

  it("gives the file as it is on disk (bytes for Word, text for HTML) when made from the same source and unedited", () => {
    expect(keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, before)).toEqual(bytes);
    expect(keptDerivedFile(packFileReader(pack), "plan.html", "html", source, before)).toBe(html);
  });

  it("reads each file once for itself and the plan of the write, which finds it among the files looked at", () => {
    const looked = new PackFileLooks();
    const read = packFileReader(pack, looked);
    expect(keptDerivedFile(read, "plan.docx", "docx", source, before)).toEqual(bytes);
    const seen = looked.seen("plan.docx");
    expect(seen?.ok && seen.current).toEqual(bytes);
    expect(seen?.ok && seen.currentHash).toBe(before.files["plan.docx"]);
    // Seen once: the file changed since is not read again in this pass.
    writeFileSync(join(pack, "plan.docx"), "edited");
    expect(keptDerivedFile(read, "plan.docx", "docx", source, before)).toEqual(bytes);
    expect(keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, before)).toBeUndefined();
  });

  it("reads no file through a link, as the plan of the write does not", () => {
    symlinkSync(join(pack, "plan.docx"), join(pack, "linked.docx"));
    const linked = {
      files: { "linked.docx": before.files["plan.docx"] },
      derived: { "linked.docx": source },
    };
    expect(keptDerivedFile(packFileReader(pack), "linked.docx", "docx", source, linked)).toBeUndefined();
  });

  it("gives nothing when the source differs, nothing was recorded, the file was edited, or it is gone", () => {
    expect(
      keptDerivedFile(packFileReader(pack), "plan.docx", "docx", hashContent("another source"), before),
    ).toBeUndefined();
    expect(keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, undefined)).toBeUndefined();
    expect(
      keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, { files: before.files }),
    ).toBeUndefined();
    expect(
      keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, {
        ...before,
        files: { "plan.html": before.files["plan.html"] },
      }),
    ).toBeUndefined();
    writeFileSync(join(pack, "plan.html"), `${html} `);
    expect(keptDerivedFile(packFileReader(pack), "plan.html", "html", source, before)).toBeUndefined();
    rmSync(join(pack, "plan.docx"));
    expect(keptDerivedFile(packFileReader(pack), "plan.docx", "docx", source, before)).toBeUndefined();
  });

  it("reads only the record's own entries, not those of its prototype", () => {
    const withNames = {
      files: JSON.parse("{}") as Record<string, string>,
      derived: JSON.parse("{}") as Record<string, string>,
    };
    expect(keptDerivedFile(packFileReader(pack), "constructor", "docx", source, withNames)).toBeUndefined();
    expect(keptDerivedFile(packFileReader(pack), "toString", "html", source, withNames)).toBeUndefined();
  });
});
