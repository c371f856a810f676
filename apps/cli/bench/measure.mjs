// Runs commands as child processes and measures wall time (and, with /usr/bin/time, peak memory and
// the pages of memory touched).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Runs a command once; returns its wall time in milliseconds. Throws if it fails. */
export function timeOnce(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== (options.expectStatus ?? 0)) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  return ms;
}

/**
 * Peak resident memory (KiB) and the pages of memory the process touched for the first time (its minor
 * page faults) in one run, from GNU time; undefined where GNU time is not installed.
 *
 * The pages: on the virtual machines lac is measured on, the first touch of a page costs 13 to 36 µs
 * (more when the machine has been idle, as its host takes back memory the guest freed), so the number
 * of pages a command touches explains much of its time, and unlike its time hardly varies from run to
 * run (a few pages in 3,000): a change that makes lac touch more memory shows there at once.
 */
export function memoryOnce(command, args, options = {}) {
  if (!GNU_TIME) return undefined;
  const result = spawnSync(GNU_TIME, ["-f", "%M %R", command, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    ...options,
  });
  if (result.status !== (options.expectStatus ?? 0)) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  const [kib, pages] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return Number.isFinite(kib) && Number.isFinite(pages) ? { kib, pages } : undefined;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
