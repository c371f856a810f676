import type { PersonRef } from "@lac/person-ref";
import type { PrincipleId } from "@lac/principles";
import type { EndReason } from "./end-reason.js";
import type { JourneyId, NeighbourhoodId, StaffRef } from "./identifier.js";
import type { IntroductionSource } from "./introduction-source.js";
import type { JourneyEvent } from "./journey-event.js";
import type { OutcomeMarker } from "./outcome-marker.js";
import type { Stage } from "./stage.js";
import type { SupportLevel } from "./support-level.js";

/** Whether the journey is going on, on hold at the person's wish, or ended (it can be re-opened). */
export const journeyStatuses = /* @__PURE__ */ Object.freeze(["active", "paused", "ended"] as const);
export type JourneyStatus = (typeof journeyStatuses)[number];

declare const journeyBrand: unique symbol;

/**
 * A person's journey alongside a coordinator, derived from its event log. Always frozen, and branded: only
 * `startJourney`, `applyEvent` and `replayJourney` make one (see `isJourney`), so a hand-made or edited copy
 * is refused. It holds a pseudonymous reference to the person and no free text about them.
 */
export interface Journey extends JourneyData {
  readonly [journeyBrand]: true;
}

/** The fields of a journey, without the brand that only this package's functions give. */
export interface JourneyData {
  readonly id: JourneyId;
  readonly person: PersonRef;
  readonly neighbourhood: NeighbourhoodId;
  /**
   * The coordinator walking alongside the person, as a pseudonymous staff reference: from the introduction or the
   * latest `coordinator-changed` event (by when it happened). Absent until one is named.
   */
  readonly coordinator?: StaffRef;
  /** Who introduced the person, and when the introduction happened. */
  readonly introduction: { readonly source: IntroductionSource; readonly occurredAt: string };
  readonly level: SupportLevel;
  readonly stage: Stage;
  readonly status: JourneyStatus;
  /** When the current spell of support began: the introduction, or the latest re-opening. */
  readonly openedAt: string;
  /** When the first conversation took place, once it has. */
  readonly firstConversationAt?: string;
  /** While paused: when the pause began. */
  readonly pausedAt?: string;
  /** While ended: when and why it ended. Cleared when the journey is re-opened. */
  readonly endedAt?: string;
  readonly endReason?: EndReason;
  /** How many times the journey has been re-opened. */
  readonly reopenings: number;
  /** When the latest event happened (the last `occurredAt` of the timeline). */
  readonly lastEventAt: string;
  /**
   * The append-only log, in the order the events were recorded: what you store, and the audit trail. A late
   * write-up comes after events recorded before it, even when it happened earlier.
   */
  readonly events: readonly JourneyEvent[];
  /**
   * The same events in the order they happened (by `occurredAt`; events at the same instant in the order they
   * were recorded). Everything else on the journey is derived from this order.
   */
  readonly timeline: readonly JourneyEvent[];
  /** How many events cite each principle. */
  readonly principlesCited: Readonly<Record<PrincipleId, number>>;
  /** How many events carry each outcome marker. */
  readonly outcomes: Readonly<Record<OutcomeMarker, number>>;
}
