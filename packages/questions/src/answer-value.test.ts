import { describe, expect, it } from "vitest";
import { textFromValue, valueFromText } from "./answer-value.js";

describe("valueFromText", () => {
  it("reads numbers, allowing thousands separators and a pound sign", () => {
    expect(valueFromText("integer", "250,000")).toBe(250000);
    expect(valueFromText("integer", " 8500 ")).toBe(8500);
    expect(valueFromText("number", "£450,000.50")).toBe(450000.5);
  });

  it("leaves text that is not a number as text, for the schema to report", () => {
    expect(valueFromText("integer", "about 8000")).toBe("about 8000");
    expect(valueFromText("integer", "")).toBe("");
  });

  it("reads yes and no", () => {
    expect(valueFromText("boolean", "Yes")).toBe(true);
    expect(valueFromText("boolean", "false")).toBe(false);
    expect(valueFromText("boolean", "maybe")).toBe("maybe");
  });

  it("splits lists on commas and drops empty items", () => {
    expect(valueFromText("list", "Castle, Riverside ,")).toEqual(["Castle", "Riverside"]);
    expect(valueFromText("list", "  ")).toEqual([]);
  });

  it("trims text", () => {
    expect(valueFromText("text", "  Brackenford  ")).toBe("Brackenford");
  });
});

describe("textFromValue", () => {
  it("shows lists as comma-separated text", () => {
    expect(textFromValue("list", ["a", "b"])).toBe("a, b");
    expect(textFromValue("integer", 30)).toBe("30");
    expect(textFromValue("text", undefined)).toBeUndefined();
  });
});

describe("a mistake from plain JavaScript", () => {
  it("valueFromText says which argument is wrong and what it should be", () => {
    expect(() => valueFromText("integer", undefined as never)).toThrow(TypeError);
    expect(() => valueFromText("integer", undefined as never)).toThrow(
      /valueFromText's text \(what was typed\) needs text \(a string\), not undefined/,
    );
    expect(() => valueFromText("whole" as never, "3")).toThrow(TypeError);
    expect(() => valueFromText("whole" as never, "3")).toThrow(
      /valueFromText's kind must be one of "text", "integer", "number", "boolean", "choice", "list" \(a question's kind\), not "whole"/,
    );
  });
});
