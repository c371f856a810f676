// Preloaded with `node --require` by the start-up test: writes to $LAC_RECORD_BUILTINS, when the
// process exits, the built-in modules of Node.js loaded after this preload (from
// process.moduleLoadList: "NativeModule fs/promises", "Internal Binding crypto", …) and, when Node
// runs with --expose-internals, those it compiled without its own built-in code cache.
const fs = require("node:fs");
const before = new Set(process.moduleLoadList);
let cacheUsage;
if (process.execArgv.includes("--expose-internals")) {
  // Node.js warns that these are for its own tests: the warning would be lac's output.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  const { internalBinding } = require("internal/test/binding");
  process.emitWarning = emitWarning;
  cacheUsage = () => internalBinding("builtins").getCacheUsage();
}
process.on("exit", () => {
  const loaded = process.moduleLoadList.filter((name) => !before.has(name));
  const withoutCache = cacheUsage ? [...cacheUsage().compiledWithoutCache] : undefined;
  fs.writeFileSync(process.env.LAC_RECORD_BUILTINS, JSON.stringify({ loaded, withoutCache }));
});
