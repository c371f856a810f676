import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { example, runLac as runLacQuickly, temporaryFolder } from "./run-lac.js";

/** Writing every document in Word and HTML is CPU-bound: give it time on a busy machine. */
const runLac = (args: readonly string[], cwd: string) => runLacQuickly(args, cwd, {}, undefined, 180_000);

const folder = temporaryFolder();
afterAll(folder.remove);

const ALL_FORMATS = "output.formats=[markdown, docx, html]";
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The example council's answers, asking for every format and for a logo at `logo`. */
function answersWithLogo(logo: string): string {
  const text = readFileSync(example("brackenford"), "utf8");
  return text.replace(
    / {2}formats: \[markdown\]/,
    `  formats: [markdown, docx, html]\n  style:\n    font: Noto Sans\n    headingColour: "#7a1f3d"\n    logo: ${logo}`,
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("lac init with output.formats", { timeout: 400_000 }, () => {
  const pack = join(folder.dir, "all");

  it("writes a .docx and a .html beside every Markdown document", () => {
    const run = runLac(["init", pack, "--answers", example("brackenford"), "--set", ALL_FORMATS], folder.dir);
    expect(run.status, run.stderr).toBe(0);
    const files = filesUnder(pack);
    // Only the pack's own documents have Word and HTML versions (.lac holds lac's records).
    const markdown = files.filter((file) => file.endsWith(".md") && !file.startsWith(".lac"));
    expect(markdown.length).toBeGreaterThan(5);
    for (const file of markdown) {
      expect(files).toContain(file.replace(/\.md$/, ".docx"));
      expect(files).toContain(file.replace(/\.md$/, ".html"));
    }
    const docx = readFileSync(join(pack, "implementation-plan.docx"));
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const html = readFileSync(join(pack, "implementation-plan.html"), "utf8");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<svg");
    expect(html).not.toContain("```mermaid");
    expect(readFileSync(join(pack, "README.html"), "utf8")).toContain('href="implementation-plan.html"');
    // The Easy Read notice (easyRead in the templates' manifest) is set in 14-point text, the others in 11.
    const bodySize = (path: string) =>
      /body \{ font-family: [^}]*font-size: (\d+pt);/.exec(readFileSync(join(pack, path), "utf8"))?.[1];
    expect(bodySize("data-protection/privacy-notice-easy-read.html")).toBe("14pt");
    expect(bodySize("implementation-plan.html")).toBe("11pt");
    const state = JSON.parse(readFileSync(join(pack, ".lac/state.json"), "utf8")) as { files: object };
    expect(Object.keys(state.files)).toContain("implementation-plan.docx");
  });

  it("writes the same bytes again, so a second run changes nothing", () => {
    const run = runLac(["generate", pack, "--json"], folder.dir);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      summary: { unchanged: number; create: number; modify: number };
    };
    expect(report.summary).toMatchObject({ create: 0, modify: 0 });
  });

  it("treats a Word file edited by hand as a conflict, and writes nothing", () => {
    const file = join(pack, "roles/team-manager.docx");
    const edited = Buffer.concat([readFileSync(file), Buffer.from([0])]);
    writeFileSync(file, edited);
    const plan = readFileSync(join(pack, "implementation-plan.md"), "utf8");
    writeFileSync(
      join(pack, "lac.config.yaml"),
      readFileSync(join(pack, "lac.config.yaml"), "utf8").replace("151800", "151900"),
    );
    const dry = runLac(["generate", pack, "--dry-run"], folder.dir);
    expect(dry.stdout).toMatch(/conflict\s+roles\/team-manager\.docx/);
    const run = runLac(["generate", pack], folder.dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("roles/team-manager.docx");
    expect(readFileSync(file)).toEqual(edited);
    expect(readFileSync(join(pack, "implementation-plan.md"), "utf8")).toBe(plan);
  });

  it("loads nothing new for Markdown only: the example council writes no .docx or .html", () => {
    const markdownOnly = join(folder.dir, "markdown-only");
    const run = runLac(["init", markdownOnly, "--answers", example("brackenford")], folder.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(filesUnder(markdownOnly).some((file) => /\.(docx|html)$/.test(file))).toBe(false);
  });
});

describe(
  "Word and HTML files made again only when what they are made from changes",
  { timeout: 400_000 },
  () => {
    const pack = join(folder.dir, "kept");
    const statePath = join(pack, ".lac/state.json");
    type State = { files: Record<string, string>; derived?: Record<string, string> };
    const readState = () => JSON.parse(readFileSync(statePath, "utf8")) as State;
    const sha256 = (bytes: Uint8Array) => `sha256-${createHash("sha256").update(bytes).digest("hex")}`;
    const derivedFiles = () => filesUnder(pack).filter((file) => /\.(docx|html)$/.test(file));
    /** Which of lac's bundles a run read (test/record-loads.cjs). */
    const recordLoads = fileURLToPath(new URL("./record-loads.cjs", import.meta.url));
    const generate = (name: string) => {
      const record = join(folder.dir, `${name}.loads.json`);
      const run = runLacQuickly(
        ["generate", pack, "--json"],
        folder.dir,
        { NODE_OPTIONS: `--require ${recordLoads}`, LAC_RECORD_LOADS: record },
        undefined,
        180_000,
      );
      expect(run.status, run.stderr).toBe(0);
      const bundles = (JSON.parse(readFileSync(record, "utf8")) as string[]).filter((path) =>
        path.endsWith(".cjs"),
      );
      const report = JSON.parse(run.stdout) as { files: { path: string; action: string }[] };
      const changed = report.files.filter((file) => file.action !== "unchanged").map((file) => file.path);
      return { changed: changed.sort(), loadedWriters: bundles.some((path) => path.endsWith("formats.cjs")) };
    };
    /**
     * Puts other bytes at `path` and records them in the state file as lac's own: a run that keeps the file
     * leaves them there, and one that makes it again writes the writers' bytes over them.
     */
    const standIn = (path: string): Buffer => {
      const bytes = Buffer.concat([readFileSync(join(pack, path)), Buffer.from("stand-in")]);
      writeFileSync(join(pack, path), bytes);
      const state = readState();
      state.files[path] = sha256(bytes);
      writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
      return bytes;
    };

    it("names the writers that make the files by the content hash of their bundle, written into lac's other bundles", () => {
      const dist = fileURLToPath(new URL("../dist/", import.meta.url));
      const writers = `lac-writers-${createHash("sha256")
        .update(readFileSync(join(dist, "formats.cjs")))
        .digest("hex")}`;
      expect(readFileSync(join(dist, "init.cjs"), "utf8")).toContain(writers);
      for (const bundle of readdirSync(dist).filter((name) => name.endsWith(".cjs")))
        expect(readFileSync(join(dist, bundle), "utf8"), bundle).not.toContain(
          `lac-writers-${"0".repeat(64)}`,
        );
    });

    it("records what each Word and HTML file was made from, and keeps them all when nothing changed, without loading the writers", () => {
      const answers = join(folder.dir, "kept.yaml");
      writeFileSync(answers, answersWithLogo("logo.png"));
      mkdirSync(pack, { recursive: true });
      writeFileSync(join(pack, "logo.png"), PNG_1X1);
      const run = runLac(["init", pack, "--answers", answers], folder.dir);
      expect(run.status, run.stderr).toBe(0);
      const state = readState();
      expect(Object.keys(state.derived ?? {}).sort()).toEqual(derivedFiles());
      const kept = standIn("roles/team-manager.docx");
      expect(generate("nothing-changed")).toEqual({ changed: [], loadedWriters: false });
      expect(readFileSync(join(pack, "roles/team-manager.docx"))).toEqual(kept);
      expect(readState().derived).toEqual(state.derived);
    });

    it("makes a document's Word and HTML files again when its Markdown changes, and keeps the others", () => {
      const kept = standIn("roles/team-manager.docx");
      const plan = standIn("implementation-plan.docx");
      const markdown = join(pack, "implementation-plan.md");
      writeFileSync(markdown, `${readFileSync(markdown, "utf8")}\nA paragraph the council added.\n`);
      expect(generate("markdown-changed")).toEqual({
        changed: ["implementation-plan.docx", "implementation-plan.html"],
        loadedWriters: true,
      });
      expect(readFileSync(join(pack, "roles/team-manager.docx"))).toEqual(kept);
      expect(readFileSync(join(pack, "implementation-plan.docx"))).not.toEqual(plan);
      expect(readFileSync(join(pack, "implementation-plan.html"), "utf8")).toContain(
        "A paragraph the council added.",
      );
    });

    it("makes every file again when the logo file's bytes change at the same path", () => {
      standIn("roles/team-manager.docx");
      // The same picture with a byte after its end: other bytes, still a PNG.
      writeFileSync(join(pack, "logo.png"), Buffer.concat([PNG_1X1, Buffer.from([0])]));
      const { changed } = generate("logo-changed");
      expect(changed).toEqual(derivedFiles());
    });

    it("makes a file again when the state file's record of its source is missing or another", () => {
      const readme = standIn("README.docx");
      const state = readState();
      state.derived!["README.docx"] = `sha256-${"0".repeat(64)}`;
      delete state.derived!["README.html"];
      writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
      expect(generate("record-changed").changed).toEqual(["README.docx"]);
      expect(readFileSync(join(pack, "README.docx"))).not.toEqual(readme);
      // A pack whose state file has no record (one made by the web builder, say): all made, then recorded.
      const { derived: _derived, ...withoutRecord } = readState();
      writeFileSync(statePath, `${JSON.stringify(withoutRecord, null, 2)}\n`);
      const kept = standIn("roles/team-manager.docx");
      expect(generate("no-record").changed).toEqual(["roles/team-manager.docx"]);
      expect(readFileSync(join(pack, "roles/team-manager.docx"))).not.toEqual(kept);
      expect(Object.keys(readState().derived ?? {}).sort()).toEqual(derivedFiles());
      // A record that is not one (edited by hand, say) is read as none: the run goes on and makes them all.
      writeFileSync(statePath, `${JSON.stringify({ ...readState(), derived: "not a record" }, null, 2)}\n`);
      const again = standIn("README.html");
      expect(generate("damaged-record").changed).toEqual(["README.html"]);
      expect(readFileSync(join(pack, "README.html"))).not.toEqual(again);
      expect(Object.keys(readState().derived ?? {}).sort()).toEqual(derivedFiles());
    });

    it("takes as its own a Word or HTML file that runs stopped before their state file wrote, and makes it again", () => {
      const failStateRename = fileURLToPath(new URL("./fail-state-rename.cjs", import.meta.url));
      type Pending = { derived?: Record<string, string[]> };
      const readPending = () =>
        JSON.parse(readFileSync(join(pack, ".lac/update-pending.json"), "utf8")) as Pending;
      const addTo = (path: string, text: string) =>
        writeFileSync(join(pack, path), `${readFileSync(join(pack, path), "utf8")}\n${text}\n`);
      // A run stopped once its files are written, before its state file is: its pending record stays.
      const stoppedRun = () => {
        const run = runLacQuickly(
          ["generate", pack],
          folder.dir,
          { NODE_OPTIONS: `--require ${failStateRename}` },
          undefined,
          180_000,
        );
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toContain("could not update .lac/state.json");
      };
      const plan = ["implementation-plan.docx", "implementation-plan.html"];
      const readme = ["README.docx", "README.html"];

      addTo("implementation-plan.md", "A second paragraph the council added.");
      stoppedRun();
      const first = readPending();
      expect(Object.keys(first.derived ?? {}).sort()).toEqual(plan);
      // The state file records the files as they were before the stopped run: they look edited since.
      for (const path of plan) {
        const written = sha256(readFileSync(join(pack, path)));
        expect(readState().files[path]).not.toBe(written);
        expect(first.derived?.[path]).toEqual([written]);
      }
      // A second stopped run, which writes other files: the first one's hashes are kept in its record.
      addTo("README.md", "A note the council added to the index.");
      stoppedRun();
      const second = readPending();
      expect(Object.keys(second.derived ?? {}).sort()).toEqual([...readme, ...plan].sort());
      for (const path of plan) expect(second.derived?.[path]).toEqual(first.derived?.[path]);

      // The council edits the Markdown again: the files are lac's to make again, not conflicts.
      addTo("implementation-plan.md", "A third paragraph.");
      expect(generate("after-stopped-runs")).toEqual({ changed: plan, loadedWriters: true });
      expect(readFileSync(join(pack, "implementation-plan.html"), "utf8")).toContain("A third paragraph.");
      expect(existsSync(join(pack, ".lac/update-pending.json"))).toBe(false);

      // A Word file edited by hand since is still a conflict, whatever the record says.
      addTo("implementation-plan.md", "A fourth paragraph.");
      stoppedRun();
      writeFileSync(join(pack, "implementation-plan.docx"), "edited by hand");
      addTo("implementation-plan.md", "A fifth paragraph.");
      const refused = runLac(["generate", pack], folder.dir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("implementation-plan.docx");
    });
  },
);

describe("bad house style or formats: a located error, and nothing written", { timeout: 200_000 }, () => {
  function initWithLogo(name: string, logo: string, prepare?: (pack: string) => void) {
    const answers = join(folder.dir, `${name}.yaml`);
    writeFileSync(answers, answersWithLogo(logo));
    const pack = join(folder.dir, name);
    if (prepare) {
      mkdirSync(pack, { recursive: true });
      prepare(pack);
    }
    const before = existsSync(pack) ? filesUnder(pack) : [];
    const run = runLac(["init", pack, "--answers", answers], folder.dir);
    const after = existsSync(pack) ? filesUnder(pack) : [];
    return { run, before, after, answers: `${name}.yaml` };
  }

  it("puts a PNG logo into the Word and HTML files", () => {
    const { run, after } = initWithLogo("with-logo", "logo.png", (pack) =>
      writeFileSync(join(pack, "logo.png"), PNG_1X1),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(after).toContain("implementation-plan.docx");
    expect(readFileSync(join(folder.dir, "with-logo", "README.html"), "utf8")).toContain(
      // The council's name: what the logo says ("logo" after it would add nothing).
      'alt="Brackenford Borough Council (fictional)"',
    );
  });

  it("refuses a missing logo file, at its line in the answers file", () => {
    const { run, before, after } = initWithLogo("missing-logo", "branding/logo.png");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /missing-logo\.yaml:\d+:\d+ error output\.style\.logo: the logo "branding\/logo\.png"/,
    );
    expect(run.stderr).toContain("does not exist");
    expect(after).toEqual(before);
  });

  it("refuses a logo that is not a PNG, JPEG or SVG image, whatever its name", () => {
    const { run, before, after } = initWithLogo("text-logo", "logo.png", (pack) =>
      writeFileSync(join(pack, "logo.png"), "not an image"),
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("is not a PNG, JPEG or SVG image");
    expect(after).toEqual(before);
  });

  it("refuses a logo over 1 MiB", () => {
    const { run, before, after } = initWithLogo("big-logo", "logo.png", (pack) =>
      writeFileSync(join(pack, "logo.png"), Buffer.concat([PNG_1X1, Buffer.alloc(1024 * 1024 + 1)])),
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("at most 1 MiB");
    expect(after).toEqual(before);
  });

  it("refuses an SVG logo for Word documents", () => {
    const { run, after, before } = initWithLogo("svg-logo", "logo.svg", (pack) =>
      writeFileSync(
        join(pack, "logo.svg"),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>',
      ),
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("SVG image, which lac can put in HTML but not in Word");
    expect(after).toEqual(before);
  });

  it("refuses a format that does not exist, and a font name with odd characters", () => {
    const pack = join(folder.dir, "bad-format");
    const format = runLac(
      ["init", pack, "--answers", example("brackenford"), "--set", "output.formats=[markdown, pdf]"],
      folder.dir,
    );
    expect(format.status).not.toBe(0);
    expect(format.stderr).toContain("output.formats");
    expect(format.stderr).toContain('"docx"');
    const font = runLac(
      ["init", pack, "--answers", example("brackenford"), "--set", "output.style.font=Arial;}body{x"],
      folder.dir,
    );
    expect(font.status).not.toBe(0);
    expect(font.stderr).toContain("output.style.font");
    expect(existsSync(pack)).toBe(false);
  });
});
