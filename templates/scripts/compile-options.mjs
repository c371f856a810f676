// How the bundled templates are precompiled (scripts/precompile.mjs), and how the precompiled code is
// made lighter to run; shared with the tests that check the templates render the same either way.
import { templateHelperNames } from "@lac/documents";

/** Strict (a missing value is an error), no HTML escaping (Markdown), only the bundled helpers. */
export const compileOptions = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(templateHelperNames.map((name) => [name, true])),
  knownHelpersOnly: true,
};

/**
 * A place in a template's source as Handlebars writes it into precompiled code: the options of each
 * helper call and each strict lookup carry one ({"start":{"line":…,"column":…},"end":{…}}), read only
 * when an error names the line.
 */
const LOCATION = /\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

/**
 * Takes the places (see LOCATION) out of precompiled code into one table, `tableName[i]`, built once
 * when the module loads, rather than as object literals that every call builds again: the templates
 * render the same text and throw the same errors, with less work and garbage for each document (a
 * place literal costs most in code that runs only a few times, as most of a pack's template code does).
 * `table` collects the distinct places across calls, in order; write them with `locationTable`.
 */
export function hoistLocations(spec, table, tableName) {
  return spec.replace(LOCATION, (text) => {
    let index = table.get(text);
    if (index === undefined) {
      index = table.size;
      table.set(text, index);
    }
    return `${tableName}[${index}]`;
  });
}

/** The JavaScript that declares the table of places, each frozen, so that no render can change one for the next. */
export function locationTable(table, tableName) {
  return `const ${tableName} = [
${[...table.keys()].map((text) => `  ${text},`).join("\n")}
];
for (const place of ${tableName}) Object.freeze(place), Object.freeze(place.start), Object.freeze(place.end);`;
}
