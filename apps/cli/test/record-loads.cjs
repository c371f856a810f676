// Preloaded with `node --require` by the start-up test: records every file that is read (the
// CommonJS loader and lac's code-cache loader both read bundles with fs.readFileSync) and writes
// the list to $LAC_RECORD_LOADS when the process exits.
const fs = require("node:fs");
const read = fs.readFileSync;
const seen = [];
fs.readFileSync = function readFileSyncRecorded(path, ...rest) {
  if (typeof path === "string") seen.push(path);
  return read.call(this, path, ...rest);
};
process.on("exit", () => {
  fs.writeFileSync(process.env.LAC_RECORD_LOADS, JSON.stringify(seen));
});
