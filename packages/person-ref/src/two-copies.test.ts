// Two copies of @lac/person-ref in one application (for example one nested under @lac/consent, at
// another version) must agree: a reference made by one is a reference for the other, in types and
// at run time. Uses the built package (dist), as an application would.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as PersonRefModule from "./index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(packageDir, "package.json"));
const tsc = require.resolve("typescript/bin/tsc");
const zodDir = dirname(require.resolve("zod/package.json"));

let app: string;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "lac-person-ref-two-copies-"));
  mkdirSync(join(app, "node_modules"));
  symlinkSync(zodDir, join(app, "node_modules", "zod"), "junction");
  for (const [copy, version] of [
    ["person-ref-a", "1.0.0"],
    ["person-ref-b", "2.3.0"],
  ] as const) {
    const dir = join(app, "node_modules", copy);
    cpSync(join(packageDir, "dist"), join(dir, "dist"), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    writeFileSync(join(dir, "package.json"), JSON.stringify({ ...manifest, name: copy, version }));
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
}, 30_000);

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

describe("two copies of @lac/person-ref", () => {
  it("accept each other's references in TypeScript, and still refuse a plain string", () => {
    writeFileSync(
      join(app, "app.ts"),
      [
        'import { parsePersonRef, type PersonRef as RefA } from "person-ref-a";',
        'import { isPersonRef, type PersonRef as RefB } from "person-ref-b";',
        'const made = parsePersonRef("P-000123");',
        "if (made.ok) {",
        "  const b: RefB = made.ref;",
        "  const a: RefA = b;",
        "  console.log(a, isPersonRef(b));",
        "}",
        "// @ts-expect-error a plain string is not a reference in either copy",
        'export const plain: RefB = "P-000123";',
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          types: [],
        },
        files: ["app.ts"],
      }),
    );
    const run = () => execFileSync(process.execPath, [tsc, "-p", app], { encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  }, 180_000);

  it("accept each other's references at run time", async () => {
    const a = (await import(
      pathToFileURL(join(app, "node_modules/person-ref-a/dist/index.js")).href
    )) as typeof PersonRefModule;
    const b = (await import(
      pathToFileURL(join(app, "node_modules/person-ref-b/dist/index.js")).href
    )) as typeof PersonRefModule;
    expect(a).not.toBe(b);
    const ref = a.newPersonRef(() => "3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10");
    expect(b.isPersonRef(ref)).toBe(true);
    expect(b.personRefSchema.parse(ref)).toBe(ref);
  });
});
