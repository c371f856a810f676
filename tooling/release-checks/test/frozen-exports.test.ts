// The vocabularies and data a published package exports (lists of ids, labels, records of provisions,
// limits) are frozen all the way down: a program in plain JavaScript that sorts or adds to one in place
// would change it for every other reader of the package. Checked here once for every entry of every
// published package, as built (`exports` of its package.json), rather than by a copy of this test in each.
// zod schemas and regular expressions are left out (a schema is not data; a frozen RegExp cannot set its
// lastIndex), and so are the functions of a map of functions.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { publishedPackages } from "../../../scripts/package-metadata.mjs";

/**
 * Not checked: @lac/templates, whose exports are the template set itself (the precompiled templates,
 * their sources and the manifest), loaded by `lac init` at every run, where freezing them would cost
 * start-up time; `applyTemplateOverrides` (@lac/documents) makes a new set rather than changing one.
 */
const NOT_CHECKED = new Set(["@lac/templates"]);

/** Every JavaScript entry of the published packages: its import specifier and the built file it names. */
function publishedEntries(): { specifier: string; file: string }[] {
  return publishedPackages()
    .filter(({ manifest }) => !NOT_CHECKED.has(manifest.name as string))
    .flatMap(({ dir, manifest }) =>
      Object.entries((manifest.exports ?? {}) as Record<string, unknown>).flatMap(([subpath, target]) => {
        const file =
          typeof target === "object" && target !== null
            ? (target as { default?: unknown }).default
            : undefined;
        if (typeof file !== "string" || !file.endsWith(".js")) return [];
        return [{ specifier: `${manifest.name as string}${subpath.slice(1)}`, file: join(dir, file) }];
      }),
    );
}

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

const entries = publishedEntries();
const exportedData = (
  await Promise.all(
    entries.map(async ({ specifier, file }) =>
      Object.entries((await import(pathToFileURL(file).href)) as Record<string, unknown>)
        .filter(([, value]) => isData(value))
        .map(([name, value]) => [`${specifier}: ${name}`, value as object] as const),
    ),
  )
).flat();

describe("the vocabularies and data the published packages export", () => {
  it("are found in every entry of the packages that export data", () => {
    const specifiers = entries.map((entry) => entry.specifier);
    expect(specifiers).toEqual(
      expect.arrayContaining([
        "@lac/council",
        "@lac/council/quick",
        "@lac/questions/quick",
        "@lac/documents/render",
      ]),
    );
    // The packages (not entries) with data: "@lac/pack-formats/links: FORMAT_LABELS" is @lac/pack-formats'.
    const withData = new Set(exportedData.map(([name]) => name.split(/[/:]/).slice(0, 2).join("/")));
    for (const name of [
      "@lac/consent",
      "@lac/council",
      "@lac/documents",
      "@lac/en-gb-format",
      "@lac/evaluation",
    ])
      expect(withData).toContain(name);
    for (const name of [
      "@lac/lawful-basis",
      "@lac/pack-files",
      "@lac/pack-formats",
      "@lac/person-ref",
      "@lac/questions",
    ])
      expect(withData).toContain(name);
    for (const name of ["@lac/principles", "@lac/journeys"]) expect(withData).toContain(name);
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
