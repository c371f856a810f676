// The vocabularies and data a package exports (lists of ids, labels, records of provisions, limits) are
// frozen all the way down: a program in plain JavaScript that sorts or adds to one in place would change
// it for every other reader of the package. zod schemas and regular expressions are left out (a schema
// is not data; a frozen RegExp cannot set its lastIndex), and so are the functions of a map of functions.
import { describe, expect, it } from "vitest";
import * as entry0 from "./index.js";

const ENTRIES: readonly (readonly [string, Record<string, unknown>])[] = [["@lac/pack-files", entry0]];

function isData(value: unknown): value is object {
  return typeof value === "object" && value !== null && !(value instanceof RegExp) && !("_zod" in value);
}

/** The places in a value that are not frozen: "" for the value itself, ".key" or "[0]" for what it holds. */
function unfrozenPlaces(value: object, place = "", seen = new Set<object>()): string[] {
  if (seen.has(value)) return [];
  seen.add(value);
  const places = Object.isFrozen(value) ? [] : [place];
  for (const [key, child] of Object.entries(value)) {
    if (isData(child))
      places.push(...unfrozenPlaces(child, `${place}${Array.isArray(value) ? `[${key}]` : `.${key}`}`, seen));
  }
  return places;
}

const exportedData = ENTRIES.flatMap(([entry, module]) =>
  Object.entries(module)
    .filter(([, value]) => isData(value))
    .map(([name, value]) => [`${entry}: ${name}`, value as object] as const),
);

describe("exported vocabularies and data", () => {
  it("are exported", () => {
    expect(exportedData.length).toBeGreaterThan(0);
  });

  it.each(exportedData)("%s is frozen all the way down", (_, value) => {
    expect(unfrozenPlaces(value)).toEqual([]);
  });

  it.each(exportedData)("%s cannot be changed in place (a TypeError in strict mode)", (_, value) => {
    if (Array.isArray(value)) {
      expect(() => (value as unknown[]).push("added")).toThrow(TypeError);
      expect(() => (value as unknown[]).sort()).toThrow(TypeError);
    } else {
      expect(() => {
        (value as Record<string, unknown>)["added"] = "added";
      }).toThrow(TypeError);
    }
  });
});
