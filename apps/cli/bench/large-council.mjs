// A large, valid, fictional council configuration for the benchmark: 100 neighbourhoods and 60
// partners, made from the bundled example so that it stays valid as the schema grows.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PARTNER_KINDS } from "@lac/council";
import { parse, stringify } from "yaml";

const require = createRequire(import.meta.url);
const BENCH_PARTNER_KINDS = PARTNER_KINDS.filter((kind) => kind !== "council" && kind !== "education");

/** The size of the large council. */
export const LARGE_COUNCIL = { neighbourhoods: 100, partners: 60 };

export function largeCouncilYaml({ neighbourhoods, partners } = LARGE_COUNCIL) {
  const example = parse(
    readFileSync(require.resolve("@lac/council/examples/brackenford.lac.config.yaml"), "utf8"),
  );
  example.council.population = neighbourhoods * 9000 + 50000;
  example.neighbourhoods = Array.from({ length: neighbourhoods }, (_, i) => ({
    name: `Neighbourhood ${i + 1}`,
    population: 9000,
    places: [`Ward ${i + 1} North`, `Ward ${i + 1} South`],
    coordinators: 1,
  }));
  example.team.manager.span = neighbourhoods;
  example.partners = Array.from({ length: partners }, (_, i) => ({
    organisation: `Partner Organisation ${i + 1}`,
    // Kinds that need no further field (a council needs its tier; education, publicAuthority).
    kind: BENCH_PARTNER_KINDS[i % BENCH_PARTNER_KINDS.length],
    icoRegistrationNumber: `ZZ${String(100000 + i)}`,
    shares: ["introductions of people who have agreed to meet a coordinator"],
    receives: i % 2 === 0 ? ["whether an introduction was taken up"] : [],
  }));
  return stringify(example);
}
