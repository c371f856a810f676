import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseCouncilConfig, type CouncilConfig } from "@lac/council";
import type { RenderedDocument } from "@lac/documents";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  BASES_FILE,
  CONFIG_FILE,
  MARKDOWNLINT_FILE,
  SCHEMA_FILE,
  STATE_FILE,
  basesFile,
  checkLogo,
  documentTitle,
  formatFiles,
  formatOptionsFor,
  logoAlt,
  mergedTextFiles,
  newPackFiles,
  parseBases,
  basesFileLayout,
  basesFileParts,
  serialiseBases,
  serialisePackState,
  MAX_LOGO_BYTES,
} from "./index.js";

const exampleText = readFileSync(
  new URL("../../council/examples/wendleshire.lac.config.yaml", import.meta.url),
  "utf8",
);
const parsed = parseCouncilConfig(exampleText);
if (!parsed.ok) throw new Error("the example is not valid");
const withFormats = (formats: CouncilConfig["output"]["formats"]): CouncilConfig => ({
  ...parsed.config,
  output: { ...parsed.config.output, formats },
});

const documents: RenderedDocument[] = [
  {
    documentId: "pack-index",
    path: "README.md",
    title: "Index",
    language: "en",
    content: "# The *pack* index\n\nSee [the plan](implementation-plan.md).\n",
  } as RenderedDocument,
  {
    documentId: "implementation-plan",
    path: "implementation-plan.md",
    title: "Implementation plan",
    language: "en",
    content: "No heading here.\n",
  } as RenderedDocument,
];
const templateSet = { name: "@lac/templates", version: "1.0.0" };
const phases = [{ name: "Set-up", start: "2026-04-01", end: "2026-06-30" }] as never;
const html = (markdown: string, options: { title: string }) => `<title>${options.title}</title>${markdown}`;
const docxBytes = new Uint8Array([80, 75, 3, 4]);

describe("the text files and their bases", () => {
  it("lists the schema, the markdownlint settings and the documents, and a base of each in .lac/bases", () => {
    const files = mergedTextFiles({ schemaText: "{}\n", markdownlintConfig: "{}", documents });
    expect(files.map((file) => file.path)).toEqual([
      SCHEMA_FILE,
      MARKDOWNLINT_FILE,
      "README.md",
      "implementation-plan.md",
    ]);
    const bases = basesFile(files);
    expect(bases.path).toBe(BASES_FILE);
    const read = parseBases(String(bases.content));
    expect(read).toEqual({
      ok: true,
      bases: Object.fromEntries(files.map((file) => [file.path, file.content])),
    });
  });
});

describe("the bases file", () => {
  const ABOUT_LINES =
    "# What lac last rendered for each file of this pack: lac update and lac generate merge the council's edits from it.\n" +
    '# Each base is a line "=== <length> <path>" (the length in UTF-16 code units, as JavaScript counts a text;\n' +
    '# the path as a JSON string), then the text itself, then a newline; the last line is "=== end <number of bases>".\n' +
    "# lac writes this file: do not edit it.\n";

  it("holds each base as it is, under a line with its length and path, sorted by path, whatever order the bases came in", () => {
    const text = serialiseBases({ "b.md": "B – b\r\n", "a.md": 'A\n=== 1 "x"\n', ".lac/x.json": "{}" });
    expect(text).toBe(
      `lac-bases 1\n${ABOUT_LINES}=== 2 ".lac/x.json"\n{}\n=== 12 "a.md"\nA\n=== 1 "x"\n\n=== 7 "b.md"\nB – b\r\n\n=== end 3\n`,
    );
    expect(serialiseBases({ "a.md": 'A\n=== 1 "x"\n', ".lac/x.json": "{}", "b.md": "B – b\r\n" })).toBe(text);
    expect(serialiseBases({})).toBe(`lac-bases 1\n${ABOUT_LINES}=== end 0\n`);
    expect(parseBases(serialiseBases({}))).toEqual({ ok: true, bases: {} });
  });

  it("gives back exactly the texts it was given, a path named __proto__ included (property-based)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (bases) => {
        const read = parseBases(serialiseBases(bases));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(Object.keys(read.bases).sort()).toEqual(Object.keys(bases).sort());
        for (const path of Object.keys(bases)) expect(read.bases[path]).toBe(bases[path]);
      }),
    );
    const read = parseBases(serialiseBases(JSON.parse('{"__proto__": "x"}') as Record<string, string>));
    expect(read.ok && Object.hasOwn(read.bases, "__proto__") && read.bases["__proto__"]).toBe("x");
    // Paths with a newline, a line separator, a quote, a backslash or a lone surrogate; empty ones.
    const odd = {
      "a\nb.md": "1",
      "c\u2028d.md": "2",
      'e"\\f.md': "3",
      "\ud800.md": "4\n=== end 0\n",
      "": "",
    };
    expect(parseBases(serialiseBases(odd))).toEqual({ ok: true, bases: odd });
  });

  it("is made of parts whose concatenation is the file: a line above each base, the base as it is, a newline", () => {
    expect(basesFileParts({ "b.md": "B – b", "a.md": "" })).toEqual([
      `lac-bases 1\n${ABOUT_LINES}`,
      '=== 0 "a.md"\n',
      "",
      "\n",
      '=== 5 "b.md"\n',
      "B – b",
      "\n",
      "=== end 2\n",
    ]);
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (bases) => {
        const parts = basesFileParts(bases);
        expect(parts.join("")).toBe(serialiseBases(bases));
        // Each base is one part of its own, never split nor joined to its line.
        for (const path of Object.keys(bases)) expect(parts).toContain(bases[path]);
      }),
    );
  });

  it("lays out bases held in any form as it lays out their texts, each base given back as it was (property-based)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (bases) => {
        // Each base wrapped in an object that knows its text's length, as lac's CLI holds its bytes.
        const wrapped = Object.fromEntries(Object.entries(bases).map(([path, text]) => [path, { text }]));
        const parts = basesFileLayout(wrapped, (base) => base.text.length);
        expect(parts.map((part) => (typeof part === "string" ? part : part.text))).toStrictEqual(
          basesFileParts(bases),
        );
        for (const path of Object.keys(wrapped)) expect(parts).toContain(wrapped[path]);
      }),
    );
  });

  it("never throws, whatever the text (property-based)", () => {
    const good = serialiseBases({ "a.md": "A\nB\n", "b.md": "" });
    fc.assert(
      fc.property(fc.string(), fc.nat(good.length), fc.nat(good.length), (junk, from, to) => {
        // Random text, and the good file with a part cut out or replaced.
        for (const text of [
          junk,
          good.slice(0, from) + good.slice(to),
          good.slice(0, from) + junk + good.slice(from),
        ])
          expect(typeof parseBases(text).ok).toBe("boolean");
      }),
    );
  });

  const two = serialiseBases({ "a.md": "# A\nB\n", "b.md": "C\n" });
  it.each([
    ["that is not lac's bases", '{"basesVersion": 1}', /does not start with the line "lac-bases 1"/],
    ["of a layout no lac writes", "lac-bases 0\n", /is of layout 0, which no lac writes/],
    [
      "with a line that is not a base's",
      'lac-bases 1\n=== x "a.md"\nA\n=== end 1\n',
      /line 2 is not "=== <length> <path>"/,
    ],
    ["with a path that is not a JSON string", "lac-bases 1\n=== 1 a.md\nA\n=== end 1\n", /line 2 is not/],
    [
      "cut short in a base",
      two.slice(0, -12),
      /line 10: the base of "b.md" is not 2 UTF-16 code units followed by a newline/,
    ],
    ["cut short between two bases", two.slice(0, two.indexOf('=== 2 "b.md"')), /ends before its last line/],
    ["cut short before its last line", two.slice(0, -"=== end 2\n".length), /ends before its last line/],
    [
      "whose line endings were changed",
      two.replace(/\n/g, "\r\n"),
      /Windows line endings \(CRLF\).*core\.autocrlf.*\.gitattributes/,
    ],
    [
      "with a base longer than it says",
      'lac-bases 1\n=== 1 "a.md"\nAB\n=== end 1\n',
      /line 2: the base of "a.md" is not 1 UTF-16/,
    ],
    [
      "whose last line gives another number",
      two.replace("=== end 2", "=== end 3"),
      /line 13 says 3 bases, where there are 2/,
    ],
    [
      "that goes on after its last line",
      `${two}=== 1 "c.md"\nD\n`,
      /goes on after its last line \(line 13\)/,
    ],
    ["with a last line that does not end", "lac-bases 1\n# a note", /line 2 does not end/],
    ["with the bases out of order", two.replace('"a.md"', '"c.md"'), /line 10: "b\.md" is not after "c\.md"/],
    ["with a base twice", two.replace('"b.md"', '"a.md"'), /"a\.md" is not after "a\.md"/],
    [
      "with a note after the first base",
      two.replace('=== 2 "b.md"\nC\n', "# note\n"),
      /line 10 is not "=== <length> <path>"/,
    ],
  ])("refuses a file %s as damaged, saying where", (_, text, message) => {
    const read = parseBases(text);
    expect(read).toMatchObject({ ok: false, reason: "damaged" });
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it("refuses a later lac's layout as newer, asking for an upgrade", () => {
    expect(parseBases("lac-bases 2\nanything")).toEqual({
      ok: false,
      reason: "newer",
      message:
        ".lac/bases is of layout 2, so a newer lac wrote it; this lac only understands layout 1. Upgrade lac and run it again.",
    });
  });

  it("reads a file an editor saved with a byte-order mark", () => {
    expect(parseBases(`\uFEFF${serialiseBases({ "a.md": "A\n" })}`)).toEqual({
      ok: true,
      bases: { "a.md": "A\n" },
    });
  });
});

describe("documentTitle", () => {
  it("takes the first level-1 heading without emphasis marks, or the manifest's title", () => {
    expect(documentTitle(documents[0]!)).toBe("The pack index");
    expect(documentTitle(documents[1]!)).toBe("Implementation plan");
    expect(documentTitle({ title: "x", content: "# Smith \\& Sons\n" })).toBe("Smith & Sons");
  });

  it("leaves out the marks of text in another language, keeping the text", () => {
    const content =
      '# Disgrifiad swydd: <span lang="en-GB">Senior Coordinator \\<North\\></span> (enw Saesneg)\n';
    expect(documentTitle({ title: "x", content })).toBe(
      "Disgrifiad swydd: Senior Coordinator <North> (enw Saesneg)",
    );
  });
});

describe("formatFiles", () => {
  const inputs = { phases, templateSet, documents };
  it("makes nothing and loads no writer for a Markdown-only pack", async () => {
    const loadDocxWriter = vi.fn(() => Promise.resolve(() => Promise.resolve(docxBytes)));
    const loadHtmlWriter = vi.fn(() => Promise.resolve(html));
    const files = await formatFiles({
      ...inputs,
      config: withFormats(["markdown"]),
      writers: { loadHtmlWriter, loadDocxWriter },
    });
    expect(files).toEqual([]);
    expect(loadDocxWriter).not.toHaveBeenCalled();
    expect(loadHtmlWriter).not.toHaveBeenCalled();
  });

  it("loads each writer only when output.formats has its format, once for all the documents", async () => {
    const loadDocxWriter = vi.fn(() => Promise.resolve(() => Promise.resolve(docxBytes)));
    const loadHtmlWriter = vi.fn(() => Promise.resolve(html));
    const htmlOnly = await formatFiles({
      ...inputs,
      config: withFormats(["markdown", "html"]),
      writers: { loadHtmlWriter, loadDocxWriter },
    });
    expect(htmlOnly.map((file) => file.path)).toEqual(["README.html", "implementation-plan.html"]);
    expect(loadDocxWriter).not.toHaveBeenCalled();
    expect(loadHtmlWriter).toHaveBeenCalledTimes(1);
    loadHtmlWriter.mockClear();
    const wordOnly = await formatFiles({
      ...inputs,
      config: withFormats(["markdown", "docx"]),
      writers: { loadHtmlWriter, loadDocxWriter },
    });
    expect(wordOnly.map((file) => file.path)).toEqual(["README.docx", "implementation-plan.docx"]);
    expect(loadHtmlWriter).not.toHaveBeenCalled();
    loadDocxWriter.mockClear();
    const all = await formatFiles({
      ...inputs,
      config: withFormats(["markdown", "docx", "html"]),
      writers: { loadHtmlWriter, loadDocxWriter },
    });
    expect(all.map((file) => file.path)).toEqual([
      "README.docx",
      "README.html",
      "implementation-plan.docx",
      "implementation-plan.html",
    ]);
    expect(loadDocxWriter).toHaveBeenCalledTimes(1);
    expect(loadHtmlWriter).toHaveBeenCalledTimes(1);
  });

  it("loads no writer when there is no document to make a file of", async () => {
    const loadDocxWriter = vi.fn(() => Promise.resolve(() => Promise.resolve(docxBytes)));
    const loadHtmlWriter = vi.fn(() => Promise.resolve(html));
    const files = await formatFiles({
      ...inputs,
      documents: [],
      config: withFormats(["markdown", "docx", "html"]),
      writers: { loadHtmlWriter, loadDocxWriter },
    });
    expect(files).toEqual([]);
    expect(loadDocxWriter).not.toHaveBeenCalled();
    expect(loadHtmlWriter).not.toHaveBeenCalled();
  });

  it("returns the writer's failure to load as it is (a rejected promise)", async () => {
    const refused = new Error("the HTML writer could not be fetched");
    await expect(
      formatFiles({
        ...inputs,
        config: withFormats(["html"]),
        writers: {
          loadHtmlWriter: () => Promise.reject(refused),
          loadDocxWriter: () => Promise.reject(new Error("not asked for")),
        },
      }),
    ).rejects.toBe(refused);
  });

  // The index's links open each document in the format being read, and the index says the other formats
  // are beside it with the same name: a link to the Markdown after each one would end every title of its
  // table with "(also as Markdown)".
  it("gives each writer the document's options, with no links to other formats after the index's", async () => {
    const seen: { sourcePath: string; linkOtherFormats?: readonly string[]; council: string }[] = [];
    await formatFiles({
      ...inputs,
      config: withFormats(["html"]),
      writers: {
        loadHtmlWriter: () =>
          Promise.resolve((markdown, options) => {
            seen.push(options);
            return markdown;
          }),
        loadDocxWriter: () => Promise.reject(new Error("not asked for")),
      },
    });
    expect(seen.map((options) => options.linkOtherFormats)).toEqual([undefined, undefined]);
    expect(seen[0]?.council).toBe(parsed.config.council.name);
  });
});

describe("formatOptionsFor", () => {
  const inputs = { config: withFormats(["html"]), phases, templateSet };
  const document = (path: string, easyRead?: boolean): RenderedDocument =>
    ({
      documentId: "leaflet",
      path,
      title: "Leaflet",
      language: "en",
      content: "# Leaflet\n",
      ...(easyRead === undefined ? {} : { easyRead }),
    }) as RenderedDocument;

  it("gives the writers an Easy Read document as the document says it is (its manifest), not by its file name", () => {
    expect(formatOptionsFor(inputs, document("leaflets/about-us.md", true)).easyRead).toBe(true);
    expect(
      formatOptionsFor(inputs, document("data-protection/privacy-notice-easy-read.md")),
    ).not.toHaveProperty("easyRead");
    expect(formatOptionsFor(inputs, document("easy-read.md", false))).not.toHaveProperty("easyRead");
  });

  it("names the council in Welsh for a Welsh document (its HTML title, its Word properties), in English otherwise", () => {
    const welshCouncil = { ...inputs.config.council, welshName: "Cyngor Sir Wendleshire" };
    const welshInputs = { ...inputs, config: { ...inputs.config, council: welshCouncil } };
    const welsh = { ...document("leaflet.cy.md"), language: "cy" } as RenderedDocument;
    expect(formatOptionsFor(welshInputs, welsh).council).toBe("Cyngor Sir Wendleshire");
    expect(formatOptionsFor(welshInputs, document("leaflet.md")).council).toBe(inputs.config.council.name);
    // Without a Welsh name, the English one.
    expect(formatOptionsFor(inputs, welsh).council).toBe(inputs.config.council.name);
  });

  it("gives the logo each document's text alternative: the council's name as the document's language writes it", () => {
    const logo = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), type: "png" as const };
    const welshCouncil = { ...inputs.config.council, welshName: "Cyngor Sir Wendleshire" };
    const withLogo = { ...inputs, config: { ...inputs.config, council: welshCouncil }, logo };
    const welsh = { ...document("leaflet.cy.md"), language: "cy" } as RenderedDocument;
    expect(formatOptionsFor(withLogo, welsh).style?.logo).toEqual({ ...logo, alt: "Cyngor Sir Wendleshire" });
    expect(formatOptionsFor(withLogo, document("leaflet.md")).style?.logo?.alt).toBe(
      inputs.config.council.name,
    );
    // Without a Welsh name, the English one; never "logo" after it (the name is what the logo says).
    expect(formatOptionsFor({ ...inputs, logo }, welsh).style?.logo?.alt).toBe(inputs.config.council.name);
  });
});

describe("logoAlt", () => {
  it("is the council's name in the language given: in Welsh its Welsh name, when it has one", () => {
    const council = { name: "Cwm Teg County Borough Council", welshName: "Cyngor Bwrdd Sirol Cwm Teg" };
    expect(logoAlt(council, "en")).toBe("Cwm Teg County Borough Council");
    expect(logoAlt(council, "cy")).toBe("Cyngor Bwrdd Sirol Cwm Teg");
    expect(logoAlt({ name: "Wendleshire Council" }, "cy")).toBe("Wendleshire Council");
  });
});

describe("serialisePackState", () => {
  it("writes indented JSON in a fixed key order with the files sorted, ending in a newline", () => {
    const text = serialisePackState({
      files: { "b.md": "sha256-b", "a.md": "sha256-a" },
      answers: { x: 1 },
      templates: { name: "t", version: "1" },
      lac: { version: "1.2.3" },
      stateVersion: 1,
    });
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(["stateVersion", "lac", "templates", "answers", "files"]);
    expect(Object.keys(JSON.parse(text).files)).toEqual(["a.md", "b.md"]);
  });

  it("writes the record of what each Word and HTML file was made from after the files, sorted, and only when there is one", () => {
    const base = {
      stateVersion: 2,
      lac: { version: "1.2.3" },
      templates: { name: "t", version: "1" },
      answers: null,
      files: { "b.docx": "sha256-b", "a.html": "sha256-a" },
    };
    const text = serialisePackState({ ...base, derived: { "b.docx": "sha256-d", "a.html": "sha256-c" } });
    expect(Object.keys(JSON.parse(text))).toEqual([
      "stateVersion",
      "lac",
      "templates",
      "answers",
      "files",
      "derived",
    ]);
    expect(Object.entries(JSON.parse(text).derived)).toEqual([
      ["a.html", "sha256-c"],
      ["b.docx", "sha256-d"],
    ]);
    expect(Object.keys(JSON.parse(serialisePackState(base)))).not.toContain("derived");
    // A path named "__proto__" stays a key there too.
    const odd = JSON.parse('{"__proto__": "sha256-p"}') as Record<string, string>;
    expect(JSON.parse(serialisePackState({ ...base, derived: odd })).derived).toEqual(odd);
  });

  it("sorts the files as a comparison of the paths with < does, whatever their names", () => {
    const names = [
      "__proto__",
      "constructor",
      "10",
      "2",
      "Z.md",
      "a.md",
      "é.md",
      "e\u0301.md",
      "😀.md",
      "ﬀ.md",
    ];
    for (let round = 0; round < 200; round++) {
      const files: Record<string, string> = JSON.parse("{}");
      for (let i = 0; i < 8; i++) {
        const name =
          Math.random() < 0.5
            ? (names[Math.floor(Math.random() * names.length)] as string)
            : String.fromCharCode(
                ...Array.from({ length: 3 }, () => 32 + Math.floor(Math.random() * 0xd7c0)),
              );
        Object.defineProperty(files, name, {
          value: `sha256-${i}`,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      const state = {
        files,
        answers: null,
        templates: { name: "t", version: "1" },
        lac: { version: "1" },
        stateVersion: 1,
      };
      const sorted = Object.fromEntries(
        Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      const expected = `${JSON.stringify({ stateVersion: 1, lac: state.lac, templates: state.templates, answers: null, files: sorted }, null, 2)}\n`;
      expect(serialisePackState(state)).toBe(expected);
    }
  });
});

describe("checkLogo", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  const options = { name: 'the logo "logo.png"' };
  it("takes a PNG, refuses what is not an image, too large, or SVG with Word", () => {
    const ok = checkLogo(png, { ...options, formats: ["docx"] });
    // Its text alternative is each document's (logoAlt, in the document's language), not the logo's.
    expect(ok).toEqual({ ok: true, logo: { bytes: png, type: "png" } });
    const text = checkLogo(new TextEncoder().encode("hello"), { ...options, formats: ["html"] });
    expect(text.ok ? "" : text.message).toMatch(/^the logo "logo.png" is not a PNG, JPEG or SVG image/);
    const large = new Uint8Array(MAX_LOGO_BYTES + 1);
    large.set(png);
    const big = checkLogo(large, { ...options, formats: ["html"] });
    expect(big.ok ? "" : big.message).toMatch(/is 1\.0 MiB; a logo may be at most 1 MiB/);
    const vector = checkLogo(svg, { ...options, formats: ["html", "docx"] });
    expect(vector.ok ? "" : vector.message).toMatch(/SVG image, which lac can put in HTML but not in Word/);
    expect(checkLogo(svg, { ...options, formats: ["html"] }).ok).toBe(true);
  });
});

describe("newPackFiles", () => {
  it("lays out a new pack as lac init writes it, with the hash of every file in state.json", async () => {
    const config = withFormats(["markdown", "docx", "html"]);
    const files = await newPackFiles({
      config,
      configText: "council: {}\n",
      rendered: { documents, phases, templateSet },
      sourceHashes: { plan: "sha256-0" },
      markdownlintConfig: "{}\n",
      schemaText: "{}\n",
      toolVersion: "9.9.9",
      writers: {
        loadHtmlWriter: () => Promise.resolve(html),
        loadDocxWriter: () => Promise.resolve(() => Promise.resolve(docxBytes)),
      },
      sha256Hex: (bytes) => createHash("sha256").update(bytes).digest("hex"),
    });
    const paths = files.map((file) => file.path);
    expect(paths[0]).toBe(CONFIG_FILE);
    expect(paths.at(-1)).toBe(STATE_FILE);
    // A base for each rendered text file, after the files; none for lac.config.yaml.
    const basesAt = paths.indexOf(BASES_FILE);
    for (const path of [SCHEMA_FILE, MARKDOWNLINT_FILE, "README.md", "implementation-plan.md"])
      expect(basesAt).toBeGreaterThan(paths.indexOf(path));
    const bases = parseBases(String(files[basesAt]!.content));
    expect(bases.ok && Object.keys(bases.bases).sort()).toEqual(
      [SCHEMA_FILE, MARKDOWNLINT_FILE, "README.md", "implementation-plan.md"].sort(),
    );
    const state = JSON.parse(String(files.at(-1)!.content)) as {
      lac: { version: string };
      templates: unknown;
      answers: unknown;
      files: Record<string, string>;
    };
    expect(state.lac.version).toBe("9.9.9");
    // Layout 2: the bases are in .lac/bases (a lac that knows only 1 refuses the pack).
    expect((state as unknown as { stateVersion: number }).stateVersion).toBe(2);
    expect(state.templates).toEqual({ ...templateSet, sources: { plan: "sha256-0" } });
    expect(state.answers).toEqual(JSON.parse(JSON.stringify(config)));
    expect(Object.keys(state.files).sort()).toEqual(paths.slice(0, -1).sort());
    for (const file of files.slice(0, -1))
      expect(state.files[file.path]).toBe(
        `sha256-${createHash("sha256").update(file.content).digest("hex")}`,
      );
  });
});
