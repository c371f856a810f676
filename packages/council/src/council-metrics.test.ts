import { describe, expect, it } from "vitest";
import { parseCouncilConfig, populationPerCoordinator, totalCoordinators } from "./index.js";
import { exampleText } from "./test-helpers.js";

describe("council metrics", () => {
  it("counts the coordinators of every neighbourhood", () => {
    const result = parseCouncilConfig(exampleText("brackenford"));
    if (!result.ok) throw new Error("invalid example");
    expect(totalCoordinators(result.config)).toBe(9);
  });

  it("counts one coordinator for a neighbourhood that does not say (the default)", () => {
    const result = parseCouncilConfig(exampleText("wendleshire"));
    if (!result.ok) throw new Error("invalid example");
    expect(totalCoordinators(result.config)).toBe(5);
  });

  it("divides the population by the coordinators", () => {
    expect(populationPerCoordinator({ population: 27300, coordinators: 3 })).toBe(9100);
    expect(populationPerCoordinator({ population: 10001, coordinators: 2 })).toBe(5000.5);
  });
});

describe("totalCoordinators: a value that is not a configuration (from JavaScript)", () => {
  it("throws a TypeError that names the function and the field, not a cryptic one", () => {
    expect(() => totalCoordinators(undefined as never)).toThrow(
      new TypeError("totalCoordinators needs an object, not undefined."),
    );
    expect(() => totalCoordinators({} as never)).toThrow(
      new TypeError("totalCoordinators (config.neighbourhoods) needs a list (an array), not undefined."),
    );
  });
});
