import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

/** The built CLI: end-to-end tests run what users run. `pnpm build` comes first (turbo does it). */
export const LAC = fileURLToPath(new URL("../dist/lac.cjs", import.meta.url));

const require = createRequire(import.meta.url);
/** A bundled example configuration of @lac/council. */
export const example = (
  name: "brackenford" | "cwm-teg" | "hollinbrook" | "kingsmere" | "stanmoor" | "wendleshire",
) => require.resolve(`@lac/council/examples/${name}.lac.config.yaml`);

/** The `lac.config.yaml` that `lac init` wrote into `dir/pack`, parsed (as the test expects it to be). */
export function writtenConfig<Config>(dir: string): Config {
  return parse(readFileSync(join(dir, "pack", "lac.config.yaml"), "utf8")) as Config;
}

/**
 * Writes `partial.yaml` in `dir`: a bundled example council's configuration without the parts named
 * in `without` (a key, or a dotted path such as "council.website"), which lac then asks for at the
 * prompt, and as `edit` leaves it (a value changed). Gives the file's name, for `--answers`.
 */
export function writePartialAnswers(
  dir: string,
  name: Parameters<typeof example>[0],
  { without = [], edit }: { without?: readonly string[]; edit?: (answers: Record<string, unknown>) => void },
): string {
  const answers = parse(readFileSync(example(name), "utf8")) as Record<string, unknown>;
  for (const path of without) {
    const keys = path.split(".");
    const last = keys.pop()!;
    const section = keys.reduce((at, key) => at[key] as Record<string, unknown>, answers);
    delete section[last];
  }
  edit?.(answers);
  writeFileSync(join(dir, "partial.yaml"), stringify(answers));
  return "partial.yaml";
}

export interface LacRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment without a terminal and with CI set, as on a build server. */
/** The tests keep lac's code cache away from the user's own. */
const E2E_CACHE_DIR = join(tmpdir(), "lac-e2e-code-cache");

function ciEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  Object.assign(env, { CI: "true", LAC_CACHE_DIR: E2E_CACHE_DIR, ...extra });
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
  return env;
}

export function runLac(
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  input?: string | Uint8Array,
  timeout = 30_000,
): LacRun {
  const result = spawnSync(process.execPath, [LAC, ...args], {
    cwd,
    env: ciEnv(env),
    encoding: "utf8",
    timeout,
    ...(input === undefined ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Makes a Markdown and HTML pack of each example council into `dir/<pack>` (the HTML checks in Chromium),
 * with any extra arguments; throws with lac's message if one fails.
 */
export function initHtmlPacks(
  dir: string,
  packs: readonly (readonly [
    pack: string,
    council: Parameters<typeof example>[0],
    extra: readonly string[],
  ])[],
): void {
  for (const [pack, council, extra] of packs) {
    const run = runLac(
      [
        "init",
        join(dir, pack),
        "--answers",
        example(council),
        "--set",
        "output.formats=[markdown, html]",
        ...extra,
      ],
      dir,
      {},
      undefined,
      180_000,
    );
    if (run.status !== 0) throw new Error(`lac init ${council}: ${run.stderr}`);
  }
}

/** Runs lac without waiting for it, so that several runs can overlap. */
export function runLacAsync(
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<LacRun> {
  const child = spawn(process.execPath, [LAC, ...args], {
    cwd,
    env: ciEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "lac-e2e-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file of a folder (paths with "/") with its text: for comparing whole packs, or "nothing was written". */
export function folderTexts(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (statSync(join(dir, path)).isFile())
      files[path.split("\\").join("/")] = readFileSync(join(dir, path), "utf8");
  }
  return files;
}

/**
 * Runs lac in a pseudo-terminal (util-linux `script`), answering each prompt when its text appears.
 * Resolves with everything the terminal showed and the exit code.
 */
export function runLacInTerminal(
  args: readonly string[],
  cwd: string,
  steps: readonly (readonly [expect: string, type: string])[],
  {
    timeoutMs = 20_000,
    env: extraEnv = { NO_COLOR: "1" },
  }: { timeoutMs?: number; env?: Record<string, string | undefined> } = {},
): Promise<{ readonly status: number | null; readonly output: string }> {
  const command = [process.execPath, LAC, ...args]
    .map((part) => `'${part.replaceAll("'", "'\\''")}'`)
    .join(" ");
  const env = ciEnv({ CI: undefined, NO_COLOR: undefined, TERM: "xterm", ...extraEnv });
  // Its own process group, so that a run that times out is ended with everything it started.
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    cwd,
    env,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  let step = 0;
  let searchFrom = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`Timed out waiting for "${steps[step]?.[0]}". Terminal so far:\n${output}`));
    }, timeoutMs);
    const advance = () => {
      while (step < steps.length) {
        const [expected, typed] = steps[step]!;
        const found = output.indexOf(expected, searchFrom);
        if (found < 0) return;
        searchFrom = found + expected.length;
        step += 1;
        child.stdin.write(typed);
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      advance();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** util-linux `script` gives a pseudo-terminal. Without it the terminal tests are skipped, except in CI, where they fail. */
export const hasScript =
  spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0 || Boolean(process.env.CI);
