import { describe, expect, it } from "vitest";
import { closestName } from "./edit-distance.js";

const COMMANDS = ["init", "generate", "validate", "update", "report"];
const OPTIONS = ["--help", "--version", "--color", "--no-color"];

// The CLI's own rule (not didYouMean of @lac/council, which allows one edit in four): see edit-distance.ts.
describe("closestName (lac's commands and options)", () => {
  it.each([
    ["generat", COMMANDS, "generate"],
    ["genrat", COMMANDS, "generate"],
    ["--versio", OPTIONS, "--version"],
    ["--answer", ["--answers", "--set", "--force"], "--answers"],
  ])("suggests for %j, at most two edits away", (given, names, suggestion) => {
    expect(closestName(given, names)).toBe(suggestion);
  });

  it.each([["xyz"], ["gen"], ["--frobnicate"], [""]])("suggests nothing for %j", (given) => {
    expect(closestName(given, [...COMMANDS, ...OPTIONS])).toBeUndefined();
  });
});
