import type { JourneyStatus } from "./journey.js";
import type { IntroducedEvent, JourneyEvent } from "./journey-event.js";
import type { Stage } from "./stage.js";
import type { SupportLevel } from "./support-level.js";

/** Where a journey stands: its stage, its level of support and its status. */
export interface JourneyPosition {
  readonly stage: Stage;
  readonly level: SupportLevel;
  readonly status: JourneyStatus;
}

/** The position right after the introduction. */
export function startPosition(event: IntroducedEvent): JourneyPosition {
  return { stage: "introduced", level: event.level, status: "active" };
}

/**
 * The position after an event that has already been accepted. Events that do not move the journey
 * return the same object. This is the one place that says how each event type moves a journey.
 */
export function advancePosition(position: JourneyPosition, event: JourneyEvent): JourneyPosition {
  switch (event.type) {
    case "introduced":
      return startPosition(event);
    case "stage-changed":
      return { ...position, stage: event.to };
    case "level-changed":
      return { ...position, level: event.to };
    case "paused":
      return { ...position, status: "paused" };
    case "resumed":
      return { ...position, status: "active" };
    case "ended":
      return { ...position, status: "ended" };
    case "reopened":
      return { stage: event.stage, level: event.level, status: "active" };
    case "first-conversation":
    case "coordinator-changed":
    case "activity-recorded":
      return position;
  }
}
