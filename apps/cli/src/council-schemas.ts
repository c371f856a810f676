// @lac/council's main entry, which builds zod's schemas: imported (with `import()`) only to explain a
// configuration's problem or to do what needs a schema. A valid configuration is told by
// @lac/council/quick, without zod.
import "./zod-jitless.js";

export * from "@lac/council";
