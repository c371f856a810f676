// Preloaded with `node --require` by the start-up test: writes to $LAC_RECORD_BUILTINS, when the
// process exits, the built-in modules of Node.js loaded after this preload (from
// process.moduleLoadList: "NativeModule fs/promises", "Internal Binding crypto", …).
const fs = require("node:fs");
const before = new Set(process.moduleLoadList);
process.on("exit", () => {
  const loaded = process.moduleLoadList.filter((name) => !before.has(name));
  fs.writeFileSync(process.env.LAC_RECORD_BUILTINS, JSON.stringify(loaded));
});
