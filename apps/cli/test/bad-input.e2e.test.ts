// Bad input as an implementation lead who is not a developer meets it: each message says what is
// wrong and what to do instead, lac exits non-zero, and the files already there are left as they were.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, folderTexts, hasScript, runLac, runLacInTerminal, temporaryFolder } from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe("--answers with standard input", () => {
  it.each([[["--answers", "-"]], [["--answers=-"]]])(
    "lac init %j says that the answers come from a file, not standard input",
    (answers) => {
      const run = runLac(["init", "pack", ...answers], folder.dir, {}, "council:\n  name: X\n");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        'error --answers does not read standard input ("-"). Save the text in a file and give its path: --answers <file.yaml>.',
      );
      // Not the advice that led to "-: file not found".
      expect(run.stderr).not.toContain("--answers=-");
      expect(run.stderr).not.toContain("file not found");
      expect(folderTexts(folder.dir)).toEqual({});
    },
  );

  it("says so in --json too, as a usage error", () => {
    const run = runLac(["init", "pack", "--answers=-", "--json"], folder.dir);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, stage: "usage" });
    expect(run.stdout).toContain("does not read standard input");
  });
});

describe("lac generate and lac update on a folder that is not a pack", () => {
  it.each(["generate", "update"])("lac %s <a file> says that it is not a folder", (command) => {
    writeFileSync(join(folder.dir, "notes.txt"), "mine\n");
    const run = runLac([command, "notes.txt"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "error notes.txt is not a folder: give the pack folder (the folder of lac.config.yaml), or leave it out to use the current folder.",
    );
    expect(run.stderr).not.toContain("ENOTDIR");
    expect(folderTexts(folder.dir)).toEqual({ "notes.txt": "mine\n" });
  });

  it.each(["generate", "update"])(
    "lac %s <a folder that does not exist> says so, not only to run lac init",
    (command) => {
      const run = runLac([command, "my-pakc", "--json"], folder.dir);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { ok: boolean; stage: string; errors: { message: string }[] };
      expect(report).toMatchObject({ ok: false, stage: "config" });
      expect(report.errors[0]?.message).toBe(
        "the folder my-pakc does not exist: give the pack folder (the folder of lac.config.yaml), or run lac init my-pakc to start a new pack there.",
      );
      expect(folderTexts(folder.dir)).toEqual({});
    },
  );
});

describe("lac init again in a pack, with no answers", () => {
  it("says to run lac generate, or to give the pack's lac.config.yaml as the answers, and changes nothing", () => {
    const init = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    expect(init.status).toBe(0);
    const plan = join(folder.dir, "pack", "implementation-plan.md");
    writeFileSync(plan, "# Our own plan\n");
    const before = folderTexts(folder.dir);
    const again = runLac(["init", "pack", "--yes"], folder.dir);
    expect(again.status).toBe(1);
    const lines = again.stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toBe(
      "pack already holds a pack (pack/lac.config.yaml), and lac init does not read it: to render the pack again from it, run lac generate pack; to start from its answers, run lac init pack --answers pack/lac.config.yaml.",
    );
    expect(folderTexts(folder.dir)).toEqual(before);
  });
});

describe("lac validate <a pack folder>", () => {
  it("says which file to give when the folder holds a lac.config.yaml", () => {
    const init = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    expect(init.status).toBe(0);
    const run = runLac(["validate", "pack"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "error pack: is a folder, not a file. Give the path of a .yaml file: the pack's configuration is pack/lac.config.yaml (lac validate pack/lac.config.yaml).\n",
    );
  });

  it("says only that it is a folder when it holds no lac.config.yaml", () => {
    const run = runLac(["validate", "."], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error .: is a folder, not a file. Give the path of a .yaml file.\n");
  });
});

describe("lac init <a file>", () => {
  it("says that the target is a file, without a path of its own before the message, and leaves the file alone", () => {
    writeFileSync(join(folder.dir, "notes.txt"), "mine\n");
    const run = runLac(["init", "notes.txt", "--answers", example("brackenford")], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `error The target folder ${join(folder.dir, "notes.txt")} cannot be used: it is a file, not a folder.`,
    );
    expect(run.stderr).not.toContain("error .:");
    expect(folderTexts(folder.dir)).toEqual({ "notes.txt": "mine\n" });
  });
});

describe("a mistyped command, or an option before the command", () => {
  it("suggests the closest command", () => {
    const run = runLac(["generat"], folder.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error unknown command "generat". Did you mean generate?');
  });

  it("says that an option goes after its command", () => {
    const run = runLac(["--force", "init", "pack"], folder.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error --force goes after the command: lac init --force.");
    expect(folderTexts(folder.dir)).toEqual({});
  });

  it("calls an unknown option of lac itself an option, with the closest one", () => {
    const run = runLac(["--versio"], folder.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error lac has no option --versio. Did you mean --version?");
    expect(run.stderr).not.toContain("unknown command");
  });
});

describe("lac validate on the slips of someone editing the example configuration", () => {
  /** Validates brackenford's example with `from` replaced by `to`: its stderr, and the line of `to`. */
  function validateChanged(
    from: string,
    to: string,
  ): { stderr: string; status: number | null; line: number } {
    const text = readFileSync(example("brackenford"), "utf8");
    if (!text.includes(from)) throw new Error(`the example has no ${from}`);
    const changed = text.replace(from, to);
    writeFileSync(join(folder.dir, "x.yaml"), changed);
    const run = runLac(["validate", "x.yaml"], folder.dir);
    const line = 1 + changed.split("\n").findIndex((each) => each.includes(to));
    return { stderr: run.stderr, status: run.status, line };
  }

  it("says a misspelt required key once, at its line, with the key meant", () => {
    const run = validateChanged("  shortName: Brackenford", "  shortNme: Brackenford");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `x.yaml:${run.line}:3 error council.shortNme: Unknown key "shortNme". Did you mean "shortName"? "shortName" is required: correct the spelling.`,
    );
    expect(run.stderr).not.toContain("is missing");
    expect(run.stderr).toContain("(1 error, 0 warnings)");
  });

  it("suggests the partner kind meant by a word of it", () => {
    const run = validateChanged("    kind: gp-practice", "    kind: gp");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('but found text ("gp"). Did you mean "gp-practice"?');
  });

  it("writes a huge number and its limit in plain digits with thousands separators", () => {
    const run = validateChanged("  population: 151800", "  population: 100000000000000000000000");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "error council.population: Expected a number of at most 9,007,199,254,740,991, but found the number 100,000,000,000,000,000,000,000.",
    );
    expect(run.stderr).not.toContain("1e+23");
  });

  it("gives a quoted number back without its quotes", () => {
    const run = validateChanged("    amount: 455000", '    amount: "150000"');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'error programme.budget.amount: Expected a number, but found text ("150000"). Write the number without quotes: 150000.',
    );
  });
});

describe("a YAML slip in a hand-edited configuration", () => {
  const slips = [
    {
      slip: "a key indented one space too far",
      from: "  name: Brackenford Borough Council (fictional)",
      to: "   name: Brackenford Borough Council (fictional)",
      place: "9:4",
      message:
        'error: "name" is indented 3 spaces, but the other keys under "council" are indented 2 spaces.',
      hint: "  hint: Indent it by 2 spaces, like the keys around it (spaces, not tabs).",
    },
    {
      slip: "a section moved a step among the keys of the one above, where a key then appears twice",
      from: "\nprogramme:\n",
      to: "\n  programme:\n",
      place: "17:3",
      message:
        'error: "programme" is indented 2 spaces, like the keys under "council", so it holds nothing and the keys below it are read as keys of "council": "name" on line 18 is then there twice (also on line 9).',
      hint: '  hint: Remove the spaces before it, like "council", so that the keys below it are its own.',
    },
    {
      slip: "an unclosed quote",
      from: "  shortName: Brackenford",
      to: '  shortName: "Brackenford',
      place: "10:14",
      message:
        'error council.shortName: The quote " that opens the value of "shortName" here is not closed, so the rest of the file is read as part of the value.',
      hint: '  hint: Close it on the same line, at the end of the value ("Brackenford"), or remove it: most values need no quotes.',
    },
  ];

  /** Brackenford's example with the slip made, written as bad.yaml in the test folder. */
  function writeSlip(from: string, to: string): void {
    const text = readFileSync(example("brackenford"), "utf8");
    if (!text.includes(from)) throw new Error(`the example has no ${from}`);
    writeFileSync(join(folder.dir, "bad.yaml"), text.replace(from, to));
  }

  it.each(slips)(
    "lac validate reports $slip once, at its line and column",
    ({ from, to, place, message, hint }) => {
      writeSlip(from, to);
      const run = runLac(["validate", "bad.yaml"], folder.dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`bad.yaml:${place} ${message}\n${hint}\n`);
      expect(run.stderr).toContain("(1 error, 0 warnings)");
      expect(run.stderr).not.toContain("YAML syntax error");
    },
  );

  it.each(slips)(
    "lac init --answers reports $slip the same way and writes nothing",
    ({ from, to, place, message }) => {
      writeSlip(from, to);
      const before = folderTexts(folder.dir);
      const run = runLac(["init", "pack", "--answers", "bad.yaml"], folder.dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`bad.yaml:${place} ${message}`);
      expect(run.stderr).not.toContain("YAML syntax error");
      expect(folderTexts(folder.dir)).toEqual(before);
    },
  );
});

describe.skipIf(!hasScript)("lac validate - in a terminal", () => {
  it("says that it waits for the configuration and how to end it, rather than seeming to hang", async () => {
    const { status, output } = await runLacInTerminal(
      ["validate", "-"],
      folder.dir,
      [["press Ctrl-D", "counsil: 1\n\u0004"]],
      { timeoutMs: 10_000 },
    );
    expect(output).toContain(
      "lac validate - reads the configuration from standard input: paste it, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows). Or give its file: lac validate lac.config.yaml.",
    );
    expect(output).toContain('Unknown key "counsil". Did you mean "council"?');
    expect(status).toBe(1);
  });
});

describe.skipIf(!hasScript)("lac init again in a pack, at a terminal, with no answers", () => {
  it("says before the first question that the pack's answers are its lac.config.yaml, and Ctrl-C changes nothing", async () => {
    const init = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    expect(init.status).toBe(0);
    const before = folderTexts(folder.dir);
    const { status, output } = await runLacInTerminal(["init", "pack"], folder.dir, [["? ", "\u0003"]], {
      timeoutMs: 15_000,
    });
    expect(output).toContain(
      "pack already holds a pack (pack/lac.config.yaml), and lac init does not read it: to render the pack again from it, run lac generate pack; to start from its answers, run lac init pack --answers pack/lac.config.yaml.",
    );
    expect(output.indexOf("already holds a pack")).toBeLessThan(output.indexOf("? "));
    expect(status).toBe(130);
    expect(folderTexts(folder.dir)).toEqual(before);
  }, 30_000);
});
