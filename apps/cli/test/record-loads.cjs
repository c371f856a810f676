// Preloaded with `node --require` by the start-up test: records every file that is read (the
// CommonJS loader reads bundles with fs.readFileSync, lac's code-cache loader opens them with
// fs.openSync and reads them into a buffer of its own) and writes the list to $LAC_RECORD_LOADS when
// the process exits. A worker thread (lac report draws its charts'
// pictures on one) runs this preload too, and may be stopped at any time: it adds each file it reads to
// $LAC_RECORD_LOADS.threads at once, one path a line.
const fs = require("node:fs");
const { isMainThread } = require("node:worker_threads");
const seen = [];
const record = (path) => {
  if (typeof path !== "string") return;
  if (isMainThread) seen.push(path);
  else fs.appendFileSync(`${process.env.LAC_RECORD_LOADS}.threads`, `${path}\n`);
};
const read = fs.readFileSync;
fs.readFileSync = function readFileSyncRecorded(path, ...rest) {
  record(path);
  return read.call(this, path, ...rest);
};
const open = fs.openSync;
fs.openSync = function openSyncRecorded(path, flags, ...rest) {
  if (flags === undefined || flags === "r") record(path);
  return open.call(this, path, flags, ...rest);
};
if (isMainThread) {
  process.on("exit", () => {
    fs.writeFileSync(process.env.LAC_RECORD_LOADS, JSON.stringify(seen));
  });
}
