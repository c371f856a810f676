import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { shownPath } from "../shown-path.js";
import type { ConfigProblem } from "@lac/council/quick";
import { readCouncilYaml, validateCouncilConfigQuickly } from "@lac/council/quick";
import type * as z from "zod";
import type { CommandInput } from "../command-spec.js";
import { loadCouncilSchemas } from "../council-schemas-loader.js";
import { loadMissingAnswers } from "../missing-answers-loader.js";
import { ExitCode } from "../exit-codes.js";
import { CONFIG_FILE, withSchemaLine, writePackFlow } from "../pack-output.js";
import {
  compareConfigPaths,
  councilQuestions,
  formatConfigPath,
  getAt,
  listGap,
  messageInQuestionWords,
  parseSetAssignment,
  problemInQuestionWords,
  problemPlace,
  questionAt,
  questionKinds,
  resolveAnswers,
  setAt,
} from "@lac/questions/quick";
import type { Answers, ConfigPath, PromptApi, QuestionContext, SetAssignment } from "@lac/questions/quick";
import { loadPromptLibrary } from "../questions/load-prompt-library.js";
import { readTextFile } from "../read-text-file.js";
import { sameData } from "./same-data.js";
import { problemLines, problemsJson } from "../report-problems.js";
import { createStyle } from "../style.js";

/** How many times lac asks again for answers the whole configuration rejects. */
const MAX_REASK_ROUNDS = 3;

/**
 * What the questions check each typed answer with: zod's schemas, loaded only when a question may be
 * asked at a prompt. Without a prompt nothing is typed, and the defaults and choices of the questions
 * come from the quick validator's plan of the configuration (the same as the schema's), without zod.
 */
async function questionContext(prompted: boolean): Promise<QuestionContext> {
  if (!prompted) return { check: () => true };
  const { councilConfigErrorMap, councilConfigSchema } = await loadCouncilSchemas();
  return {
    schema: councilConfigSchema,
    check: (schema: z.core.$ZodType, value: unknown) => {
      const result = (schema as z.ZodType).safeParse(value, { error: councilConfigErrorMap });
      return result.success ? true : (result.error.issues[0]?.message ?? "This answer is not valid.");
    },
  };
}

/**
 * A problem as a person at the prompt reads it: named by its question in the question's words
 * ("Neighbourhood 2 (Riverside): Neighbourhood name"), its message in those words too, and its path
 * at the end for the file ("(neighbourhoods[1].name, answered at the prompt)"). A problem that no
 * question asks is given as it is.
 */
function inQuestionWords(problem: ConfigProblem, answers: Answers, note?: string): ConfigProblem {
  const asked = problemPlace(councilQuestions, problem, answers);
  const { line: _line, column: _column, ...unplaced } = problem;
  if (asked === undefined)
    return note === undefined ? problem : { ...unplaced, message: `${problem.message} (${note})` };
  const path = formatConfigPath(problem.path);
  return {
    ...unplaced,
    pathText: asked,
    message: `${messageInQuestionWords(councilQuestions, problem, answers)} (${note === undefined ? path : `${path}, ${note}`})`,
  };
}

/**
 * The path of the question that asks for the value at `path`: an item of a list answered on one line
 * (`partners[0].anonymised[0]`) is asked again by its list's question.
 */
function askedPath(path: ConfigPath): ConfigPath {
  const list = path.slice(0, -1);
  const onOneLine =
    typeof path.at(-1) === "number" && questionAt(councilQuestions, list)?.question.kind === "list";
  return onOneLine ? list : path;
}

/**
 * Where each problem comes from: the answers file (with its line), a --set flag, or a question. At
 * the prompt, a problem of an answer typed there, or of one in no file or flag, is told in the
 * questions' words (`inQuestionWords`); a problem of the answers file or a flag is told as it is.
 */
function locateProblems(
  problems: readonly ConfigProblem[],
  sets: readonly SetAssignment[],
  answersFile:
    | {
        readonly name: string;
        readonly locate: (path: readonly (string | number)[]) => { line: number; column: number } | undefined;
        readonly answers: Answers;
      }
    | undefined,
  /** The answers as they are now, and whether the person was asked at a prompt (a terminal). */
  current?: { readonly answers: Answers; readonly prompted: boolean },
): ConfigProblem[] {
  const startsWith = (path: ConfigPath, prefix: ConfigPath) => prefix.every((part, i) => path[i] === part);
  // A list item that a --set added (it is not in the answers file) is that --set's, with all its fields.
  const addedItem = (path: ConfigPath): ConfigPath | undefined => {
    for (let index = 0; index < path.length; index += 1) {
      if (
        typeof path[index] === "number" &&
        getAt(answersFile?.answers ?? {}, path.slice(0, index + 1)) === undefined
      ) {
        return path.slice(0, index + 1);
      }
    }
    return undefined;
  };
  return problems.map((problem) => {
    const fromSet = [...sets].reverse().find((set) => {
      const item = addedItem(set.path);
      return (
        startsWith(problem.path, set.path) ||
        startsWith(set.path, problem.path) ||
        (item !== undefined && startsWith(problem.path, item))
      );
    });
    if (fromSet) return { ...problem, message: `${problem.message} (from --set ${fromSet.source})` };
    // An answer typed at the prompt is not in the file: it is the prompt's, not a line of the file.
    const typed = getAt(current?.answers ?? {}, problem.path);
    if (
      current?.prompted === true &&
      typed !== undefined &&
      !sameData(typed, getAt(answersFile?.answers ?? {}, problem.path))
    ) {
      return inQuestionWords(problem, current.answers, "answered at the prompt");
    }
    const location = answersFile?.locate(problem.path);
    if (location) return { ...problem, line: location.line, column: location.column };
    return current?.prompted === true ? inQuestionWords(problem, current.answers) : problem;
  });
}

/**
 * lac init run again in a pack without answers: the pack's own answers are its lac.config.yaml, which
 * lac init does not read. What to run instead, or undefined when the folder holds no pack.
 */
function existingPackNote(targetDir: string, shownDir: string): string | undefined {
  if (!existsSync(join(targetDir, CONFIG_FILE))) return undefined;
  const packConfig = join(shownDir, CONFIG_FILE);
  const dir = shownDir === "." ? "" : ` ${shownDir}`;
  return `${shownDir === "." ? "This folder" : shownDir} already holds a pack (${packConfig}), and lac init does not read it: to render the pack again from it, run lac generate${dir}; to start from its answers, run lac init${dir} --answers ${packConfig}.`;
}

export async function run({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  const json = options.json === true;
  const style = createStyle(io.color && !json);
  const err = (text: string) => io.stderr.write(text);
  const targetDir = resolve(io.cwd, positionals[0] ?? ".");
  const shownDir = shownPath(io.cwd, positionals[0] ?? ".");
  const fail = (stage: string, problems: readonly ConfigProblem[], fileName: string | undefined) => {
    if (json) {
      io.stdout.write(
        `${JSON.stringify({ ok: false, stage, dir: shownDir, errors: problemsJson(problems, fileName) }, null, 2)}\n`,
      );
    } else {
      err(`${problemLines(problems, fileName, style)}\n`);
    }
    return ExitCode.failed;
  };

  const usage = (message: string) => {
    if (json) {
      io.stdout.write(`${JSON.stringify({ ok: false, stage: "usage", errors: [{ message }] }, null, 2)}\n`);
    } else {
      err(`${style.red("error")} ${message}\nRun lac init --help.\n`);
    }
    return ExitCode.usage;
  };

  // 1. --set flags: a malformed flag is a usage error, before anything else is read.
  const kinds = questionKinds(councilQuestions);
  const sets: SetAssignment[] = [];
  for (const flag of (options.set as readonly string[] | undefined) ?? []) {
    const parsed = parseSetAssignment(flag, kinds);
    if (!parsed.ok) return usage(parsed.message);
    sets.push(parsed.assignment);
  }

  // 2. The answers file, if any: YAML problems are reported with their line and column.
  let answers: Answers = {};
  let answersText: string | undefined;
  let answersFile: Parameters<typeof locateProblems>[2];
  const answersPath = typeof options.answers === "string" ? options.answers : undefined;
  if (answersPath !== undefined) {
    const read = await readTextFile(
      resolve(io.cwd, answersPath),
      answersPath,
      "Check the path given to --answers.",
    );
    if (!read.ok) {
      if (json) {
        io.stdout.write(
          `${JSON.stringify({ ok: false, stage: "answers", errors: [{ file: answersPath, message: read.message }] }, null, 2)}\n`,
        );
      } else err(`${style.red("error")} ${read.message}\n`);
      return ExitCode.failed;
    }
    answersText = read.text;
    const parsed = readCouncilYaml(read.text, { fileName: answersPath });
    const empty = !parsed.ok && parsed.errors.every((problem) => problem.code === "empty-file");
    if (!parsed.ok && !empty) return fail("answers", parsed.errors, answersPath);
    // An empty answers file answers nothing: the questions (or the list of what is missing) follow.
    if (parsed.ok) {
      answers = parsed.data;
      answersFile = { name: answersPath, locate: parsed.locate, answers: parsed.data };
    }
  }
  // Positions in ascending order, so that --set 'x[1]…' --set 'x[0]…' adds both items.
  sets.sort((a, b) => compareConfigPaths(a.path, b.path));
  for (const set of sets) {
    const gap = listGap(answers, set.path);
    if (gap !== undefined) {
      return usage(`--set ${set.source}: ${gap}`);
    }
    answers = setAt(answers, set.path, set.value);
  }

  // 3. Ask for what is missing (only with a terminal), or take defaults with --yes.
  const yes = options.yes === true;
  let prompt: PromptApi | undefined;
  if (io.interactive && !json) {
    const { inquirerPrompts } = loadPromptLibrary();
    prompt = inquirerPrompts(io, style);
  }
  // Asked every question in a pack, a person may have meant lac generate: say so before the first one.
  if (prompt !== undefined && answersFile === undefined) {
    const note = existingPackNote(targetDir, shownDir);
    if (note !== undefined) err(`${style.yellow("note")} ${note}\n`);
  }
  const context = await questionContext(prompt !== undefined);
  let reask: Map<string, string> | undefined;
  let alsoAsked: Set<string> | undefined;
  for (let round = 0; ; round += 1) {
    try {
      answers = await resolveAnswers(councilQuestions, context, {
        answers,
        yes,
        ...(prompt ? { prompt } : {}),
        ...(reask ? { reask, alsoAsked, onlyReask: true } : {}),
      });
    } catch (error) {
      // Ctrl-C at a question: stop, write nothing (no file, no message), and exit with 130.
      if ((error as Error).name === "ExitPromptError") return ExitCode.interrupted;
      throw error;
    }
    // Valid answers are told without zod; zod (the council's schemas) explains a problem.
    const validated =
      validateCouncilConfigQuickly(answers) ?? (await loadCouncilSchemas()).validateCouncilConfig(answers);
    if (validated.ok) {
      if (!json && validated.warnings.length > 0) {
        // A person at the prompt is told of each warning in the words of its question (and the
        // partner's or neighbourhood's name), with its path in lac.config.yaml at the end; a script, or
        // someone editing an answers file, by the path and the file's line as before.
        const shown = prompt
          ? validated.warnings.map((warning) =>
              problemInQuestionWords(councilQuestions, warning, answers, join(shownDir, "lac.config.yaml")),
            )
          : validated.warnings;
        err(`${problemLines(shown, answersFile?.name, style)}\n`);
      }
      // A complete answers file that nothing changed is written as the person wrote it, comments
      // and all, with the schema line first.
      const unchanged =
        answersFile !== undefined && sets.length === 0 && sameData(answers, answersFile.answers);
      return writePackFlow({
        command: "lac init",
        lendReadBuffer: true,
        config: validated.config,
        ...(unchanged && answersText !== undefined ? { configText: withSchemaLine(answersText) } : {}),
        targetDir,
        shownDir,
        dryRun: options["dry-run"] === true,
        force: options.force === true,
        json,
        io,
        style,
        report: { warnings: problemsJson(validated.warnings, answersFile?.name) },
        ...(answersFile !== undefined && answersText !== undefined
          ? { configSource: { name: answersFile.name, text: answersText } }
          : {}),
      });
    }
    const { expandMissingAnswers } = await loadMissingAnswers();
    const found = expandMissingAnswers(validated.errors, councilQuestions, answers);
    const problems = locateProblems(found, sets, answersFile, { answers, prompted: prompt !== undefined });
    if (!prompt || round >= MAX_REASK_ROUNDS) {
      if (!json) {
        err(
          `${style.red("error")} the configuration is not complete or not valid${prompt ? "" : " (no questions are asked without a terminal, or with CI set)"}:\n`,
        );
      }
      const code = fail("answers", problems, answersFile?.name);
      if (!json) {
        err(
          `Answer them in ${answersFile ? answersFile.name : "an answers file (--answers <file.yaml>)"}, with --set <path>=<value>, or run lac init in a terminal. Nothing was written.\n`,
        );
        if (answersFile === undefined) {
          const note = existingPackNote(targetDir, shownDir);
          if (note !== undefined) err(`${note}\n`);
        }
      }
      return code;
    }
    err(`${problemLines(problems, answersFile?.name, style)}\n`);
    // Each question asked again says its problem in the questions' words, without the path.
    const asked = (problem: ConfigProblem) => messageInQuestionWords(councilQuestions, problem, answers);
    reask = new Map(found.map((problem) => [askedPath(problem.path).join("."), asked(problem)]));
    // A GSS code that does not match the nation may be a wrong nation: ask both again (the nation with
    // its answer as the default: it is not refused itself).
    alsoAsked = new Set();
    for (const problem of found) {
      if (problem.code !== "gss-code-nation-mismatch" || reask.has("council.nation")) continue;
      reask.set("council.nation", asked(problem));
      alsoAsked.add("council.nation");
    }
  }
}
