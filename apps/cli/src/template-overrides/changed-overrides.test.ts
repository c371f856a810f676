import { describe, expect, it } from "vitest";
import { changedOverrides } from "./changed-overrides.js";

describe("changedOverrides", () => {
  const installed = { "documents/plan": "sha256-new", "partials/footer": "sha256-same" };

  it("lists the overridden templates whose bundled source changed, and only those", () => {
    expect(
      changedOverrides(
        ["documents/plan", "partials/footer"],
        { "documents/plan": "sha256-old", "partials/footer": "sha256-same" },
        installed,
      ),
    ).toEqual([{ name: "documents/plan", status: "changed" }]);
  });

  it("says when lac has no record of the source the pack was made with", () => {
    expect(changedOverrides(["partials/footer"], undefined, installed)).toEqual([
      { name: "partials/footer", status: "unknown" },
    ]);
    expect(changedOverrides(["partials/footer"], { toString: "x" }, installed)).toEqual([
      { name: "partials/footer", status: "unknown" },
    ]);
  });

  it("says nothing of templates the council does not override, or that the release no longer has", () => {
    expect(changedOverrides([], { "documents/plan": "sha256-old" }, installed)).toEqual([]);
    expect(changedOverrides(["documents/gone"], { "documents/gone": "sha256-old" }, installed)).toEqual([]);
  });
});
