// The manifest is checked when the templates are built (scripts/precompile.mjs), and renderPack trusts
// that check instead of repeating it at each run: the bundled manifest must be exactly what the check
// gives, and the set must say so only for that very manifest.
import { manifestSchema, renderPack } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { example } from "./examples.js";

describe("the bundled manifest", () => {
  it("is valid, and is exactly what manifestSchema makes of it (defaults filled in)", () => {
    const parsed = manifestSchema.safeParse(templateSet.manifest);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toStrictEqual(templateSet.manifest);
  });

  it("is marked as checked at build time, as the same object", () => {
    expect(templateSet.checkedManifest).toBe(templateSet.manifest);
  });

  it("is checked again by renderPack once it is replaced", () => {
    const manifest = structuredClone(templateSet.manifest);
    const first = manifest.documents[0]!;
    manifest.documents[0] = { ...first, output: "../outside.md" };
    const result = renderPack(example("brackenford"), { ...templateSet, manifest });
    expect(result.ok).toBe(false);
    expect(result.ok || result.errors[0]).toMatchObject({
      code: "invalid-manifest",
      field: "documents.0.output",
    });
  });
});
