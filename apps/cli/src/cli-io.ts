import { writeSync } from "node:fs";
import { escapingWriter } from "./terminal-text.js";

/** What a command may touch of the outside world: its streams, folder and environment. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when lac may ask questions: standard input and output are terminals and CI is not set. */
  readonly interactive: boolean;
  /** True when output may be coloured: see {@link colourWanted}. */
  readonly color: boolean;
  /** Reads all of standard input as UTF-8 text (for `lac validate -`). */
  /** Reads standard input's bytes, stopping once more than `maxBytes` have come. */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

/** `--color` or `--no-color` (the last one given wins), or undefined when neither is. */
export function colourFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const arg of argv) {
    if (arg === "--") break;
    if (arg === "--color") flag = true;
    else if (arg === "--no-color") flag = false;
  }
  return flag;
}

/** The arguments without `--color` and `--no-color`, which every command takes. */
export function withoutColourFlags(argv: readonly string[]): string[] {
  const end = argv.indexOf("--");
  return argv.filter(
    (arg, index) => (end !== -1 && index >= end) || (arg !== "--color" && arg !== "--no-color"),
  );
}

/**
 * Whether to colour output, in this order: `--no-color` / `--color`; FORCE_COLOR (on, unless it is
 * "0" or "false"); NO_COLOR (any non-empty value turns colour off); otherwise only on a terminal
 * whose TERM is not "dumb". `--json` output is never coloured, whatever this says.
 */
export function colourWanted(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  /** Whether standard output is a terminal, or a function that tells, asked only when needed. */
  isTerminal: boolean | (() => boolean),
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return (typeof isTerminal === "function" ? isTerminal() : isTerminal) && env.TERM !== "dumb";
}

/** Standard input's bytes, read until its end or until more than `maxBytes` have come (then it stops reading). */
function readAllStdin(maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length > maxBytes) {
        process.stdin.off("data", onData);
        process.stdin.pause();
        resolve(Buffer.concat(chunks));
      }
    };
    process.stdin.on("data", onData);
    process.stdin.on("end", () => resolve(Buffer.concat(chunks)));
    process.stdin.on("error", reject);
  });
}

/** A stream set up when it is first written to. */
function lazyStream(stream: () => NodeJS.WriteStream): { write(text: string): unknown } {
  return { write: (text: string) => stream().write(text) };
}

/**
 * Writes straight to a file descriptor, synchronously, without setting up Node's stream: for the
 * answers lac.cjs gives by itself (--version, --help). On Linux and macOS, Node's standard streams
 * also write synchronously to files, pipes and terminals, so the bytes and their order are the same.
 * If the descriptor refuses (a full non-blocking pipe, a closed one), the rest goes through the
 * stream, as before.
 */
function directWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): { write(text: string): unknown } {
  return {
    write: (text: string) => {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch {
        return stream().write(bytes.subarray(written));
      }
      return true;
    },
  };
}

/**
 * The process's streams, folder and environment. `direct` writes output straight to the file
 * descriptors (not on Windows, whose console wants Node's stream): for a short answer of lac.cjs.
 */
export function processIo(colour?: boolean, direct = false): CliIo {
  const env = process.env;
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false";
  // Setting up process.stdout (or stderr) is a tenth of lac --version: it is done only when needed.
  const color = colourWanted(colour, env, () => Boolean(process.stdout.isTTY));
  return {
    // Every message passes here: text from files (a damaged state file, a file name) cannot reach the
    // terminal as escape codes. lac's own colours pass when colour is on.
    stdout: escapingWriter(
      direct ? directWriter(1, () => process.stdout) : lazyStream(() => process.stdout),
      color,
    ),
    stderr: escapingWriter(
      direct ? directWriter(2, () => process.stderr) : lazyStream(() => process.stderr),
      color,
    ),
    cwd: process.cwd(),
    env,
    // A getter: touching process.stdin sets up a stream, which --version and --help do not need.
    get interactive() {
      return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !ci;
    },
    color,
    readStdin: readAllStdin,
  };
}
