// Runs commands as child processes and measures wall time (and, with /usr/bin/time, peak memory).
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

/** Peak resident memory (KiB) of one run, from GNU time; undefined where it is not installed. */
export function peakMemoryKiB(command, args, options = {}) {
  if (!GNU_TIME) return undefined;
  const result = spawnSync(GNU_TIME, ["-f", "%M", command, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    ...options,
  });
  if (result.status !== (options.expectStatus ?? 0)) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  const lines = result.stderr.trim().split("\n");
  const kib = Number(lines.at(-1));
  return Number.isFinite(kib) ? kib : undefined;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
