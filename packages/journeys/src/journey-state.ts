import type { PersonRef } from "@lac/person-ref";
import { principleIds, type PrincipleId } from "@lac/principles";
import type { JourneyId } from "./identifier.js";
import type { JourneyData } from "./journey.js";
import type { IntroducedEvent, JourneyEvent } from "./journey-event.js";
import { addCounts, zeroCounts } from "./counts.js";
import { advancePosition, startPosition } from "./journey-position.js";
import { outcomeMarkers, type OutcomeMarker } from "./outcome-marker.js";

/** A journey without its log: everything the reducer derives from the events. */
export type JourneyState = Omit<JourneyData, "events" | "timeline">;

/** The state right after the introduction (the event must already be valid). */
export function introduce(id: JourneyId, person: PersonRef, event: IntroducedEvent): JourneyState {
  const { stage, level, status } = startPosition(event);
  return Object.freeze({
    id,
    person,
    neighbourhood: event.neighbourhood,
    ...(event.coordinator === undefined ? {} : { coordinator: event.coordinator }),
    introduction: Object.freeze({ source: event.source, occurredAt: event.occurredAt }),
    level,
    stage,
    status,
    openedAt: event.occurredAt,
    reopenings: 0,
    lastEventAt: event.occurredAt,
    principlesCited: addCounts(Object.freeze(zeroCounts<PrincipleId>(principleIds)), event.principles),
    outcomes: addCounts(Object.freeze(zeroCounts<OutcomeMarker>(outcomeMarkers)), event.outcomes),
  });
}

/** The state after an event that {@link checkEvent} has allowed. Pure: returns a new frozen object. */
export function reduce(state: JourneyState, event: JourneyEvent): JourneyState {
  const { pausedAt, endedAt, endReason } = state;
  const position = advancePosition(state, event);
  // The state's fields in its order, but for the pause and the ending (set again below, at the end): the same
  // object as `{ ...rest, stage, … }` with `rest` the state without them, made without the (slow) object rest.
  const next = {} as {
    -readonly [K in keyof JourneyState]: JourneyState[K];
  };
  const copy = next as unknown as Record<string, unknown>;
  const from = state as unknown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(state)) {
    if (key !== "pausedAt" && key !== "endedAt" && key !== "endReason") copy[key] = from[key];
  }
  next.stage = position.stage;
  next.level = position.level;
  next.status = position.status;
  next.lastEventAt = event.occurredAt;
  next.principlesCited = addCounts(state.principlesCited, event.principles);
  next.outcomes = addCounts(state.outcomes, event.outcomes);
  if (position.status === "paused") next.pausedAt = event.type === "paused" ? event.occurredAt : pausedAt;
  if (position.status === "ended") {
    next.endedAt = event.type === "ended" ? event.occurredAt : endedAt;
    next.endReason = event.type === "ended" ? event.reason : endReason;
  }
  if (event.type === "coordinator-changed") next.coordinator = event.to;
  if (event.type === "first-conversation") next.firstConversationAt = event.occurredAt;
  if (event.type === "reopened") {
    next.openedAt = event.occurredAt;
    next.reopenings = state.reopenings + 1;
  }
  return Object.freeze(next);
}
