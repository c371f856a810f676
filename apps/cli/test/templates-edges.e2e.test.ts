import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

// lac templates with the bundled templates: a templates folder lac cannot read, a name it does not
// know, and the headings of the list when the council has little or nothing of its own.
const folder = temporaryFolder();
afterAll(folder.remove);
let made: string;

const write = (dir: string, path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

/** A copy of the pack, its configuration naming the templates folder unless `templatesFolder` is null. */
function copyOfPack(name: string, templatesFolder: string | null = "templates"): string {
  const dir = join(folder.dir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(made, dir, { recursive: true });
  if (templatesFolder !== null)
    appendFileSync(join(dir, "lac.config.yaml"), `\ntemplates: ${templatesFolder}\n`);
  return dir;
}

beforeAll(() => {
  made = join(folder.dir, "made");
  const init = runLac(
    ["init", made, "--answers", example("brackenford"), "--set", "output.formats=[markdown]"],
    folder.dir,
  );
  if (init.status !== 0) throw new Error(`${init.status} ${init.stdout} ${init.stderr}`);
});

describe("lac templates list, when the templates folder cannot be read", () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    [
      "a file in place of the folder",
      (dir) => write(dir, "templates", "not a folder\n"),
      /^templates error "templates" \(templates: in lac\.config\.yaml\) is a file, not a folder\. .*(Move|Remove|rename).*\.$/m,
    ],
    [
      "a symbolic link to nothing in place of the folder",
      (dir) => symlinkSync("gone", join(dir, "templates")),
      /^templates error the templates folder "templates" \(templates: in lac\.config\.yaml\) is a symbolic link to "gone", which does not exist\. .+$/m,
    ],
    [
      "a symbolic link to nothing in place of its documents folder",
      (dir) => {
        write(dir, "templates/partials/our-footer.hbs", "Our footer.\n");
        symlinkSync("../gone", join(dir, "templates/documents"));
      },
      /^templates\/documents error this is a symbolic link to "\.\.\/gone", which does not exist, so lac cannot read the templates in it\. .+$/m,
    ],
    [
      "a file in place of its partials folder",
      (dir) => {
        write(dir, "templates/documents/implementation-plan.hbs", "# Our plan\n");
        write(dir, "templates/partials", "not a folder\n");
      },
      /^templates\/partials error this is a file, not a folder: partials go in templates\/partials\/<name>\.hbs\. .+$/m,
    ],
    [
      "a symbolic link to nothing in place of its manifest.yaml",
      (dir) => {
        write(dir, "templates/documents/charter.hbs", "# Charter\n");
        symlinkSync("gone.yaml", join(dir, "templates/manifest.yaml"));
      },
      /^templates\/manifest\.yaml error this is a symbolic link to "gone\.yaml", which does not exist\. .+$/m,
    ],
  ];
  for (const [what, make, expected] of cases)
    it(`says what is wrong, where and how to fix it, lists the bundled templates and exits with 1: ${what}`, () => {
      const dir = copyOfPack(`unreadable-${what.replace(/\W+/g, "-")}`);
      make(dir);
      const list = runLac(["templates", "list", dir], folder.dir);
      expect(list.status, list.stderr).toBe(1);
      expect(list.stdout).toMatch(/^ {2}documents\/implementation-plan → implementation-plan\.md$/m);
      expect(list.stdout).toMatch(/^Problems of your templates folder/m);
      expect(list.stdout).toContain("Your own templates are not listed until it is fixed");
      expect(list.stderr).toMatch(expected);
      expect(list.stderr).toContain("then run lac templates list again.");
      expect(list.stderr).not.toMatch(/\n\s+at /);

      const json = runLac(["templates", "list", dir, "--json"], folder.dir);
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: false,
        stage: "templates",
        errors: [{ file: expect.stringMatching(/^templates/), message: expect.any(String) }],
        templates: expect.arrayContaining([
          expect.objectContaining({ name: "documents/implementation-plan", origin: "bundled" }),
        ]),
      });

      // lac generate stops at it too, rather than render the bundled templates in its place.
      const generate = runLac(["generate", dir], folder.dir);
      expect(generate.status).toBe(1);
      expect(generate.stderr).toMatch(expected);
    });
});

describe("lac templates list, with a symbolic link that leads back up the templates folder", () => {
  // Followed, the link would name every template again under longer and longer names (until the
  // system's limit on links), each with an error of its own: lac names the link once, and stops.
  const cases: [string, string, string, string][] = [
    [
      "to the templates folder, from its documents folder",
      "templates/documents/loop",
      "..",
      "templates/documents/loop",
    ],
    ["to its own folder", "templates/documents/again", ".", "templates/documents/again"],
    ["to the templates folder, from the templates folder", "templates/here", ".", "templates/here"],
  ];
  for (const [what, link, target, shown] of cases)
    it(`says once that the link is a loop, and how to fix it: ${what}`, () => {
      const dir = copyOfPack(`loop-${what.replace(/\W+/g, "-")}`);
      write(dir, "templates/documents/pack-index.hbs", "# Our index\n");
      symlinkSync(target, join(dir, link));
      const list = runLac(["templates", "list", dir], folder.dir);
      expect(list.status, list.stderr).toBe(1);
      const errors = list.stderr.split("\n").filter((line) => / error /.test(line));
      expect(errors).toEqual([
        `${shown} error this is a symbolic link to "${target}", a folder that holds the link itself, so lac would read the same templates again under longer and longer names. Remove the link, or make it lead to another folder inside the pack.`,
      ]);
      expect(list.stdout + list.stderr).not.toContain(`${shown}/`);

      const generate = runLac(["generate", dir], folder.dir);
      expect(generate.status).toBe(1);
      expect(generate.stderr.split("\n").filter((line) => / error /.test(line))).toEqual(errors);
    });
});

describe("lac templates show and copy, given a name lac does not know", () => {
  it("suggests the closest names, at most three, also in --json", () => {
    const dir = copyOfPack("names", null);
    const show = runLac(["templates", "show", "plan", dir], folder.dir);
    expect(show.status).toBe(1);
    expect(show.stdout).toBe("");
    expect(show.stderr).toContain(
      'there is no bundled template or partial "plan" (did you mean "implementation-plan"?).',
    );

    const copy = runLac(["templates", "copy", "plan", dir], folder.dir);
    expect(copy.status).toBe(1);
    expect(copy.stderr).toContain('(did you mean "implementation-plan"?)');
    expect(existsSync(join(dir, "templates"))).toBe(false);

    const json = runLac(["templates", "copy", "plan", dir, "--json"], folder.dir);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      stage: "templates",
      didYouMean: ["implementation-plan"],
    });

    const several = runLac(["templates", "show", "privacy", "--json"], folder.dir);
    const { didYouMean } = JSON.parse(several.stdout) as { didYouMean: string[] };
    expect(didYouMean).toHaveLength(3);
    expect(didYouMean[0]).toBe("privacy-notice");
    expect(runLac(["templates", "show", "privacy"], folder.dir).stderr).toMatch(
      /\(did you mean "privacy-notice", "[^"]+" or "[^"]+"\?\)/,
    );

    // A typo, and a word of a partial's name.
    expect(runLac(["templates", "show", "implementaton-plan"], folder.dir).stderr).toContain(
      '(did you mean "implementation-plan"?)',
    );
    expect(
      (
        JSON.parse(runLac(["templates", "show", "team", "--json"], folder.dir).stdout) as {
          didYouMean: string[];
        }
      ).didYouMean,
    ).toContain("role-team-manager");

    // Nothing close: no guess, and an empty list in --json.
    const none = runLac(["templates", "show", "zzzzqqq", "--json"], folder.dir);
    expect(JSON.parse(none.stdout)).toMatchObject({ ok: false, didYouMean: [] });
    expect(runLac(["templates", "show", "zzzzqqq"], folder.dir).stderr).not.toContain("did you mean");
  });
});

describe("the headings of lac templates list", () => {
  it("has a heading only with something under it, and names the council's templates for what they are", () => {
    // Only a copy of a bundled template and a partial of its own: no heading of the council's documents.
    const overrides = copyOfPack("headings-overrides");
    write(overrides, "templates/documents/implementation-plan.hbs", "# Our plan\n");
    write(overrides, "templates/partials/our-footer.hbs", "Our footer.\n");
    write(overrides, "templates/manifest.yaml", "documents: []\n");
    const list = runLac(["templates", "list", overrides], folder.dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain("(overridden by yours: templates/documents/implementation-plan.hbs)");
    expect(list.stdout).not.toContain("Your own documents");

    // A template of the council's that no document uses is not one of its documents.
    const stray = copyOfPack("headings-stray");
    write(stray, "templates/documents/plan.hbs", "# Plan\n");
    const strayList = runLac(["templates", "list", stray], folder.dir);
    expect(strayList.status).toBe(1);
    expect(strayList.stdout).not.toContain("Your own documents");
    expect(strayList.stdout).toMatch(
      /^Your templates that no document uses \(templates\/documents\/\)\n {2}documents\/plan \(yours: templates\/documents\/plan\.hbs\)\n {4}✗ templates\/documents\/plan\.hbs error /m,
    );

    // Nothing of the council's at all: how to start, not "your own templates go in".
    for (const dir of [copyOfPack("headings-nothing", null), folder.dir]) {
      const nothing = runLac(["templates", "list", dir], folder.dir);
      expect(nothing.status, nothing.stderr).toBe(0);
      expect(nothing.stdout).not.toMatch(/^Your /m);
      expect(nothing.stdout).toMatch(
        /To make your own: lac templates copy <name> puts a copy of a bundled template in templates\/, to edit; then add "templates: templates" to lac\.config\.yaml so that lac uses it\./,
      );
    }
    // A templates folder lac.config.yaml does not name (or a file in its place): lac does not use it.
    const unnamed = copyOfPack("headings-unnamed", null);
    write(unnamed, "templates/documents/implementation-plan.hbs", "# Our plan\n");
    const unnamedList = runLac(["templates", "list", unnamed], folder.dir);
    expect(unnamedList.status, unnamedList.stderr).toBe(0);
    expect(unnamedList.stdout).not.toContain("overridden by yours");
    expect(unnamedList.stdout).toContain(
      'There is a templates/ in the pack, but lac.config.yaml does not name it (templates:), so lac does not use it: add "templates: templates" to lac.config.yaml if it has your own templates.',
    );
    // With the folder named: where the council's templates go.
    expect(runLac(["templates", "list", overrides], folder.dir).stdout).toMatch(
      /Your own templates go in templates\/ \(templates: in lac\.config\.yaml\)/,
    );
  });
});
