// lac report end to end: the synthetic example in Markdown, Word and HTML (Word through LibreOffice, HTML
// through axe in Chromium, as the pack's documents are checked), and every kind of bad input.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.js";
import { hasChromium, launchChromium, offlineContext } from "./chromium.js";
import { convertToPdf, pdfText } from "./libreoffice.js";
import { decodePng, inkedShare } from "./png-pixels.js";
import { runLac, temporaryFolder } from "./run-lac.js";

const TEMPLATE = fileURLToPath(new URL("../../../docs/report-template.csv", import.meta.url));
const onCi = process.env.CI === "true" || process.env.CI === "1";
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice && command -v pdftotext"]).status === 0;
// The real-client checks look at the documents, which do not depend on Node.js: .ci/run's extra runs on
// Node.js 22 and 24 (LAC_CI_NODE set) leave them out, as they leave out clients.e2e.test.ts.
const otherNode = Boolean(process.env.LAC_CI_NODE);

const folder = temporaryFolder();
afterAll(folder.remove);
const REPORT = "reports/example-evaluation-2026-27";

function write(name: string, text: string | Uint8Array): string {
  const path = join(folder.dir, name);
  writeFileSync(path, text);
  return path;
}

const intro = (journey: string, at = "2026-05-01T10:00:00Z") =>
  JSON.stringify({
    journey,
    id: "e-1",
    type: "introduced",
    occurredAt: at,
    source: "self",
    neighbourhood: "nbh-01",
    level: "short-term",
  });

describe("lac report --example", () => {
  const pack = join(folder.dir, "example-pack");
  mkdirSync(pack);
  const run = runLac(["report", "--example"], pack, {}, undefined, 120_000);

  it("writes the report in Markdown, Word and HTML, with its charts, into reports/", () => {
    expect(run.status, run.stderr).toBe(0);
    for (const extension of [".md", ".docx", ".html"])
      expect(existsSync(join(pack, `${REPORT}${extension}`))).toBe(true);
    const charts = readdirSync(join(pack, `${REPORT}-charts`));
    expect(charts.sort()).toEqual([
      "days-to-first-conversation.svg",
      "introductions-by-source.svg",
      "monthly-trends.svg",
      "outcome-markers.svg",
      "stages-at-end.svg",
    ]);
    expect(run.stdout).toContain(`${REPORT}.docx`);
  });

  it("holds no person or journey reference, and no count from 1 to 4, in any format", () => {
    const markdown = readFileSync(join(pack, `${REPORT}.md`), "utf8");
    const html = readFileSync(join(pack, `${REPORT}.html`), "utf8");
    for (const text of [markdown, html]) {
      expect(text).not.toMatch(/\bP-\d|\bJ-\d/);
      expect(text).toContain("fewer than 5");
    }
    for (const [, value] of markdown.matchAll(/\| \**(\d[\d,]*)\** \|/g)) {
      const number = Number(value!.replaceAll(",", ""));
      expect(number === 0 || number >= 5, `a count of ${number}`).toBe(true);
    }
    expect(markdown).toContain("Draft for local review");
    expect(markdown).toContain("synthetic, fictional population");
  });

  it("puts each chart beside its table, with a text alternative, as SVG in HTML", () => {
    const html = readFileSync(join(pack, `${REPORT}.html`), "utf8");
    const figures = [...html.matchAll(/<figure class="chart"><svg role="img" aria-label="([^"]+)"/g)];
    expect(figures).toHaveLength(5);
    for (const [, alt] of figures) expect(alt!.length).toBeGreaterThan(60);
    expect(html).not.toMatch(/<img /);
  });

  it("draws each chart in the Word report as a picture (a PNG beside the SVG), not a blank box", () => {
    const docx = unzipSync(readFileSync(join(pack, `${REPORT}.docx`)));
    const pictures = Object.keys(docx).filter((name) => /^word\/media\/.*\.png$/.test(name));
    const svgs = Object.keys(docx).filter((name) => /^word\/media\/.*\.svg$/.test(name));
    expect(pictures).toHaveLength(5);
    expect(svgs).toHaveLength(5);
    for (const name of pictures) {
      const png = decodePng(docx[name]!);
      // Drawn at 1.5 times the SVG's size (every chart is more than 400 pixels wide).
      expect(png.width, name).toBeGreaterThan(600);
      // Bars, lines, axes and labels: a blank picture has none, a chart has a few per cent at least.
      expect(inkedShare(png), name).toBeGreaterThan(0.02);
    }
    // Each picture keeps its text alternative (the chart's description) in the document.
    const body = new TextDecoder().decode(docx["word/document.xml"]);
    const descriptions = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((match) => match[1]!);
    expect(descriptions).toHaveLength(5);
    for (const description of descriptions) expect(description.length).toBeGreaterThan(60);
  });

  it(
    "writes the same files again unchanged, and refuses to overwrite a report edited by hand",
    { timeout: 300_000 },
    () => {
      const again = runLac(["report", "--example"], pack, {}, undefined, 120_000);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain("(unchanged)");
      const markdown = join(pack, `${REPORT}.md`);
      writeFileSync(markdown, `${readFileSync(markdown, "utf8")}\nOur notes.\n`);
      const refused = runLac(["report", "--example"], pack, {}, undefined, 120_000);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`${REPORT}.md`);
      expect(refused.stderr).toContain("--force");
      expect(readFileSync(markdown, "utf8")).toContain("Our notes.");
      const forced = runLac(["report", "--example", "--force"], pack, {}, undefined, 120_000);
      expect(forced.status, forced.stderr).toBe(0);
      expect(readFileSync(markdown, "utf8")).not.toContain("Our notes.");
    },
  );

  it("breaks the counts down by coordinator only when asked", { timeout: 180_000 }, () => {
    const markdown = readFileSync(join(pack, `${REPORT}.md`), "utf8");
    expect(markdown).toContain("## By neighbourhood");
    expect(markdown).not.toContain("STF-");
    const byCoordinator = runLac(
      ["report", "--example", "--by", "coordinator"],
      pack,
      {},
      undefined,
      120_000,
    );
    expect(byCoordinator.status, byCoordinator.stderr).toBe(0);
    const text = readFileSync(join(pack, `${REPORT}-by-coordinator.md`), "utf8");
    expect(text).toContain("## By coordinator");
    expect(text).toMatch(/\| STF-\d{4} \|/);
  });

  describe.skipIf((!hasSoffice && !onCi) || otherNode)("in LibreOffice", () => {
    it("converts the Word report to PDF, with its headings and numbers", () => {
      const out = join(folder.dir, "pdf");
      const convert = convertToPdf([join(pack, `${REPORT}.docx`)], out, folder.dir, 300_000);
      expect(convert.status, convert.stderr).toBe(0);
      const text = pdfText(join(out, "example-evaluation-2026-27.pdf")).replace(/\s+/g, " ");
      for (const heading of [
        "People introduced, and by whom",
        "Month by month",
        "By neighbourhood",
        "Outcome markers",
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain("fewer than 5");
      // LibreOffice shows the PNG picture of each chart: the PDF has the five, at their drawn size.
      const images = spawnSync("pdfimages", ["-list", join(out, "example-evaluation-2026-27.pdf")], {
        encoding: "utf8",
      }).stdout;
      // Each row: page, number, type ("image", or "smask" for a picture's transparency), width, …
      const widths = images
        .split("\n")
        .slice(2)
        .map((line) => line.trim().split(/\s+/))
        .filter((columns) => columns[2] === "image")
        .map((columns) => Number(columns[3]));
      expect(widths.filter((width) => width > 600)).toHaveLength(5);
    }, 300_000);
  });

  describe.skipIf((!hasChromium && !onCi) || otherNode)("in Chromium", () => {
    it("loads the HTML report with no errors or requests, and axe finds no WCAG 2.1 AA violations", async () => {
      const browser = await launchChromium();
      try {
        const { context, requests } = await offlineContext(browser);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        await page.goto(pathToFileURL(join(pack, `${REPORT}.html`)).href, { waitUntil: "load" });
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
});

describe("lac report with a file", () => {
  it("reads the CSV template from the docs", () => {
    const out = join(folder.dir, "template-pack");
    const run = runLac(
      ["report", TEMPLATE, "--period", "2026-27", "--out", out],
      folder.dir,
      {},
      undefined,
      120_000,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, "reports/evaluation-2026-27.docx"))).toBe(true);
  });

  it("reads the files @lac/journeys' serialiser writes, one after another", () => {
    const log = [
      JSON.stringify({ id: "J-000010", person: "P-000010" }),
      JSON.parse(intro("x")) && JSON.stringify({ ...JSON.parse(intro("x")), journey: undefined }),
      JSON.stringify({ id: "J-000011", person: "P-000011" }),
      JSON.stringify({ ...JSON.parse(intro("x", "2026-06-01T10:00:00Z")), journey: undefined }),
    ].join("\n");
    const out = join(folder.dir, "serialised-pack");
    const run = runLac(
      ["report", write("serialised.jsonl", log), "--period", "2026-27", "--out", out],
      folder.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("on 2 journeys");
    const markdown = readFileSync(join(out, "reports/evaluation-2026-27.md"), "utf8");
    expect(markdown).not.toContain("P-0000");
  });

  const refused = (
    name: string,
    text: string | Uint8Array,
    args: readonly string[] = ["--period", "2026-27"],
  ) => {
    const out = join(folder.dir, `out-${name}`);
    const run = runLac(["report", write(name, text), ...args, "--out", out], folder.dir);
    expect(run.status).toBe(1);
    expect(existsSync(join(out, "reports"))).toBe(false);
    return run.stderr;
  };

  it("refuses a malformed line, an unknown event type and an event with no journey, each located, and writes nothing", () => {
    const stderr = refused(
      "bad.jsonl",
      [
        intro("J-1"),
        JSON.stringify({ journey: "J-1", id: "e-2", type: "waved", occurredAt: "2026-05-02T10:00:00Z" }),
        "{not json",
        JSON.stringify({ id: "e-9", type: "paused", occurredAt: "2026-05-02T10:00:00Z" }),
        intro("J-2"),
      ].join("\n"),
    );
    expect(stderr).toContain("bad.jsonl:2:");
    expect(stderr).toMatch(/bad\.jsonl:2:.*type/);
    expect(stderr).toContain("bad.jsonl:3: error not valid JSON");
    expect(stderr).toContain("bad.jsonl:4: error an event with no journey");
    expect(stderr).toContain("4 lines refused (1 journey)");
    expect(stderr).toContain("--skip-invalid");
    expect(stderr).toContain("Nothing was written.");
  });

  it("refuses events that break a journey's rules, and a journey whose lines are not together", () => {
    const stderr = refused(
      "rules.jsonl",
      [
        intro("J-1"),
        JSON.stringify({ journey: "J-1", id: "e-2", type: "resumed", occurredAt: "2026-05-02T10:00:00Z" }),
        intro("J-2"),
        JSON.stringify({ journey: "J-2", id: "e-2", type: "paused", occurredAt: "2026-04-02T10:00:00Z" }),
        intro("J-3"),
        JSON.stringify({ journey: "J-3", id: "e-2", type: "paused", occurredAt: "2026-05-02T10:00:00Z" }),
        intro("J-4"),
        JSON.stringify({ journey: "J-3", id: "e-3", type: "resumed", occurredAt: "2026-05-03T10:00:00Z" }),
      ].join("\n"),
    );
    expect(stderr).toMatch(/rules\.jsonl:2: error journey J-1: .*paused/);
    expect(stderr).toMatch(/rules\.jsonl:4: error journey J-2: .*before/);
    expect(stderr).toContain("rules.jsonl:8: error the events of journey J-3 are not together");
  });

  it(
    "writes from the valid journeys only with --skip-invalid, and says so in the report",
    { timeout: 180_000 },
    () => {
      const lines = [
        intro("J-1"),
        "{not json",
        ...Array.from({ length: 6 }, (_v, i) => intro(`J-${i + 10}`)),
      ];
      const out = join(folder.dir, "skip-pack");
      const run = runLac(
        [
          "report",
          write("skip.jsonl", lines.join("\n")),
          "--period",
          "2026-27",
          "--skip-invalid",
          "--out",
          out,
        ],
        folder.dir,
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain("skip.jsonl:2: warning");
      const markdown = readFileSync(join(out, "reports/evaluation-2026-27.md"), "utf8");
      expect(markdown).toContain("2 lines of the log (1 journey) were refused");
    },
  );

  it("says when the period has no events, and what the log covers", () => {
    const ended = JSON.stringify({
      journey: "J-1",
      id: "e-2",
      type: "ended",
      occurredAt: "2024-06-01T10:00:00Z",
      reason: "moved-on",
    });
    const stderr = refused("early.jsonl", `${intro("J-1", "2024-05-01T10:00:00Z")}\n${ended}\n`, [
      "--period",
      "2026-27",
    ]);
    expect(stderr).toMatch(/no journey was open between 2026-04-01 and 2027-03-31.*2024-05-01 to 2024-06-01/);
  });

  it("refuses a CSV with missing or extra columns, naming them", () => {
    const missing = refused("missing.csv", "journey,id,occurredAt\nJ-1,e-1,2026-05-01T10:00:00Z\n");
    expect(missing).toMatch(/missing\.csv:1: error .*"type" is missing/);
    const extra = refused(
      "extra.csv",
      "journey,id,type,occurredAt,notes\nJ-1,e-1,introduced,2026-05-01T10:00:00Z,x\n",
    );
    expect(extra).toContain('"notes" is not a column of the template');
    const typo = refused("typo.csv", "journey,id,type,occuredAt\n");
    expect(typo).toContain('did you mean "occurredAt"?');
    const fields = refused("fields.csv", "journey,id,type,occurredAt\nJ-1,e-1,introduced\n");
    expect(fields).toContain("fields.csv:2: error 3 fields, but the header has 4 columns");
  });

  it("refuses a file in the wrong encoding, with the line", () => {
    const latin1 = Buffer.concat([Buffer.from(`${intro("J-1")}\n`), Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])]);
    expect(refused("latin1.jsonl", latin1)).toMatch(/latin1\.jsonl:2: error line 2 is not UTF-8/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${intro("J-1")}\n`, "utf16le")]);
    expect(refused("utf16.csv", utf16)).toMatch(/utf16\.csv:1: error .*UTF-16/);
  });

  it("explains a missing period, a bad period, a bad threshold and a bad grouping (usage, exit 2)", () => {
    const file = write("one.jsonl", `${intro("J-1")}\n`);
    for (const [args, message] of [
      [[], "say which period"],
      [["--period", "2026-2027"], "not a financial year"],
      [["--from", "2026-04-01"], "both --from and --to"],
      [["--period", "2026-27", "--threshold", "2"], "--threshold must be"],
      [["--period", "2026-27", "--by", "person"], "--by must be neighbourhood or coordinator"],
    ] as const) {
      const run = runLac(["report", file, ...args], folder.dir);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});
