import type { PersonRef } from "@lac/person-ref";
import { principleIds, type PrincipleId } from "@lac/principles";
import type { JourneyId } from "./identifier.js";
import type { JourneyData } from "./journey.js";
import type { IntroducedEvent, JourneyEvent } from "./journey-event.js";
import { addCounts, zeroCounts } from "./counts.js";
import { advancePosition, startPosition } from "./journey-position.js";
import { outcomeMarkers, type OutcomeMarker } from "./outcome-marker.js";

/** A journey without its log: everything the reducer derives from the events. */
export type JourneyState = Omit<JourneyData, "events">;

/** The state right after the introduction (the event must already be valid). */
export function introduce(id: JourneyId, person: PersonRef, event: IntroducedEvent): JourneyState {
  const { stage, level, status } = startPosition(event);
  return Object.freeze({
    id,
    person,
    neighbourhood: event.neighbourhood,
    introduction: Object.freeze({ source: event.source, at: event.at }),
    level,
    stage,
    status,
    openedAt: event.at,
    reopenings: 0,
    lastEventAt: event.at,
    principlesCited: addCounts(Object.freeze(zeroCounts<PrincipleId>(principleIds)), event.principles),
    outcomes: addCounts(Object.freeze(zeroCounts<OutcomeMarker>(outcomeMarkers)), event.outcomes),
  });
}

/** The state after an event that {@link checkEvent} has allowed. Pure: returns a new frozen object. */
export function reduce(state: JourneyState, event: JourneyEvent): JourneyState {
  const { pausedAt, endedAt, endReason, ...rest } = state;
  const position = advancePosition(state, event);
  const next: {
    -readonly [K in keyof JourneyState]: JourneyState[K];
  } = {
    ...rest,
    stage: position.stage,
    level: position.level,
    status: position.status,
    lastEventAt: event.at,
    principlesCited: addCounts(state.principlesCited, event.principles),
    outcomes: addCounts(state.outcomes, event.outcomes),
  };
  if (position.status === "paused") next.pausedAt = event.type === "paused" ? event.at : pausedAt;
  if (position.status === "ended") {
    next.endedAt = event.type === "ended" ? event.at : endedAt;
    next.endReason = event.type === "ended" ? event.reason : endReason;
  }
  if (event.type === "first-conversation") next.firstConversationAt = event.at;
  if (event.type === "reopened") {
    next.openedAt = event.at;
    next.reopenings = state.reopenings + 1;
  }
  return Object.freeze(next);
}
