// Preloaded with `node --require` by the start-up test: records every file that is read (the
// CommonJS loader and lac's code-cache loader both read bundles with fs.readFileSync) and writes
// the list to $LAC_RECORD_LOADS when the process exits. A worker thread (lac report draws its charts'
// pictures on one) runs this preload too, and may be stopped at any time: it adds each file it reads to
// $LAC_RECORD_LOADS.threads at once, one path a line.
const fs = require("node:fs");
const { isMainThread } = require("node:worker_threads");
const read = fs.readFileSync;
const seen = [];
fs.readFileSync = function readFileSyncRecorded(path, ...rest) {
  if (typeof path === "string") {
    if (isMainThread) seen.push(path);
    else fs.appendFileSync(`${process.env.LAC_RECORD_LOADS}.threads`, `${path}\n`);
  }
  return read.call(this, path, ...rest);
};
if (isMainThread) {
  process.on("exit", () => {
    fs.writeFileSync(process.env.LAC_RECORD_LOADS, JSON.stringify(seen));
  });
}
