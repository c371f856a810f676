/**
 * Facts the configuration relies on, each with the public source it came from
 * (see the LAC Toolkit's domain notes). Values that the sources leave open are configurable.
 */

import { deepFreeze } from "./deep-freeze.js";

/** One Local Area Coordinator per neighbourhood of 8,000–10,000 people (LAC Network). */
export const POPULATION_PER_COORDINATOR = /* @__PURE__ */ deepFreeze({
  min: 8_000,
  max: 10_000,
  source: "https://lacnetwork.org/local-area-coordination/",
} as const);

/** About 30 days of Community Catalysts support, phased over about 12 months (how-to-start page). */
export const COMMUNITY_CATALYSTS_SUPPORT = /* @__PURE__ */ deepFreeze({
  days: 30,
  months: 12,
  source:
    "https://www.communitycatalysts.co.uk/lacnetwork/local-area-coordination/how-to-start-local-area-coordination/",
} as const);

/** Manager role titles seen in councils' programmes; no standard structure was found. */
export const MANAGER_TITLE_EXAMPLES = /* @__PURE__ */ deepFreeze([
  "Senior Local Area Coordinator",
  "Local Area Coordination Team Manager",
] as const);

/** "Every NHS organisation and local authority with adult care responsibilities is required to appoint a Caldicott Guardian." */
export const CALDICOTT_GUARDIAN_SOURCE =
  "https://www.gov.uk/government/news/why-caldicott-principles-and-caldicott-guardians-are-still-relevant-in-2020";

/** The Wales Accord on the Sharing of Personal Information (WASPI) framework. */
export const WASPI_SOURCE = "https://www.waspi.gov.wales/framework-documentation/";

/** The Welsh Language Standards (No. 1) Regulations 2015 apply to county and county borough councils. */
export const WELSH_LANGUAGE_STANDARDS_SOURCE = "https://www.legislation.gov.uk/wsi/2015/996/body/made";

/**
 * How many coordinators one manager or senior coordinator line-manages. The toolkit's own rule of thumb:
 * no public source gives a ratio of managers to coordinators (lac-domain.md: NOT FOUND).
 */
export const MANAGER_SPAN = /* @__PURE__ */ deepFreeze({
  min: 6,
  max: 10,
  farPast: 12,
  source: "The LAC Toolkit's own model",
} as const);

/** Waves of neighbourhoods: the toolkit's own default, not a published rule. */
export const DEFAULT_WAVES = /* @__PURE__ */ deepFreeze({
  neighbourhoodsPerWave: 4,
  monthsApart: 6,
} as const);

/** The four Welsh language categories of a post (Welsh Language Commissioner, investigation report). */
export const WELSH_LANGUAGE_CATEGORIES_SOURCE =
  "https://www.welshlanguagecommissioner.wales/public-organisations/advice-and-support/significant-investigations/assessing-the-need-for-welsh-language-skills-in-new-and-vacant-posts";
