// What lac needs of node:os: the computer's name (the pack lock records which computer holds it) and
// the user's home folder (lac's code cache is under it), as node:os gives them.
//
// Node.js does not load node:os itself, and lac.cjs loaded it on every run (--version included) for
// these two values: about 0.5–1 ms of a run, on Node.js 20 and 24. So lac takes both from where
// node:os finds them, on the systems where it can read them so (Linux; outside Windows for the home
// folder); elsewhere, or when the file does not hold one name, node:os is loaded and asked.
import type * as NodeOs from "node:os";
import { nodeBuiltin } from "./node-module.js";
import { readBytesInto } from "./read-bytes.js";

/** node:os, loaded only where it is needed. */
function nodeOs(): typeof NodeOs {
  return nodeBuiltin<typeof NodeOs>("node:os");
}

/**
 * Whether lac will load node:os for these values (outside Linux): lac init loads it before V8's
 * flags change, while Node.js can still compile it from the code cache built into it.
 */
export function nodeOsNeeded(platform: NodeJS.Platform = process.platform): boolean {
  return platform !== "linux";
}

/**
 * Where Linux gives the computer's name: the `nodename` of uname(2), which gethostname(2), and so
 * node:os's hostname, return (for the same UTS namespace, as this process's), followed by a newline.
 */
export const LINUX_HOSTNAME_FILE = "/proc/sys/kernel/hostname";

/** The longest name Linux gives (HOST_NAME_MAX, 64 bytes), with room for the newline and to spare. */
const NAME_BYTES = 256;

/**
 * The text of a small file, or undefined when it cannot be read (or fills the whole buffer, so may be
 * longer than it looks).
 */
function readSmallFile(path: string): string | undefined {
  const buffer = Buffer.allocUnsafe(NAME_BYTES);
  const length = readBytesInto(path, buffer);
  return length !== undefined && length < NAME_BYTES ? buffer.toString("utf8", 0, length) : undefined;
}

/**
 * The computer's name, as node:os's `hostname()` gives it. On Linux, read from
 * {@link LINUX_HOSTNAME_FILE} (one short read) when that gives a name; elsewhere from node:os.
 * `readFile` is for tests.
 */
export function computerName(
  platform: NodeJS.Platform = process.platform,
  readFile: (path: string) => string | undefined = readSmallFile,
): string {
  if (platform === "linux") {
    const text = readFile(LINUX_HOSTNAME_FILE);
    const name = text?.endsWith("\n") ? text.slice(0, -1) : undefined;
    if (name !== undefined && name.length > 0 && !name.includes("\n") && !name.includes("\0")) {
      return name;
    }
  }
  return nodeOs().hostname();
}

/**
 * The user's home folder, as node:os's `homedir()` gives it. Outside Windows, that is the HOME
 * environment variable whenever it is set, even empty (libuv's uv_os_homedir), which lac reads from
 * the environment itself; only without HOME (or on Windows, where node:os reads USERPROFILE and
 * more) does node:os look it up. `env` is for tests: by default this process's environment, the one
 * node:os reads.
 */
export function homeFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform !== "win32") {
    const home = env.HOME;
    if (home !== undefined) return home;
  }
  return nodeOs().homedir();
}
