import { fstatSync, statSync, writeSync } from "node:fs";
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
  /** Whether standard input is a terminal (a person types there), whatever CI says. */
  readonly stdinIsTerminal?: () => boolean;
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

/** Node's stream for standard output (1) or error (2), once something has set it up. */
const streamsSetUp: { [fd in 1 | 2]?: NodeJS.WriteStream } = {};

/**
 * Notes when Node sets up `process.stdout` or `process.stderr` (it does on their first use, by lac
 * or by anything else, such as a warning of Node's): from then on, that output goes through the
 * stream, so that nothing written directly can overtake what the stream still holds.
 */
function watchStream(fd: 1 | 2): void {
  if (fd in streamsSetUp) return;
  const name = fd === 1 ? "stdout" : "stderr";
  const descriptor = Object.getOwnPropertyDescriptor(process, name);
  const get = descriptor?.get;
  if (get === undefined || descriptor?.configurable !== true) {
    // Not Node's lazy getter: take the stream as it is.
    streamsSetUp[fd] = process[name];
    return;
  }
  streamsSetUp[fd] = undefined;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: descriptor.enumerable ?? true,
    get() {
      const stream = get.call(process) as NodeJS.WriteStream;
      streamsSetUp[fd] = stream;
      return stream;
    },
  });
}

/** The standard streams Node has set up so far: only these can hold output not yet written. */
export function standardStreamsSetUp(): NodeJS.WriteStream[] {
  return [streamsSetUp[1], streamsSetUp[2]].filter((stream) => stream !== undefined);
}

/**
 * Writes straight to a file descriptor, synchronously, without setting up Node's stream (which, on a
 * pipe, loads Node's network and stream modules: a few milliseconds of every run). Node's standard
 * streams write synchronously to files and terminals on Linux and macOS, and to pipes it writes at
 * once too, queueing only what a full pipe does not take: the bytes and their order are the same.
 * Once the stream is set up (by lac or anything else) everything goes through it; if the descriptor
 * refuses a write (a full non-blocking pipe, a closed one), the rest and all later output go through
 * the stream, as before.
 */
function directWriter(fd: 1 | 2): { write(text: string): unknown } {
  watchStream(fd);
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  return {
    write: (text: string) => {
      const setUp = streamsSetUp[fd];
      if (setUp !== undefined) return setUp.write(text);
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

/** The device number of /dev/null, or undefined where there is none (read once). */
let nullDevice: number | undefined | null = null;
function nullDeviceNumber(): number | undefined {
  if (nullDevice === null) {
    try {
      const stats = statSync("/dev/null");
      nullDevice = stats.isCharacterDevice() ? stats.rdev : undefined;
    } catch {
      nullDevice = undefined;
    }
  }
  return nullDevice;
}

/**
 * Whether a standard file descriptor is a terminal, as Node's stream for it tells (`isTTY`), without
 * setting up that stream when the descriptor is not a character device (a pipe, a file) or is
 * /dev/null (a character device too, and where a build server or cron often points standard input
 * and output): a terminal always is a character device, and /dev/null never is a terminal. Setting
 * up Node's stream for /dev/null loads its file streams, about a tenth of a run of lac init. Not on
 * Windows, where a console is told otherwise.
 */
function isTerminal(fd: 0 | 1, stream: () => { readonly isTTY?: boolean }, direct: boolean): boolean {
  if (direct) {
    try {
      const stats = fstatSync(fd);
      if (!stats.isCharacterDevice()) return false;
      if (stats.rdev === nullDeviceNumber()) return false;
    } catch {
      // Let Node's stream tell.
    }
  }
  return Boolean(stream().isTTY);
}

/**
 * The process's streams, folder and environment. `direct` writes output straight to the file
 * descriptors (not on Windows, whose console and pipes want Node's stream).
 */
export function processIo(colour?: boolean, direct = false): CliIo {
  const env = process.env;
  // On every platform: bin.ts waits, before it exits, for what the streams set up still hold.
  watchStream(1);
  watchStream(2);
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false";
  // Setting up process.stdout (or stderr) is a tenth of lac --version: it is done only when needed.
  const color = colourWanted(colour, env, () => isTerminal(1, () => process.stdout, direct));
  return {
    // Every message passes here: text from files (a damaged state file, a file name) cannot reach the
    // terminal as escape codes. lac's own colours pass when colour is on.
    stdout: escapingWriter(direct ? directWriter(1) : lazyStream(() => process.stdout), color),
    stderr: escapingWriter(direct ? directWriter(2) : lazyStream(() => process.stderr), color),
    cwd: process.cwd(),
    env,
    // A getter: touching process.stdin sets up a stream, which --version and --help do not need
    // (nor does a run in CI, which never asks).
    get interactive() {
      return !ci && isTerminal(0, () => process.stdin, direct) && isTerminal(1, () => process.stdout, direct);
    },
    color,
    stdinIsTerminal: () => isTerminal(0, () => process.stdin, direct),
    readStdin: readAllStdin,
  };
}
