#!/usr/bin/env node
// The `lac` executable, a small CommonJS file so that Node starts it as fast as it can: --version
// and --help are answered here, from data, loading nothing else. Every command's code is in one
// bundle (commands.cjs), loaded only when a command runs, through a code cache (lac validate has a
// smaller bundle of its own, validate.cjs, and lac init and lac generate one without zod, init.cjs); the prompt library is in its own bundle (prompts.cjs),
// loaded only when lac asks questions.
import { join } from "node:path";
import { colourFlag, processIo, standardStreamsSetUp, withoutColourFlags } from "./cli-io.js";
import { commands } from "./command-table.js";
import { closestName } from "./edit-distance.js";
import { ExitCode } from "./exit-codes.js";
import { cacheFolder, loadBundle } from "./compiled-code-cache.js";
import { setShortRunFlags } from "./v8-run-flags.js";
import { commandHelp, mainHelp } from "./help-text.js";
import { namesEvents, startRasterThreadEarly } from "./report/chart-raster-early.js";
import type * as Main from "./main.js";
import { createStyle } from "./style.js";
import { escapeControlCharacters } from "./terminal-text.js";
import { flushCompileCache, setCompileCacheFolder } from "./node-module.js";
import { LAC_VERSION } from "./version.js";

/** The commands that have a bundle of their own (every other one is in commands.cjs). */
const BUNDLES: Readonly<Record<string, string>> = {
  validate: "validate.cjs",
  init: "init.cjs",
  generate: "init.cjs",
  report: "report.cjs",
};

/**
 * The commands run without V8's optimising compilers (TurboFan; Maglev on Node.js 22 and later): lac
 * init and lac generate, short runs in which optimised code never pays for its compilation. That
 * takes a tenth off their peak memory (the compilers' working memory and code: 4 MB on Node.js 20,
 * 9 MB on 24), in no more time, even for a council of 100 neighbourhoods. It changes how fast code
 * runs, never what it does. Set before the command's bundle is loaded, so that its code cache, which
 * V8 keys on its flags, is made and used with the same flags (a bundle loaded later, commands.cjs to
 * explain a problem, keeps a cache of its own for such runs: compiled-code-cache.ts).
 */
const INTERPRETED: ReadonlySet<string> = new Set(["init", "generate"]);

const rawArgv = process.argv.slice(2);
const colour = colourFlag(rawArgv);

/**
 * What is wrong with a first argument that is no command: a typo of one ("Did you mean generate?"), an
 * option of a command put before it (lac --force init), or an option lac itself does not have.
 */
function unknownCommandMessage(first: string, rest: readonly string[]): string {
  const names = commands.map((c) => c.name);
  if (!first.startsWith("-")) {
    const guess = closestName(first, names);
    return `unknown command "${first}".${guess === undefined ? "" : ` Did you mean ${guess}?`}`;
  }
  const later = rest.find((arg) => names.includes(arg));
  if (later !== undefined) return `${first} goes after the command: lac ${later} ${first}.`;
  const guess = closestName(first, ["--help", "--version", "--color", "--no-color"]);
  return `lac has no option ${first}.${guess === undefined ? "" : ` Did you mean ${guess}?`}`;
}

function quickAnswer(argv: readonly string[]): ExitCode | undefined {
  const [first, ...rest] = argv;
  const io = processIo(colour, process.platform !== "win32");
  const style = createStyle(io.color);
  if (first === "help" && rest[0] !== undefined && !commands.some((c) => c.name === rest[0])) {
    io.stderr.write(`${style.red("error")} there is no command "${rest[0]}". Run lac --help.\n`);
    return ExitCode.usage;
  }
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    (first === undefined ? io.stderr : io.stdout).write(
      topic ? commandHelp(topic, style) : mainHelp(style, LAC_VERSION),
    );
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${LAC_VERSION}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    const message = unknownCommandMessage(first, rest);
    const hint = `The commands are: ${commands.map((c) => c.name).join(", ")}. Run lac --help.`;
    if (rest.includes("--json")) {
      io.stdout.write(
        `${JSON.stringify({ ok: false, stage: "usage", errors: [{ message, hint }] }, null, 2)}\n`,
      );
    } else {
      io.stderr.write(`${style.red("error")} ${message}\n${hint}\n`);
    }
    return ExitCode.usage;
  }
  if (rest.length === 1 && (rest[0] === "--help" || rest[0] === "-h")) {
    io.stdout.write(commandHelp(command, style));
    return ExitCode.ok;
  }
  return undefined;
}

/**
 * Exits as soon as a command is done, rather than when Node.js has run out of work: that skips a
 * garbage collection and the clean-up of every loaded module (a tenth of a run). The command has
 * written and synced its files by then (lac writes them synchronously); what is still buffered for
 * standard output or error (a pipe on Windows, say) is written first, and so is Node's compile cache.
 * Only a stream Node has set up can hold anything (lac writes straight to the file descriptors
 * until one is: cli-io.ts), and a stream not set up is left so.
 */
function exitOnceWritten(code: ExitCode): void {
  flushCompileCache();
  const pending = standardStreamsSetUp().filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  void Promise.all(
    pending.map((stream) => new Promise<void>((resolve) => stream.write("", () => resolve()))),
  ).then(() => process.exit(code));
}

const argv = withoutColourFlags(rawArgv);
const answered = quickAnswer(argv);
if (answered !== undefined) {
  process.exitCode = answered;
} else {
  // Ctrl-C outside a question (a question handles it itself): stop at once, with 130 and no message.
  // lac writes the pack only after every question is answered and checked, file by file.
  process.on("SIGINT", () => process.exit(ExitCode.interrupted));
  const fail = (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `lac: unexpected error: ${escapeControlCharacters(detail)}\nPlease report this, with the command you ran.\n`,
    );
    process.exitCode = ExitCode.failed;
  };
  try {
    // lac validate has a bundle of its own, a sixth of the size of commands.cjs (which has every command);
    // so have lac init and lac generate, without zod (commands.cjs only to explain a problem), and lac report
    // (with its charts and its Word and HTML writers).
    const name = argv[0] ?? "";
    if (INTERPRETED.has(name)) setShortRunFlags();
    // lac report's drawing thread is set up on the other core while report.cjs loads (chart-raster-early.ts).
    if (name === "report") {
      const options = commands.find((command) => command.name === "report")?.options ?? [];
      const valued = new Set(
        options.filter((option) => option.type === "string").map((option) => `--${option.name}`),
      );
      if (namesEvents(argv.slice(1), valued)) startRasterThreadEarly(__dirname);
    }
    const file = join(__dirname, Object.hasOwn(BUNDLES, name) ? BUNDLES[name]! : "commands.cjs");
    // Keep compiled code between runs, in lac's cache folder. commands.cjs goes through lac's own code
    // cache (compiled-code-cache.ts), on every Node.js: it is saved after the command has run, so it
    // holds every function the command compiled, while Node's compile cache (22.1 and later) is made
    // when the file is compiled, before anything runs, and holds little more than the top level
    // (Node.js 24 then compiled most of init again on every run). Node's cache is still turned on for
    // the bundles that commands.cjs loads (the prompts, the Word and HTML writers, …), when one is loaded
    // (requireBundle in node-module.ts).
    setCompileCacheFolder(cacheFolder(process.env));
    const bundle = loadBundle<typeof Main>(file, argv[0] ?? "command", process.env);
    // Output is written straight to the file descriptors (not on Windows), without Node's streams.
    bundle.exports.main(argv, processIo(colour, process.platform !== "win32")).then((code) => {
      process.exitCode = code;
      // A run that stopped early compiled only part of the command: its cache is kept as partial.
      bundle.saveCache(code === ExitCode.ok);
      exitOnceWritten(code);
    }, fail);
  } catch (error) {
    fail(error);
  }
}
