import type { JourneyError, JourneyErrorCode } from "./journey-error.js";
import type { JourneyEvent } from "./journey-event.js";
import type { JourneyState } from "./journey-state.js";

/**
 * Checks whether an already well-formed event may come next in a journey's timeline (the events in the order they
 * happened), given the journey as it stood just before. Returns the first rule it breaks, or `undefined` when the
 * event is allowed. The checks that depend on when events were recorded are in `journey-timeline.ts`.
 *
 * The person leads, so going back to an earlier stage, pausing, ending from any stage and re-opening
 * are all allowed. What is refused: anything but `reopened` after an ending, and events that make no sense in
 * the journey's status at that point (see each message).
 */
export function checkEvent(
  journey: JourneyState,
  event: JourneyEvent,
  eventIndex: number,
): JourneyError | undefined {
  const refuse = (code: JourneyErrorCode, problem: string): JourneyError => ({
    code,
    message: `Event ${JSON.stringify(event.id)} (${event.type}) ${problem}`,
    eventId: event.id,
    eventIndex,
  });

  if (journey.status === "ended") {
    if (event.type === "reopened") return undefined;
    return refuse(
      "journey-ended",
      `happened after the journey ended on ${journey.endedAt ?? "an earlier date"} (${journey.endReason ?? "no reason"}). Only a "reopened" event can follow an ending: add one first if the person has come back, or check the date.`,
    );
  }
  const paused = journey.status === "paused";
  const whilePaused = (): JourneyError =>
    refuse(
      "journey-paused",
      `cannot be added while the journey is paused (since ${journey.pausedAt ?? "an earlier date"}). Add a "resumed" event first, or "ended" if the person has chosen to stop.`,
    );

  switch (event.type) {
    case "introduced":
      return refuse(
        "already-introduced",
        `cannot be added: the person was already introduced on ${journey.introduction.occurredAt}. A journey has one introduction; if the person comes back after an ending, add "reopened".`,
      );
    case "first-conversation":
      if (paused) return whilePaused();
      if (journey.firstConversationAt !== undefined) {
        return refuse(
          "duplicate-first-conversation",
          `cannot be added: the first conversation was already recorded on ${journey.firstConversationAt}. Record later conversations as "activity-recorded" with kind "conversation".`,
        );
      }
      return undefined;
    case "coordinator-changed":
      if (event.to === journey.coordinator) {
        return refuse(
          "same-coordinator",
          "names the coordinator the journey already has. Name another coordinator, or leave the event out.",
        );
      }
      return undefined;
    case "stage-changed":
      if (paused) return whilePaused();
      if (event.to === journey.stage) {
        return refuse(
          "same-stage",
          `moves the journey to "${event.to}", the stage it is already at. Choose another stage, or record an "activity-recorded" event instead.`,
        );
      }
      return undefined;
    case "level-changed":
      if (paused) return whilePaused();
      if (event.to === journey.level) {
        return refuse(
          "same-level",
          `moves the journey to "${event.to}" support, the level it is already at. Choose the other level, or leave the event out.`,
        );
      }
      return undefined;
    case "activity-recorded":
      return paused ? whilePaused() : undefined;
    case "paused":
      if (paused) {
        return refuse(
          "already-paused",
          `cannot be added: the journey has been paused since ${journey.pausedAt ?? "an earlier date"}. Add "resumed" when the person picks it up again.`,
        );
      }
      return undefined;
    case "resumed":
      if (!paused) {
        return refuse(
          "not-paused",
          `cannot be added: the journey is ${journey.status}, not paused. Only a paused journey can be resumed: add "paused" before it, or leave it out.`,
        );
      }
      return undefined;
    case "ended":
      return undefined;
    case "reopened":
      return refuse(
        "not-ended",
        `cannot be added: the journey is ${journey.status}, not ended. Only an ended journey can be re-opened: use "resumed" after a pause, or "stage-changed" to change stage.`,
      );
  }
}
