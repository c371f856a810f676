// The example councils (fictional) that the templates' tests render, read and validated as `lac` reads them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CouncilConfig } from "@lac/council";
import { parseCouncilConfig } from "@lac/council";
import { renderPack } from "@lac/documents";
import type { RenderedDocument } from "@lac/documents";
import { templateSet } from "../dist/index.js";

const require = createRequire(import.meta.url);

/** The six example councils: unitary, county, district, metropolitan, London borough and Welsh. */
export const EXAMPLES = [
  "brackenford",
  "wendleshire",
  "hollinbrook",
  "stanmoor",
  "kingsmere",
  "cwm-teg",
] as const;

/** An example council's configuration (`@lac/council/examples/<name>.lac.config.yaml`), validated. */
export function example(name: string): CouncilConfig {
  const file = require.resolve(`@lac/council/examples/${name}.lac.config.yaml`);
  const result = parseCouncilConfig(readFileSync(file, "utf8"), { fileName: file });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.config;
}

/** The pack of a configuration, rendered with these templates; throws on a render error. */
export function render(config: CouncilConfig): readonly RenderedDocument[] {
  const result = renderPack(config, templateSet);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.documents;
}

/** The text of one document of a configuration's pack, which must be there. */
export function documentOf(config: CouncilConfig, path: string): string {
  const documents = render(config);
  const found = documents.find((document) => document.path === path);
  if (!found) throw new Error(`no ${path}: ${documents.map((document) => document.path).join(", ")}`);
  return found.content;
}

/**
 * A configuration with no Welsh name or title configured (the council, the programme, the neighbourhoods,
 * the partners, the manager's title and the sponsor's and lead's roles): the Welsh documents then show the English ones, marked.
 */
export function withoutWelshNames(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    council: { ...config.council, welshName: undefined },
    programme: {
      ...config.programme,
      welshName: undefined,
      sponsor: { ...config.programme.sponsor, welshRole: undefined },
      lead: { ...config.programme.lead, welshRole: undefined },
    },
    neighbourhoods: config.neighbourhoods.map((neighbourhood) => ({
      ...neighbourhood,
      welshName: undefined,
    })),
    partners: config.partners.map((partner) => ({ ...partner, welshName: undefined })),
    team: { ...config.team, manager: { ...config.team.manager, welshTitle: undefined } },
  };
}

/** The configuration with the manager's post as the programme lead's (the lead's role is the manager's title). */
export function withManagerAsLead(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    programme: { ...config.programme, lead: { ...config.programme.lead, role: config.team.manager.title } },
  };
}

type Partner = CouncilConfig["partners"][number];

/** The configuration with each service of the council (`kind: council-service`) changed by `change`. */
export function withCouncilServices(
  config: CouncilConfig,
  change: (service: Partner) => Partner,
): CouncilConfig {
  return {
    ...config,
    partners: config.partners.map((partner) =>
      partner.kind === "council-service" ? change(partner) : partner,
    ),
  };
}

/**
 * The configuration with one more service of the council, called `organisation`: a copy of its first
 * service, with what it shares or receives changed by `sharing`.
 */
export function withAnotherCouncilService(
  config: CouncilConfig,
  organisation: string,
  sharing: Partial<Pick<Partner, "shares" | "receives">> = {},
): CouncilConfig {
  const service = config.partners.find((partner) => partner.kind === "council-service");
  if (service === undefined) throw new Error("the configuration has no service of the council to copy");
  return { ...config, partners: [...config.partners, { ...service, organisation, ...sharing }] };
}

/**
 * A Welsh council whose one-way partners each have a Data Disclosure Agreement of their own, rather than a
 * place in the Information Sharing Protocol (`dataProtection.waspi.oneWayPartners: disclosure-agreements`).
 */
export function withDisclosureAgreements(config: CouncilConfig): CouncilConfig {
  const waspi = config.dataProtection.waspi;
  if (waspi === undefined)
    throw new Error("withDisclosureAgreements: the council has no dataProtection.waspi");
  return {
    ...config,
    dataProtection: {
      ...config.dataProtection,
      waspi: { ...waspi, oneWayPartners: "disclosure-agreements" },
    },
  };
}
