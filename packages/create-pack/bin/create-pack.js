#!/usr/bin/env node
// `npm create @lac/pack [dir] [options]` (or `npm init @lac/pack`, `pnpm create @lac/pack`):
// runs `lac init [dir] [options]` from the @lac/cli this package depends on, with the same
// terminal, arguments and exit code.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@lac/cli/package.json");
const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
const lac = join(dirname(manifestPath), typeof bin === "string" ? bin : bin.lac);

const child = spawn(process.execPath, [lac, "init", ...process.argv.slice(2)], { stdio: "inherit" });
// Ctrl-C reaches lac through the terminal; lac decides what to do and exits.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
child.on("error", (error) => {
  process.stderr.write(`create-pack: could not run lac: ${error.message}\n`);
  process.exitCode = 1;
});
child.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal === "SIGINT" ? 130 : 1);
});
