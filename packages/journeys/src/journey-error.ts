import type { Journey } from "./journey.js";
import type { ValidationIssue } from "./validation-issue.js";

/** Why an event, or a journey's start, was refused. */
export type JourneyErrorCode =
  | "invalid-input"
  | "invalid-journey"
  | "invalid-event"
  | "unknown-principle"
  | "invalid-journey-id"
  | "invalid-person-ref"
  | "not-introduced"
  | "already-introduced"
  | "duplicate-event-id"
  | "before-introduction"
  | "recorded-out-of-order"
  | "recorded-before-it-happened"
  | "in-the-future"
  | "invalid-options"
  | "journey-ended"
  | "journey-paused"
  | "already-paused"
  | "not-paused"
  | "not-ended"
  | "same-stage"
  | "same-level"
  | "same-coordinator"
  | "duplicate-first-conversation";

/** A refused event: what is wrong, for which event, and how to fix it (in `message`). */
export interface JourneyError {
  readonly code: JourneyErrorCode;
  readonly message: string;
  /** The id of the refused event, when it has a usable one. */
  readonly eventId?: string;
  /** The position the refused event has (or would have) in the journey's log, from 0. */
  readonly eventIndex?: number;
  /**
   * When a late write-up was refused because an event already in the journey would then break a rule (for
   * example a pause written up late, before a change of stage that is already recorded): that event.
   */
  readonly conflictsWith?: { readonly eventId: string; readonly eventIndex: number };
  /** For `invalid-event` and `unknown-principle`: every problem found, with its path. */
  readonly issues?: readonly ValidationIssue[];
}

/** The result of starting, applying an event to, or replaying a journey. */
export type JourneyResult =
  { readonly ok: true; readonly journey: Journey } | { readonly ok: false; readonly error: JourneyError };
