// Preloaded with `node --require` by the concurrency test: every rename (the last step of each
// atomic file write) waits $LAC_SLOW_RENAME_MS first, so that the time a run spends writing its pack
// is long enough for two runs started together to overlap every time, not once in a while.
const fs = require("node:fs");
const rename = fs.renameSync;
const pause = new Int32Array(new SharedArrayBuffer(4));
fs.renameSync = function slowRenameSync(...args) {
  Atomics.wait(pause, 0, 0, Number(process.env.LAC_SLOW_RENAME_MS ?? "20"));
  return rename.apply(this, args);
};
