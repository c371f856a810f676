import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, folderTexts, runLac, temporaryFolder } from "./run-lac.js";
import { templateSetReleases } from "./template-fixtures.js";

// The council's own templates: a pack made with the "old" release of a small template set
// (test/fixtures), a template copied into the pack's templates folder and edited, then errors of every
// kind, and an update to the "new" release.
const folder = temporaryFolder();
afterAll(folder.remove);
let made: string;

const releases = templateSetReleases(folder.dir);
const { withOld, withNew } = releases;
const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");
const write = (dir: string, path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

const snapshot = folderTexts;

/** A copy of the pack made with the old release, its configuration naming the templates folder. */
/**
 * The council's own templates of the listing and showing tests: its copy of the plan, a partial of its
 * own, and a document of its own (which the test's manifest adds) that uses the partial.
 */
function writeOwnTemplates(dir: string): void {
  write(dir, "templates/documents/implementation-plan.hbs", "# Our plan\n");
  write(dir, "templates/partials/our-footer.hbs", "Our footer.\n");
  write(dir, "templates/documents/charter.hbs", "# {{document.title}}\n\n{{> our-footer}}\n");
}

function copyOfPack(name: string, templatesFolder = "templates"): string {
  const dir = join(folder.dir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(made, dir, { recursive: true });
  appendFileSync(join(dir, "lac.config.yaml"), `\ntemplates: ${templatesFolder}\n`);
  return dir;
}

beforeAll(() => {
  releases.build();
  made = join(folder.dir, "made");
  const init = runLac(
    ["init", made, "--answers", example("brackenford"), "--set", "output.formats=[markdown]"],
    folder.dir,
    withOld(),
  );
  if (init.status !== 0) throw new Error(`${init.status} ${init.stdout} ${init.stderr}`);
});

describe("lac templates", () => {
  it("lists the templates, the partials and the data they can use, also as JSON", () => {
    const list = runLac(["templates", "list", made], folder.dir, withOld());
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/documents\/plan → plan\.md/);
    expect(list.stdout).toMatch(/^ {2}council\.name text: Brackenford Borough Council/m);
    const json = JSON.parse(runLac(["templates", "list", made, "--json"], folder.dir, withOld()).stdout) as {
      templates: { name: string }[];
      data: { common: { path: string }[] };
    };
    expect(json.templates.map((entry) => entry.name)).toEqual([
      "documents/old-note",
      "documents/pack-index",
      "documents/plan",
    ]);
    expect(json.data.common.map((entry) => entry.path)).toContain("programme.startDate");
  });

  it("shows each document's title as the pack has it, and outside a pack says what its braces stand for", () => {
    // The bundled templates (not the test set), whose manager's role description is titled with the
    // council's own title for the post; the title has characters Markdown escapes.
    const dir = copyOfPack("titles");
    write(
      dir,
      "lac.config.yaml",
      read(dir, "lac.config.yaml").replace(
        "title: Local Area Coordination Team Manager",
        "title: Team Leader [Adults]",
      ),
    );
    const inPack = runLac(["templates", "list", dir], folder.dir);
    expect(inPack.status, inPack.stderr).toBe(0);
    expect(inPack.stdout).toMatch(
      /^ {2}documents\/roles\/team-manager → roles\/team-manager\.md\n {4}Role description: Team Leader \[Adults\]$/m,
    );
    expect(inPack.stdout).not.toMatch(/\{(team|cy)\./);
    type Listed = { templates: { name: string; documents?: { title: string; manifestTitle?: string }[] }[] };
    const manager = (listed: Listed) =>
      listed.templates.find((entry) => entry.name === "documents/roles/team-manager")?.documents?.[0];
    expect(
      manager(JSON.parse(runLac(["templates", "list", dir, "--json"], folder.dir).stdout) as Listed),
    ).toEqual({
      id: "role-team-manager",
      title: "Role description: Team Leader [Adults]",
      manifestTitle: "Role description: {team.manager.title}",
      output: "roles/team-manager.md",
      origin: "bundled",
      inPack: true,
    });

    const outside = runLac(["templates", "list"], folder.dir);
    expect(outside.status, outside.stderr).toBe(0);
    expect(outside.stdout).toMatch(/^ {4}Role description: \{team\.manager\.title\}$/m);
    expect(outside.stdout).toMatch(
      /A title's \{braces\} name a text of the pack's data \(\{team\.manager\.title\}: the council's title for the post\)/,
    );
    expect(
      manager(JSON.parse(runLac(["templates", "list", "--json"], folder.dir).stdout) as Listed),
    ).toMatchObject({
      title: "Role description: {team.manager.title}",
      manifestTitle: "Role description: {team.manager.title}",
    });
  });

  it("lists the documents the council adds and the templates it overrides, and says which documents the pack has, also as JSON", () => {
    // The bundled templates, in a pack of an English council with templates of its own.
    const dir = copyOfPack("listing-own");
    writeOwnTemplates(dir);
    write(dir, "templates/partials/draft-notice.hbs", "Our notice.\n");
    write(dir, "templates/documents/local/multi-note.hbs", "# A note\n");
    write(
      dir,
      "templates/manifest.yaml",
      [
        "documents:",
        "  - id: charter",
        '    title: "Charter of {council.shortName}"',
        "    purpose: What we promise.",
        "    template: charter",
        "    output: local/charter.md",
        "  - id: multi-note",
        "    title: Our note on the multi-party agreement",
        "    purpose: How we run it.",
        "    template: local/multi-note",
        "    output: local/multi-note.md",
        "    when:",
        "      dataProtection.sharingAgreement: multi-party",
        "      council.mayor: true",
        "",
      ].join("\n"),
    );
    const list = runLac(["templates", "list", dir], folder.dir);
    expect(list.status, list.stderr).toBe(0);
    const text = list.stdout;
    expect(text).toMatch(
      /^ {2}documents\/implementation-plan → implementation-plan\.md \(overridden by yours: templates\/documents\/implementation-plan\.hbs\)\n {4}Implementation plan$/m,
    );
    // A bundled document the pack does not have, and why.
    expect(text).toMatch(
      /^ {4}Cofnod cytundeb i rannu: ffurflen \(not in this pack: for councils in Wales\)$/m,
    );
    expect(text).toMatch(
      /^ {4}Multi-party data-sharing agreement \(not in this pack: when dataProtection\.sharingAgreement is "multi-party", here "per-partner"\)$/m,
    );
    // The council's own documents, in a section of their own, with their titles as the pack has them.
    expect(text).toMatch(
      /^Your own documents \(templates\/manifest\.yaml\)\n {2}documents\/charter → local\/charter\.md \(yours: templates\/documents\/charter\.hbs\)\n {4}Charter of Brackenford\n {2}documents\/local\/multi-note → local\/multi-note\.md \(yours: templates\/documents\/local\/multi-note\.hbs\)\n {4}Our note on the multi-party agreement \(not in this pack: when dataProtection\.sharingAgreement is "multi-party", here "per-partner", and council\.mayor is true, which the pack's data does not have\)$/m,
    );
    expect(text).toMatch(
      /^ {2}partials\/draft-notice \(overridden by yours: templates\/partials\/draft-notice\.hbs\)$/m,
    );
    expect(text).toMatch(/^ {2}partials\/our-footer \(yours: templates\/partials\/our-footer\.hbs\)$/m);
    // The bundled documents are listed once, the council's own once.
    expect(text.match(/documents\/charter →/g)).toHaveLength(1);

    const json = runLac(["templates", "list", dir, "--json"], folder.dir);
    expect(json.status, json.stderr).toBe(0);
    type Listed = {
      templates: {
        name: string;
        origin: string;
        file?: string;
        overriddenBy?: string;
        documents?: unknown[];
      }[];
    };
    const listed = JSON.parse(json.stdout) as Listed;
    const entry = (name: string) => listed.templates.find((candidate) => candidate.name === name);
    expect(entry("documents/charter")).toEqual({
      name: "documents/charter",
      kind: "document",
      origin: "council",
      file: "templates/documents/charter.hbs",
      documents: [
        {
          id: "charter",
          title: "Charter of Brackenford",
          manifestTitle: "Charter of {council.shortName}",
          output: "local/charter.md",
          origin: "council",
          inPack: true,
        },
      ],
    });
    expect(entry("documents/local/multi-note")?.documents).toEqual([
      {
        id: "multi-note",
        title: "Our note on the multi-party agreement",
        manifestTitle: "Our note on the multi-party agreement",
        output: "local/multi-note.md",
        origin: "council",
        inPack: false,
        notInPack: {
          because: "when",
          unmet: [
            { path: "dataProtection.sharingAgreement", expected: "multi-party", actual: "per-partner" },
            { path: "council.mayor", expected: true },
          ],
        },
      },
    ]);
    expect(entry("documents/implementation-plan")).toMatchObject({
      origin: "bundled",
      overriddenBy: "templates/documents/implementation-plan.hbs",
    });
    expect(entry("documents/cy/data-protection/agreement-form")?.documents).toMatchObject([
      { inPack: false, notInPack: { because: "nation", nations: ["wales"] } },
    ]);
    expect(entry("partials/draft-notice")).toEqual({
      name: "partials/draft-notice",
      kind: "partial",
      origin: "bundled",
      overriddenBy: "templates/partials/draft-notice.hbs",
    });
    expect(entry("partials/our-footer")).toEqual({
      name: "partials/our-footer",
      kind: "partial",
      origin: "council",
      file: "templates/partials/our-footer.hbs",
    });
  });

  it("says where the council's manifest is wrong, as lac generate does, lists the templates all the same, and exits with 1", () => {
    const dir = copyOfPack("listing-broken");
    write(dir, "templates/documents/charter.hbs", "# Charter\n");
    const cases: [string, RegExp, object][] = [
      [
        "documents:\n  - id: charter\n    title: Charter\n    purpose: Ours.\n    template: charter\n    output: implementation-plan.md\n",
        /^templates\/manifest\.yaml:6:13 error documents\.0\.output: "implementation-plan\.md" is where the document "implementation-plan" is written\. Give the added document a path of its own\.$/m,
        { file: "templates/manifest.yaml", line: 6, column: 13 },
      ],
      [
        "documents:\n  - id: charter\n    title: Charter\n    template: charter\n    output: local/charter.md\n",
        /^templates\/manifest\.yaml:2:5 error documents\.0\.purpose: /m,
        { file: "templates/manifest.yaml", line: 2, column: 5 },
      ],
      [
        "documents:\n  - id: charter\n    title: [Charter\n",
        /^templates\/manifest\.yaml:\d+:\d+ error not valid YAML/m,
        { file: "templates/manifest.yaml" },
      ],
    ];
    for (const [manifest, expected, place] of cases) {
      write(dir, "templates/manifest.yaml", manifest);
      const list = runLac(["templates", "list", dir], folder.dir);
      expect(list.status, list.stderr).toBe(1);
      // The bundled templates are listed all the same, and the problem is marked in the list.
      expect(list.stdout).toMatch(/^ {2}documents\/pack-index → README\.md$/m);
      expect(list.stdout).toMatch(/^ {2}✗ templates\/manifest\.yaml:\d+:\d+ error /m);
      expect(list.stderr).toMatch(expected);
      expect(list.stderr).toContain("Fix the council's templates (paths are relative to the pack folder)");
      expect(list.stderr).not.toMatch(/\n\s+at /);
      const json = runLac(["templates", "list", dir, "--json"], folder.dir);
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: false,
        stage: "templates",
        errors: [place],
        templates: expect.arrayContaining([expect.objectContaining({ name: "documents/pack-index" })]),
      });
    }
  });

  it("gives each file in --json relative to the pack folder, the same in list, show and copy, wherever lac runs", () => {
    const dir = copyOfPack("json-paths");
    const file = "templates/documents/implementation-plan.hbs";
    mkdirSync(join(dir, "inside"));
    // From the folder above the pack, and from a folder inside it.
    for (const [cwd, pack] of [
      [folder.dir, "json-paths"],
      [join(dir, "inside"), ".."],
    ] as const) {
      const copy = runLac(["templates", "copy", "implementation-plan", pack, "--force", "--json"], cwd);
      expect(copy.status, copy.stderr).toBe(0);
      expect(JSON.parse(copy.stdout)).toMatchObject({ ok: true, file });
      const show = runLac(["templates", "show", "implementation-plan", pack, "--json"], cwd);
      expect(show.status, show.stderr).toBe(0);
      expect(JSON.parse(show.stdout)).toMatchObject({ ok: true, origin: "council", file });
      const list = runLac(["templates", "list", pack, "--json"], cwd);
      expect(list.status, list.stderr).toBe(0);
      const listed = JSON.parse(list.stdout) as { templates: { name: string; overriddenBy?: string }[] };
      expect(listed.templates.find((entry) => entry.name === "documents/implementation-plan")).toMatchObject({
        overriddenBy: file,
      });
    }
    // The text names the file from where lac runs, to open it.
    const show = runLac(["templates", "show", "implementation-plan", ".."], join(dir, "inside"));
    expect(show.stderr).toContain(`../${file}, the council's copy of documents/implementation-plan`);
  });

  it("lists every template when some of the council's are broken, each broken one marked with its problem, and exits with 1", () => {
    const dir = copyOfPack("listing-broken-templates");
    writeOwnTemplates(dir);
    write(
      dir,
      "templates/manifest.yaml",
      "documents:\n  - id: charter\n    title: Charter\n    purpose: Ours.\n    template: charter\n    output: local/charter.md\n",
    );
    // A partial of the council's own that does not compile, and its copy of the plan naming a helper
    // lac does not have.
    const brokenFooter = "Our footer.\n{{#if council.name}}\nno end\n";
    write(dir, "templates/partials/our-footer.hbs", brokenFooter);
    write(dir, "templates/documents/implementation-plan.hbs", "# Our plan\n{{shout council.name}}\n");
    const plan = /templates\/documents\/implementation-plan\.hbs:2:1 error there is no helper "shout"/;
    const footer = /templates\/partials\/our-footer\.hbs:4:1 error the template does not compile/;

    const list = runLac(["templates", "list", dir], folder.dir);
    expect(list.status).toBe(1);
    // Everything is listed: the bundled templates, the council's own, and the data.
    expect(list.stdout).toMatch(/^ {2}documents\/pack-index → README\.md$/m);
    expect(list.stdout).toMatch(
      /^Your own documents \(templates\/manifest\.yaml\)\n {2}documents\/charter → local\/charter\.md \(yours: templates\/documents\/charter\.hbs\)\n {4}Charter$/m,
    );
    expect(list.stdout).toMatch(/^ {2}council\.name text: Brackenford Borough Council/m);
    // Each broken one is marked, under its name, with the place and the problem.
    expect(list.stdout).toMatch(
      new RegExp(
        `^ {2}documents/implementation-plan → implementation-plan\\.md \\(overridden by yours: templates/documents/implementation-plan\\.hbs\\)\\n {4}Implementation plan\\n {4}✗ ${plan.source}`,
        "m",
      ),
    );
    expect(list.stdout).toMatch(
      new RegExp(
        `^ {2}partials/our-footer \\(yours: templates/partials/our-footer\\.hbs\\)\\n {4}✗ ${footer.source}`,
        "m",
      ),
    );
    expect(list.stdout).toMatch(/^ {2}partials\/draft-notice$/m);
    // On stderr, each problem in full, as lac generate prints it, and what to do.
    expect(list.stderr).toMatch(
      new RegExp(`^${plan.source}\\. A council's templates can use only the bundled helpers`, "m"),
    );
    expect(list.stderr).toMatch(
      new RegExp(`^${footer.source} \\(Handlebars syntax\\):\\n.*no end\\n-+\\^\\nExpecting`, "m"),
    );
    expect(list.stderr).toContain(
      "2 problems with the council's templates (marked ✗ in the list): lac generate stops at them too.",
    );
    expect(list.stderr).toContain(
      "Fix the council's templates (paths are relative to the pack folder), then run lac templates list again.",
    );
    expect(list.stderr).not.toMatch(/\n\s+at /);

    const json = runLac(["templates", "list", dir, "--json"], folder.dir);
    expect(json.status).toBe(1);
    type Listed = {
      ok: boolean;
      stage: string;
      errors: { file: string; line: number; column: number; message: string }[];
      templates: { name: string; errors?: { file: string; line: number }[] }[];
      data: { common: { path: string }[] } | null;
    };
    const listed = JSON.parse(json.stdout) as Listed;
    expect(listed).toMatchObject({ ok: false, stage: "templates" });
    expect(listed.errors.map((error) => [error.file, error.line, error.column])).toEqual([
      ["templates/documents/implementation-plan.hbs", 2, 1],
      ["templates/partials/our-footer.hbs", 4, 1],
    ]);
    const entry = (name: string) => listed.templates.find((candidate) => candidate.name === name);
    expect(entry("documents/implementation-plan")).toMatchObject({
      origin: "bundled",
      overriddenBy: "templates/documents/implementation-plan.hbs",
      errors: [{ file: "templates/documents/implementation-plan.hbs", line: 2, column: 1 }],
    });
    expect(entry("partials/our-footer")).toMatchObject({
      origin: "council",
      file: "templates/partials/our-footer.hbs",
      errors: [{ file: "templates/partials/our-footer.hbs", line: 4, column: 1 }],
    });
    expect(entry("documents/charter")).toMatchObject({ origin: "council", documents: [{ id: "charter" }] });
    expect(entry("documents/charter")).not.toHaveProperty("errors");
    expect(entry("documents/pack-index")).not.toHaveProperty("errors");
    expect(listed.data?.common.map((item) => item.path)).toContain("council.name");

    // lac templates show prints a broken template's text, and its problem, and exits with 1.
    const show = runLac(["templates", "show", "our-footer", dir], folder.dir);
    expect(show.status).toBe(1);
    expect(show.stdout).toBe(brokenFooter);
    expect(show.stderr).toMatch(footer);
    expect(show.stderr).toContain("Fix it, then run lac templates show our-footer again");
    expect(show.stderr).not.toMatch(plan);
    const showPlan = runLac(["templates", "show", "implementation-plan", dir, "--json"], folder.dir);
    expect(showPlan.status).toBe(1);
    expect(JSON.parse(showPlan.stdout)).toMatchObject({
      ok: false,
      stage: "templates",
      name: "documents/implementation-plan",
      origin: "council",
      file: "templates/documents/implementation-plan.hbs",
      source: "# Our plan\n{{shout council.name}}\n",
      errors: [{ file: "templates/documents/implementation-plan.hbs", line: 2, column: 1 }],
    });
    // A template that is not broken is shown as before; the bundled one is never broken.
    const charter = runLac(["templates", "show", "charter", dir], folder.dir);
    expect(charter.status, charter.stderr).toBe(0);
    expect(runLac(["templates", "show", "--bundled", "implementation-plan", dir], folder.dir).status).toBe(0);
  });

  it("lists the bundled templates in a pack whose templates folder is not made yet", () => {
    const dir = copyOfPack("listing-no-folder");
    const list = runLac(["templates", "list", dir], folder.dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^ {2}documents\/implementation-plan → implementation-plan\.md$/m);
    expect(list.stdout).not.toContain("Your own documents");
  });

  it("says how to use each action in --help, and gives a usage error its stage in --json", () => {
    const help = runLac(["templates", "--help"], folder.dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: lac templates list \[dir\] \[options\]\n {7}lac templates show <name> \[dir\] \[options\]\n {7}lac templates copy <name> \[dir\] \[options\]$/m,
    );
    for (const args of [["templates"], ["templates", "lsit"], ["templates", "show"], ["templates", "copy"]]) {
      const json = runLac([...args, "--json"], folder.dir);
      expect(json.status, args.join(" ")).toBe(2);
      expect(JSON.parse(json.stdout), args.join(" ")).toMatchObject({ ok: false, stage: "usage" });
    }
    // An argument too many is a usage error, not left out unsaid.
    const list = runLac(["templates", "list", ".", "extra"], folder.dir);
    expect(list.status).toBe(2);
    expect(list.stdout).toBe("");
    expect(list.stderr).toContain(
      "lac templates list takes at most one argument, the pack folder, but got also: extra.",
    );
    const show = runLac(["templates", "show", "dpia", ".", "extra"], folder.dir);
    expect(show.status).toBe(2);
    expect(show.stderr).toContain("lac templates takes at most 3 arguments, but got also: extra.");
    expect(JSON.parse(runLac(["templates", "lsit", "--json"], folder.dir).stdout)).toMatchObject({
      errors: [{ message: expect.stringContaining('did you mean "list"?') }],
    });
  });

  it("says so when the pack folder given does not exist or is not a folder, rather than list as if outside a pack", () => {
    write(folder.dir, "a-file", "not a pack\n");
    for (const [dir, expected] of [
      ["no-such-pack", "the folder no-such-pack does not exist"],
      ["a-file", "a-file is not a folder"],
    ] as const) {
      for (const args of [
        ["templates", "list", dir],
        ["templates", "show", "implementation-plan", dir],
        ["templates", "copy", "implementation-plan", dir],
      ]) {
        const text = runLac(args, folder.dir);
        expect(text.status, args.join(" ")).toBe(2);
        expect(text.stdout, args.join(" ")).toBe("");
        expect(text.stderr, args.join(" ")).toContain(expected);
        const json = runLac([...args, "--json"], folder.dir);
        expect(json.status).toBe(2);
        expect(JSON.parse(json.stdout), args.join(" ")).toMatchObject({
          ok: false,
          stage: "usage",
          errors: [{ message: expect.stringContaining(expected) }],
        });
      }
    }
    expect(existsSync(join(folder.dir, "no-such-pack"))).toBe(false);
  });

  it("shows and copies in a pack whose templates folder is not made yet, also with --json", () => {
    const dir = copyOfPack("no-folder-json");
    const show = runLac(["templates", "show", "implementation-plan", dir, "--json"], folder.dir);
    expect(show.status, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ ok: true, origin: "bundled" });
    const unknown = runLac(["templates", "show", "charter", dir, "--json"], folder.dir);
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({
      ok: false,
      stage: "templates",
      errors: [{ message: expect.stringContaining('there is no bundled template or partial "charter"') }],
    });
    const copy = runLac(["templates", "copy", "implementation-plan", dir, "--json"], folder.dir);
    expect(copy.status, copy.stderr).toBe(0);
    expect(JSON.parse(copy.stdout)).toEqual({
      ok: true,
      name: "documents/implementation-plan",
      file: "templates/documents/implementation-plan.hbs",
      configured: true,
    });
    const again = runLac(["templates", "copy", "implementation-plan", dir, "--json"], folder.dir);
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, stage: "write" });
  });

  it("copies a bundled template into the templates folder, never over the council's copy without --force", () => {
    const dir = copyOfPack("copying");
    const copy = runLac(["templates", "copy", "plan", dir], folder.dir, withOld());
    expect(copy.status, copy.stderr).toBe(0);
    const bundled = read(join(__dirname, "fixtures/templates-old/documents"), "plan.hbs");
    expect(read(dir, "templates/documents/plan.hbs")).toBe(bundled);

    write(dir, "templates/documents/plan.hbs", "Ours\n");
    const again = runLac(["templates", "copy", "documents/plan.hbs", dir], folder.dir, withOld());
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect(read(dir, "templates/documents/plan.hbs")).toBe("Ours\n");
    expect(runLac(["templates", "copy", "plan", dir, "--force"], folder.dir, withOld()).status).toBe(0);
    expect(read(dir, "templates/documents/plan.hbs")).toBe(bundled);

    const typo = runLac(["templates", "copy", "plna", dir], folder.dir, withOld());
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('did you mean "plan"?');
    const show = runLac(["templates", "show", "implementation-plan"], folder.dir, withOld());
    expect(show.stdout).toBe(bundled);
  });

  it("says where a broken lac.config.yaml is wrong and how to fix it, lists nothing and writes nothing", () => {
    const cases: [string, (config: string) => string, RegExp][] = [
      [
        "bad YAML",
        (config) => `${config}\nextra: [unclosed\n`,
        /^broken\/lac\.config\.yaml:\d+:\d+ error:? /m,
      ],
      [
        "a value the schema refuses",
        (config) => config.replace("nation: england", "nation: france"),
        /^broken\/lac\.config\.yaml:\d+:11 error council\.nation: /m,
      ],
      [
        "a templates folder outside the pack",
        (config) => `${config}\ntemplates: ../elsewhere\n`,
        /^broken\/lac\.config\.yaml:\d+:12 error templates: must stay inside the pack/m,
      ],
      [
        "an absolute templates folder",
        (config) => `${config}\ntemplates: /tmp/templates\n`,
        /^broken\/lac\.config\.yaml:\d+:12 error templates: /m,
      ],
    ];
    const runs: string[][] = [
      ["templates", "list", "broken"],
      ["templates", "show", "implementation-plan", "broken"],
      ["templates", "copy", "implementation-plan", "broken"],
    ];
    for (const [what, edit, expected] of cases) {
      const dir = join(folder.dir, "broken");
      rmSync(dir, { recursive: true, force: true });
      cpSync(made, dir, { recursive: true });
      write(dir, "lac.config.yaml", edit(read(made, "lac.config.yaml")));
      const before = snapshot(dir);
      for (const args of runs) {
        const text = runLac(args, folder.dir);
        expect(text.status, `${what}: ${args.join(" ")}`).toBe(1);
        expect(text.stdout, what).toBe("");
        expect(text.stderr, what).toMatch(expected);
        expect(text.stderr, what).toContain(
          `Fix broken/lac.config.yaml (lac validate lists the same problems), then run lac templates ${args[1]} again.`,
        );
        expect(text.stderr).not.toMatch(/\n\s+at /);
        const json = runLac([...args, "--json"], folder.dir);
        expect(json.status, what).toBe(1);
        expect(JSON.parse(json.stdout), what).toMatchObject({
          ok: false,
          stage: "config",
          errors: [{ file: "broken/lac.config.yaml", line: expect.any(Number), column: expect.any(Number) }],
        });
      }
      expect(snapshot(dir), what).toEqual(before);
    }
    // A file that is not UTF-8 text: where the bad bytes are, and how to fix it.
    writeFileSync(
      join(folder.dir, "broken", "lac.config.yaml"),
      Buffer.from("council:\n  name: Caf\xe9\n", "latin1"),
    );
    const latin1 = runLac(["templates", "list", "broken"], folder.dir);
    expect(latin1.status).toBe(1);
    expect(latin1.stdout).toBe("");
    expect(latin1.stderr).toMatch(
      /broken\/lac\.config\.yaml: is not UTF-8 text: the bytes at line 2, column 12/,
    );
    expect(latin1.stderr).toContain("Save the file as UTF-8");
    expect(JSON.parse(runLac(["templates", "list", "broken", "--json"], folder.dir).stdout)).toMatchObject({
      ok: false,
      stage: "config",
      errors: [{ file: "broken/lac.config.yaml" }],
    });
    // Outside a pack (no lac.config.yaml), the bundled templates are listed as before.
    const outside = join(folder.dir, "not-a-pack");
    mkdirSync(outside, { recursive: true });
    const list = runLac(["templates", "list", outside], folder.dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^ {2}documents\/implementation-plan → implementation-plan\.md$/m);
  });

  it("shows the council's own template or its copy of a bundled one, saying which file, and the bundled one with --bundled", () => {
    const dir = copyOfPack("showing-own");
    writeOwnTemplates(dir);
    write(
      dir,
      "templates/manifest.yaml",
      "documents:\n  - id: our-charter\n    title: Charter\n    purpose: Ours.\n    template: charter\n    output: local/charter.md\n",
    );
    const bundled = runLac(["templates", "show", "implementation-plan"], folder.dir);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(bundled.stdout).toContain("{{");

    const overridden = runLac(["templates", "show", "implementation-plan", dir], folder.dir);
    expect(overridden.status, overridden.stderr).toBe(0);
    expect(overridden.stdout).toBe("# Our plan\n");
    expect(overridden.stderr).toContain(
      "showing-own/templates/documents/implementation-plan.hbs, the council's copy of documents/implementation-plan (lac templates show --bundled documents/implementation-plan prints the bundled one)",
    );
    const json = JSON.parse(
      runLac(["templates", "show", "documents/implementation-plan.hbs", dir, "--json"], folder.dir).stdout,
    ) as unknown;
    expect(json).toEqual({
      ok: true,
      name: "documents/implementation-plan",
      origin: "council",
      file: "templates/documents/implementation-plan.hbs",
      overrides: true,
      source: "# Our plan\n",
    });
    const asked = runLac(["templates", "show", "--bundled", "implementation-plan", dir], folder.dir);
    expect(asked.status, asked.stderr).toBe(0);
    expect(asked.stdout).toBe(bundled.stdout);

    for (const name of ["charter", "our-charter", "documents/charter"]) {
      const own = runLac(["templates", "show", name, dir], folder.dir);
      expect(own.status, own.stderr).toBe(0);
      expect(own.stdout).toBe("# {{document.title}}\n\n{{> our-footer}}\n");
      expect(own.stderr).toContain("showing-own/templates/documents/charter.hbs, the council's own");
    }
    expect(runLac(["templates", "show", "our-footer", dir], folder.dir).stdout).toBe("Our footer.\n");
    const notBundled = runLac(["templates", "show", "--bundled", "charter", dir], folder.dir);
    expect(notBundled.status).toBe(1);
    expect(notBundled.stderr).toContain('there is no bundled template or partial "charter"');

    const typo = runLac(["templates", "show", "chartr", dir], folder.dir);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('did you mean "charter"?');
    expect(typo.stderr).toContain("templates/");
  });
});

describe("the council's own templates", () => {
  it("renders a document with the council's template, and adds the documents of its manifest", () => {
    const dir = copyOfPack("own");
    write(
      dir,
      "templates/documents/plan.hbs",
      "# Our plan for {{council.shortName}}\n\nStarts {{date programme.startDate}}.\n",
    );
    write(dir, "templates/documents/charter.hbs", "# Charter of {{council.name}}\n");
    write(
      dir,
      "templates/manifest.yaml",
      "documents:\n  - id: charter\n    title: Our charter\n    purpose: What we promise.\n    template: charter\n    output: local/charter.md\n",
    );
    const generate = runLac(["generate", dir], folder.dir, withOld());
    expect(generate.status, generate.stderr).toBe(0);
    expect(read(dir, "plan.md")).toBe("# Our plan for Brackenford\n\nStarts 1 April 2026.\n");
    expect(read(dir, "local/charter.md")).toBe("# Charter of Brackenford Borough Council (fictional)\n");
    expect(read(dir, "README.md")).toContain("local/charter.md");
  });

  it("fills a {path} of the pack's data in the title of a document the council adds", () => {
    const dir = copyOfPack("own-title");
    write(dir, "templates/documents/charter.hbs", "# {{document.title}}\n");
    write(
      dir,
      "templates/manifest.yaml",
      'documents:\n  - id: charter\n    title: "Charter of {council.shortName}"\n    purpose: What we promise.\n    template: charter\n    output: local/charter.md\n',
    );
    const generate = runLac(["generate", dir], folder.dir, withOld());
    expect(generate.status, generate.stderr).toBe(0);
    expect(read(dir, "local/charter.md")).toBe("# Charter of Brackenford\n");
    expect(read(dir, "README.md")).toContain("- [Charter of Brackenford](local/charter.md)");
    expect(generate.stderr).not.toContain("The title of");

    // A path that names no text of the pack's data is left as written, with a warning.
    write(
      dir,
      "templates/manifest.yaml",
      read(dir, "templates/manifest.yaml").replace("shortName", "shortNmae"),
    );
    const misspelt = runLac(["generate", dir], folder.dir, withOld());
    expect(misspelt.status, misspelt.stderr).toBe(0);
    expect(misspelt.stderr).toContain(
      'warning The title of the document "charter" names {council.shortNmae}, which is not a text of the pack\'s data',
    );
    expect(read(dir, "local/charter.md")).toBe("# Charter of {council.shortNmae}\n");
  });

  it("sets a document the council adds as Easy Read in 14-point text, by its manifest, whatever its name", () => {
    const dir = copyOfPack("easy-read");
    const config = join(dir, "lac.config.yaml");
    writeFileSync(
      config,
      read(dir, "lac.config.yaml").replace(/formats: \[ ?markdown ?\]/, "formats: [markdown, html]"),
    );
    write(dir, "templates/documents/leaflet.hbs", "# About us\n\nWe help you.\n");
    write(dir, "templates/documents/notes.hbs", "# Notes on our Easy Read leaflet\n");
    write(
      dir,
      "templates/manifest.yaml",
      [
        "documents:",
        "  - id: leaflet",
        "    title: About us, in Easy Read",
        "    purpose: Who we are, in short sentences.",
        "    template: leaflet",
        "    output: local/about-us.md",
        "    easyRead: true",
        "  - id: notes",
        "    title: Notes on the leaflet",
        "    purpose: How we tested it.",
        "    template: notes",
        "    output: local/easy-read-notes.md",
        "",
      ].join("\n"),
    );
    expect(read(dir, "lac.config.yaml")).toContain("formats: [markdown, html]");
    const generate = runLac(["generate", dir], folder.dir, withOld());
    expect(generate.status, generate.stderr).toBe(0);
    const bodySize = (path: string) =>
      /body \{ font-family: [^}]*font-size: (\d+pt);/.exec(read(dir, path))?.[1];
    expect(bodySize("local/about-us.html")).toBe("14pt");
    expect(bodySize("local/easy-read-notes.html")).toBe("11pt");
  });

  const broken: [string, string, string, RegExp][] = [
    [
      "does not compile",
      "documents/plan.hbs",
      "# Plan\n\n{{#if council.name}}\nno end\n",
      /^templates\/documents\/plan\.hbs:5:1 error the template does not compile/m,
    ],
    [
      "names a partial that does not exist",
      "documents/plan.hbs",
      "# Plan\n\n  {{> footr}}\n",
      /^templates\/documents\/plan\.hbs:3:3 error there is no partial "footr"/m,
    ],
    [
      "names a helper that is not bundled",
      "documents/plan.hbs",
      "# Plan\n{{shout council.name}}\n",
      /^templates\/documents\/plan\.hbs:2:1 error there is no helper "shout"/m,
    ],
    [
      "uses data the pack does not have",
      "documents/plan.hbs",
      "# Plan\n\n{{council.mayor}}\n",
      /templates\/documents\/plan\.hbs:3:3: "mayor" is not in the pack's data/,
    ],
    [
      "has a template named like no bundled one",
      "documents/pla.hbs",
      "x",
      /templates\/documents\/pla\.hbs error there is no bundled document template "pla" \(did you mean documents\/plan\.hbs\?\)/,
    ],
    [
      "adds a document over a bundled one",
      "manifest.yaml",
      "documents:\n  - id: mine\n    title: Mine\n    purpose: Ours.\n    template: plan\n    output: plan.md\n",
      /^templates\/manifest\.yaml:6:13 error documents\.0\.output: "plan\.md" is where the document "implementation-plan" is written/m,
    ],
    [
      "adds a document outside the pack",
      "manifest.yaml",
      "documents:\n  - id: mine\n    title: Mine\n    purpose: Ours.\n    template: plan\n    output: ../mine.md\n",
      /^templates\/manifest\.yaml:6:13 error documents\.0\.output/m,
    ],
  ];
  for (const [what, file, text, expected] of broken) {
    it(`says where, and writes nothing, when the council's template ${what}`, () => {
      const dir = copyOfPack(`broken-${file.replace(/\W/g, "-")}-${what.length}`);
      write(dir, `templates/${file}`, text);
      const before = snapshot(dir);
      const generate = runLac(["generate", dir], folder.dir, withOld());
      expect(generate.status).toBe(1);
      expect(generate.stderr).toMatch(expected);
      expect(snapshot(dir)).toEqual(before);
      const json = runLac(["update", dir, "--json"], folder.dir, withNew());
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false });
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("refuses a templates folder outside the pack, by its name or through a symbolic link", () => {
    const named = copyOfPack("outside-named", "../elsewhere");
    const byName = runLac(["generate", named], folder.dir, withOld());
    expect(byName.status).toBe(1);
    expect(byName.stderr).toMatch(/lac\.config\.yaml:\d+:\d+ error templates: must stay inside the pack/);

    const elsewhere = join(folder.dir, "elsewhere");
    write(elsewhere, "documents/plan.hbs", "Not from the pack\n");
    const linked = copyOfPack("outside-linked");
    symlinkSync(elsewhere, join(linked, "templates"));
    const before = snapshot(join(linked, ".lac"));
    const byLink = runLac(["generate", linked], folder.dir, withOld());
    expect(byLink.status).toBe(1);
    expect(byLink.stderr).toMatch(/templates error the templates folder "templates" leads outside the pack/);
    expect(snapshot(join(linked, ".lac"))).toEqual(before);

    const fileLinked = copyOfPack("outside-file-linked");
    mkdirSync(join(fileLinked, "templates/documents"), { recursive: true });
    symlinkSync(join(elsewhere, "documents/plan.hbs"), join(fileLinked, "templates/documents/plan.hbs"));
    const byFileLink = runLac(["generate", fileLinked], folder.dir, withOld());
    expect(byFileLink.status).toBe(1);
    expect(byFileLink.stderr).toMatch(
      /templates\/documents\/plan\.hbs error this template is a symbolic link to a file outside the pack/,
    );
  });

  it("lac update renders the council's template with the new data, and says the bundled one changed", () => {
    const dir = copyOfPack("updating");
    expect(runLac(["templates", "copy", "plan", dir], folder.dir, withOld()).status).toBe(0);
    const own = read(dir, "templates/documents/plan.hbs").replace(
      "This plan sets out how Local Area Coordination starts.",
      "Our own introduction, for {{council.shortName}}.",
    );
    write(dir, "templates/documents/plan.hbs", own);
    expect(runLac(["generate", dir], folder.dir, withOld()).status).toBe(0);
    expect(read(dir, "plan.md")).toContain("Our own introduction, for Brackenford.");
    // The council also edits the document itself, and changes its configuration.
    write(dir, "plan.md", `${read(dir, "plan.md")}\nA note of our own.\n`);
    write(
      dir,
      "lac.config.yaml",
      read(dir, "lac.config.yaml").replace("name: Brackenford Borough Council", "name: Brackenford Council"),
    );

    const dry = runLac(["update", dir, "--dry-run", "--json"], folder.dir, withNew());
    expect(
      (JSON.parse(dry.stdout) as { templates: { reviewOverrides: unknown } }).templates.reviewOverrides,
    ).toEqual([{ name: "documents/plan", status: "changed" }]);
    const update = runLac(["update", dir], folder.dir, withNew());
    expect(update.status, update.stderr).toBe(0);
    expect(update.stdout).toContain(
      "documents/plan.hbs changed in this release: compare your copy with the new one (lac templates show --bundled documents/plan)",
    );
    const plan = read(dir, "plan.md");
    expect(plan).toContain("# Implementation plan for Brackenford Council");
    expect(plan).toContain("Our own introduction, for Brackenford.");
    expect(plan).toContain("A note of our own.");
    // The release's changes to the template do not arrive: the council's template is theirs.
    expect(plan).not.toContain("reports to the cabinet");

    const again = runLac(["update", dir, "--json"], folder.dir, withNew());
    const report = JSON.parse(again.stdout) as {
      templates: { overridden: string[]; reviewOverrides: unknown[] };
    };
    expect(report.templates.overridden).toEqual(["documents/plan"]);
    // The pack now records the new release's sources: nothing left to review.
    expect(report.templates.reviewOverrides).toEqual([]);
  });
});
