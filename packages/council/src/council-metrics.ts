import type { CouncilConfig, Neighbourhood } from "./council-config-schema.js";

/** The number of Local Area Coordinators across all neighbourhoods. */
export function totalCoordinators(config: Pick<CouncilConfig, "neighbourhoods">): number {
  return config.neighbourhoods.reduce((total, neighbourhood) => total + neighbourhood.coordinators, 0);
}

/** The neighbourhood's population divided by its number of coordinators (not rounded). */
export function populationPerCoordinator(
  neighbourhood: Pick<Neighbourhood, "population" | "coordinators">,
): number {
  return neighbourhood.population / neighbourhood.coordinators;
}
