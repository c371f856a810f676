export { activityKindLabels, activityKindSchema, activityKinds } from "./activity-kind.js";
export type { ActivityKind } from "./activity-kind.js";
export { applyEvent, applyEvents } from "./apply-event.js";
export { endReasonLabels, endReasonSchema, endReasons } from "./end-reason.js";
export type { EndReason } from "./end-reason.js";
export { eventTimeSchema, recordedTimeSchema } from "./event-time.js";
export {
  eventIdSchema,
  journeyIdSchema,
  neighbourhoodIdSchema,
  parseEventId,
  parseJourneyId,
  parseNeighbourhoodId,
  parseStaffRef,
  staffRefSchema,
} from "./identifier.js";
export type {
  EventId,
  IdentifierError,
  JourneyId,
  NeighbourhoodId,
  ParseIdentifierResult,
  StaffRef,
} from "./identifier.js";
export {
  introductionSourceLabels,
  introductionSourceSchema,
  introductionSources,
} from "./introduction-source.js";
export type { IntroductionSource } from "./introduction-source.js";
export { journeyStatuses } from "./journey.js";
export type { Journey, JourneyData, JourneyStatus } from "./journey.js";
export { isJourney } from "./journey-seal.js";
export type { JourneyError, JourneyErrorCode, JourneyResult } from "./journey-error.js";
export { consentReliedOnSchema, journeyEventSchema, journeyEventTypes } from "./journey-event.js";
export type {
  ActivityRecordedEvent,
  CoordinatorChangedEvent,
  EndedEvent,
  FirstConversationEvent,
  IntroducedEvent,
  IntroducedEventInput,
  JourneyEvent,
  JourneyEventInput,
  JourneyEventType,
  LevelChangedEvent,
  PausedEvent,
  ReopenedEvent,
  ResumedEvent,
  StageChangedEvent,
} from "./journey-event.js";
export { journeyLogSchema, parseJourneyLog } from "./journey-log.js";
export { deserialiseJourneyLog, serialiseJourneyLog } from "./journey-log-lines.js";
export type { SerialisableJourneyLog, SerialiseJourneyLogResult } from "./journey-log-lines.js";
export type { JourneyLog, JourneyLogError, ParseJourneyLogResult } from "./journey-log.js";
export { outcomeMarkerLabels, outcomeMarkerSchema, outcomeMarkers } from "./outcome-marker.js";
export type { OutcomeMarker } from "./outcome-marker.js";
export { parseJourneyEvent } from "./parse-journey-event.js";
export type { ParseJourneyEventResult } from "./parse-journey-event.js";
export { periodSchema } from "./period.js";
export { DEFAULT_TIME_ZONE, dayNumber, localCalendar } from "./time-zone.js";
export type { DayNumberResult, LocalCalendar } from "./time-zone.js";
export type { Period } from "./period.js";
export { replayJourney } from "./replay-journey.js";
export { DEFAULT_FUTURE_TOLERANCE_MINUTES } from "./journey-timeline.js";
export type { RecordingOptions } from "./journey-timeline.js";
export { stageLabels, stageSchema, stages } from "./stage.js";
export type { Stage } from "./stage.js";
export { startJourney } from "./start-journey.js";
export { summarise, summaryGroupings } from "./summarise.js";
export type {
  JourneySummary,
  JourneySummaryGroup,
  SummaryGrouping,
  SummariseOptions,
  SummariseResult,
  SummaryError,
  SummaryErrorCode,
} from "./summarise.js";
export { supportLevelLabels, supportLevelSchema, supportLevels } from "./support-level.js";
export type { SupportLevel } from "./support-level.js";
export type { ValidationIssue } from "./validation-issue.js";
