/** What a command may touch of the outside world: its streams, folder and environment. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when lac may ask questions: standard input and output are terminals and CI is not set. */
  readonly interactive: boolean;
  /** True when output may be coloured: a terminal, and NO_COLOR is not set. */
  readonly color: boolean;
}

export function processIo(): CliIo {
  const env = process.env;
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false";
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env,
    // A getter: touching process.stdin sets up a stream, which --version and --help do not need.
    get interactive() {
      return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !ci;
    },
    color:
      Boolean(process.stdout.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "") && env.TERM !== "dumb",
  };
}
