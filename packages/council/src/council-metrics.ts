import { requireArray, requireObject } from "./argument-checks.js";
import type { CouncilConfig, Neighbourhood } from "./council-config-schema.js";

/** Full-time equivalents rounded to two decimal places, so that 0.1 + 0.2 is 0.3. */
export function roundFte(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The Local Area Coordinator posts across all neighbourhoods, in full-time equivalents. */
export function totalCoordinators(config: Pick<CouncilConfig, "neighbourhoods">): number {
  requireObject(config, "totalCoordinators");
  requireArray(config.neighbourhoods, "totalCoordinators (config.neighbourhoods)");
  return roundFte(
    config.neighbourhoods.reduce((total, neighbourhood) => total + neighbourhood.coordinators, 0),
  );
}

/** The neighbourhood's population divided by its coordinators (full-time equivalents, not rounded). */
export function populationPerCoordinator(
  neighbourhood: Pick<Neighbourhood, "population" | "coordinators">,
): number {
  return neighbourhood.population / neighbourhood.coordinators;
}

/** How many managers the coordinators need at the configured span: at least one. */
export function managersNeeded(config: Pick<CouncilConfig, "neighbourhoods" | "team">): number {
  return Math.max(1, Math.ceil(totalCoordinators(config) / config.team.manager.span - 1e-9));
}

/** The managers of the programme: as configured, or as many as the span needs. */
export function managerCount(config: Pick<CouncilConfig, "neighbourhoods" | "team">): number {
  return config.team.manager.count ?? managersNeeded(config);
}

/** "1 coordinator", "1.5 coordinators (full-time equivalent)", "4 coordinators". */
export function formatCoordinators(fte: number): string {
  if (fte === 1) return "1 coordinator";
  return Number.isInteger(fte) ? `${fte} coordinators` : `${fte} coordinators (full-time equivalent)`;
}
