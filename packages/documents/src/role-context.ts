import type { CouncilConfig } from "@lac/council";

/** A title compared as the configuration's cross-field rules compare titles: spaces and case aside. */
export function sameTitle(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

/** How many posts a number of full-time equivalents makes: 1.5 is a full-time and a part-time post. */
function postCount(fte: number): number {
  return Math.ceil(fte - 1e-9);
}

/** The names of places as the role documents list them: "A", "A and B", "A, B and C". */
function placeList(places: readonly string[]): string {
  if (places.length <= 1) return places.join("");
  return `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
}

/** True when a neighbourhood's places say nothing more than its name ("St Anne's: St Anne's"). */
export function placesOnlyName(neighbourhood: {
  readonly name: string;
  readonly places: readonly string[];
}): boolean {
  return placeList(neighbourhood.places) === neighbourhood.name;
}

/**
 * What the role descriptions and the panel guides need beyond the team as the plan shows it: the
 * contract (or a blank for HR), the number of posts in rural neighbourhoods and elsewhere (for
 * "the post" or "the posts"), and whether the manager is also the programme lead.
 */
export function roleContext(config: CouncilConfig) {
  const { team, programme } = config;
  const rural = config.neighbourhoods.filter((neighbourhood) => neighbourhood.rural);
  const elsewhere = config.neighbourhoods.filter((neighbourhood) => !neighbourhood.rural);
  const ruralPosts = rural.reduce((sum, neighbourhood) => sum + postCount(neighbourhood.coordinators), 0);
  const otherPosts = elsewhere.reduce((sum, neighbourhood) => sum + postCount(neighbourhood.coordinators), 0);
  return {
    contractLabel:
      team.contract === "permanent"
        ? "Permanent"
        : team.contract === "fixed-term"
          ? "Fixed-term"
          : "____________________ (to be confirmed by HR: permanent or fixed-term)",
    contractToBeConfirmed: team.contract === "to-be-confirmed",
    neighbourhoodNames: config.neighbourhoods.map((neighbourhood) => neighbourhood.name),
    oneNeighbourhood: config.neighbourhoods.length === 1,
    oneRuralNeighbourhood: rural.length === 1,
    oneRuralPost: ruralPosts === 1,
    oneOtherPost: otherPosts === 1,
    /** The manager's title is the programme lead's role: the post leads the programme as well. */
    managerIsLead: sameTitle(team.manager.title, programme.lead.role),
  };
}
