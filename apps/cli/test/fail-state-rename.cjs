// Preloaded with `node --require` by the formats test: the rename that puts .lac/state.json in place
// (the last step of a run that writes) fails, as if the run were stopped once its files were written
// and before its state file was. The run's record of what it was writing (.lac/update-pending.json) stays.
const fs = require("node:fs");
const path = require("node:path");
const rename = fs.renameSync;
fs.renameSync = function failingStateRename(from, to, ...rest) {
  if (String(to).endsWith(`${path.sep}.lac${path.sep}state.json`)) {
    throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: "EIO" });
  }
  return rename.call(this, from, to, ...rest);
};
