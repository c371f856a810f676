// A large, valid, fictional council configuration for the benchmark: 100 neighbourhoods and 60
// partners, made from the bundled example so that it stays valid as the schema grows, and without a
// warning, as a council's configuration is once `lac validate` has been heeded.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseCouncilConfig, partnerKindsIn } from "@lac/council";
import { parse, stringify } from "yaml";

const require = createRequire(import.meta.url);
const EXAMPLE = require.resolve("@lac/council/examples/brackenford.lac.config.yaml");
const EXAMPLE_NATION = parse(readFileSync(EXAMPLE, "utf8")).council.nation;
/**
 * The kinds of partner that exist in the example's nation, each a separate controller with a
 * data-sharing agreement, and that need no further field: not a council (its tier), an education
 * body (publicAuthority), or a service of the council itself (the same controller: an internal note).
 */
const BENCH_PARTNER_KINDS = partnerKindsIn(EXAMPLE_NATION).filter(
  (kind) => kind !== "council" && kind !== "education" && kind !== "council-service",
);
/** Kinds whose controller lac cannot derive from the kind, so that a council names it (legalEntity). */
const LEGAL_ENTITY_NAMED = new Set(["fire-and-rescue-authority", "gp-practice"]);

/** The size of the large council. */
export const LARGE_COUNCIL = { neighbourhoods: 100, partners: 60 };

export function largeCouncilYaml({ neighbourhoods, partners } = LARGE_COUNCIL) {
  const example = parse(readFileSync(EXAMPLE, "utf8"));
  example.council.population = neighbourhoods * 9000 + 50000;
  example.neighbourhoods = Array.from({ length: neighbourhoods }, (_, i) => ({
    name: `Neighbourhood ${i + 1}`,
    population: 9000,
    places: [`Ward ${i + 1} North`, `Ward ${i + 1} South`],
    coordinators: 1,
  }));
  // The example's span: more coordinators mean more managers (one for more than 12 is a warning).
  example.partners = Array.from({ length: partners }, (_, i) => {
    const kind = BENCH_PARTNER_KINDS[i % BENCH_PARTNER_KINDS.length];
    return {
      organisation: `Partner Organisation ${i + 1}`,
      kind,
      ...(LEGAL_ENTITY_NAMED.has(kind) ? { legalEntity: `Partner Organisation ${i + 1} Authority` } : {}),
      icoRegistrationNumber: `ZZ${String(100000 + i)}`,
      shares: ["introductions of people who have agreed to meet a coordinator"],
      receives: i % 2 === 0 ? ["whether an introduction was taken up"] : [],
    };
  });
  return stringify(example);
}

/** The problems and warnings of a configuration made here: none, or the benchmark stops (see cases.mjs). */
export function largeCouncilFindings(yamlText) {
  const result = parseCouncilConfig(yamlText);
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(
    (finding) => `${finding.pathText}: ${finding.message}`,
  );
}
