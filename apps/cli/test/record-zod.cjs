// Preloaded with `node --require` by the start-up test: records whether zod was loaded (zod keeps
// its registry of schema metadata on globalThis) and the titles of the schemas given metadata
// (`.meta({ title })`), such as the council configuration's sections, and whether the yaml library
// was loaded, and writes them to
// $LAC_RECORD_ZOD when the process exits.
const fs = require("node:fs");
let registry;
const titles = [];
Object.defineProperty(globalThis, "__zod_globalRegistry", {
  configurable: true,
  get() {
    return registry;
  },
  set(value) {
    registry = value;
    const add = value.add;
    value.add = function addRecorded(schema, meta, ...rest) {
      if (meta && typeof meta.title === "string") titles.push(meta.title);
      return add.call(this, schema, meta, ...rest);
    };
  },
});
process.on("exit", () => {
  // lac's bundles mark when they load the yaml library (the lazy-yaml plugin of tsup.config.ts).
  const yaml = globalThis.__lacYamlLoaded === true;
  fs.writeFileSync(process.env.LAC_RECORD_ZOD, JSON.stringify({ zod: registry !== undefined, titles, yaml }));
});
