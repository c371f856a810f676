import { describe, expect, it } from "vitest";
import { reportCommand } from "../report-command-spec.js";
import { namesEvents } from "./chart-raster-early.js";

const valued = new Set(
  reportCommand.options.filter((option) => option.type === "string").map((option) => `--${option.name}`),
);

describe("namesEvents (when lac report starts its drawing thread early)", () => {
  it("is true for --example or an events file, wherever they are", () => {
    expect(namesEvents(["--example"], valued)).toBe(true);
    expect(namesEvents(["--out", "pack", "--example", "--force"], valued)).toBe(true);
    expect(namesEvents(["events.jsonl", "--period", "2026-27"], valued)).toBe(true);
    expect(namesEvents(["--period", "2026-27", "--by", "coordinator", "events.csv"], valued)).toBe(true);
    expect(namesEvents(["--", "-events.jsonl"], valued)).toBe(true);
  });

  it("is false when no events are named, whatever the options' values", () => {
    expect(namesEvents([], valued)).toBe(false);
    expect(namesEvents(["--period", "2026-27"], valued)).toBe(false);
    expect(
      namesEvents(["--from", "2026-04-01", "--to", "2026-06-30", "--out", "pack", "--force"], valued),
    ).toBe(false);
    expect(namesEvents(["--period=2026-27", "--skip-invalid"], valued)).toBe(false);
  });
});
