// The file system's share of `lac init`, for the benchmark (cases.mjs): copies a pack folder as lac
// writes a pack, with no lac in it. Each folder is made, each file written to a temporary file beside it
// and renamed, and the last file (as lac's state file) flushed to disk first. It reads the pack's files
// first, which lac, which renders them, does not: a few small reads, so the share is a little overstated.
//   node write-pack-files.cjs <pack folder> <new folder>
"use strict";
const {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeSync,
} = require("node:fs");
const { dirname, join, relative } = require("node:path");

const [from, to] = process.argv.slice(2);
const files = [];
(function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else files.push({ path: relative(from, path), content: readFileSync(path) });
  }
})(from);
mkdirSync(to, { recursive: true });
files.forEach(({ path, content }, index) => {
  const target = join(to, path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${index}.tmp`);
  const fd = openSync(temporary, "wx", 0o644);
  writeSync(fd, content);
  if (index === files.length - 1) fsyncSync(fd);
  closeSync(fd);
  renameSync(temporary, target);
});
