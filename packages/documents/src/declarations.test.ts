// The declarations a developer's editor reads: the type of the pack's context names its partners
// (PartnerContext, PartnerContextBase, DocumentParties) instead of writing a partner out in full in each
// of its twenty-odd lists, which made dist/index.d.ts about 26,000 lines.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const file = fileURLToPath(new URL("./pack-context.ts", import.meta.url));

/** The declarations TypeScript writes for a source file, as tsup's declaration build starts from. */
function declarationsOf(path: string): string {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    declaration: true,
    emitDeclarationOnly: true,
    types: [],
  };
  let declarations = "";
  const program = ts.createProgram([path], options);
  program.emit(
    program.getSourceFile(path),
    (name, text) => {
      if (name.endsWith(".d.ts")) declarations = text;
    },
    undefined,
    true,
  );
  return declarations;
}

describe("the declarations of the pack's context", () => {
  it("write a partner out once, and name it in every list of partners", () => {
    const declarations = declarationsOf(file);
    expect(declarations).toContain("export type PartnerContext =");
    // A field of a partner only: written once, in the declaration of what a partner is.
    expect(declarations.match(/\bkindLabelCy: string;/g)).toHaveLength(1);
    expect(declarations.split("\n").length).toBeLessThan(1500);
  }, 60_000);
});
