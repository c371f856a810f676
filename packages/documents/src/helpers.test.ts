import { describe, expect, it } from "vitest";
import { templateHelpers } from "./helpers.js";

const call = (name: string, ...args: unknown[]) =>
  (templateHelpers[name] as (...values: unknown[]) => unknown)(...args);

describe("template helpers", () => {
  it("ends a sentence with one full stop, whether or not the configuration wrote one", () => {
    expect(call("sentence", "Formative evaluation in year one")).toBe("Formative evaluation in year one.");
    expect(call("sentence", "Formative evaluation in year one.")).toBe("Formative evaluation in year one.");
    expect(call("sentence", "Is it working?")).toBe("Is it working?");
    expect(call("sentence", "See the report (2026).")).toBe("See the report (2026).");
  });

  it("writes email and web addresses as links, never bare", () => {
    expect(call("contact", { role: "Caldicott Guardian", email: "cg@council.example" })).toBe(
      "Caldicott Guardian (<cg@council.example>)",
    );
    expect(call("contact", { email: "cg@council.example" })).toBe("<cg@council.example>");
    expect(call("link", "https://council.example")).toBe("<https://council.example>");
  });
});
