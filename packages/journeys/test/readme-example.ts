import { parsePersonRef } from "@lac/person-ref";
import {
  applyEvent,
  deserialiseJourneyLog,
  parseJourneyId,
  parseJourneyLog,
  replayJourney,
  serialiseJourneyLog,
  summarise,
  type JourneyEventInput,
} from "../src/index.js";

// People are referred to only by a pseudonymous reference, never by name.
const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);

// One journey's append-only log, in the order things were written up. There is no free text about the person.
// Each event says when it happened (occurredAt) and, if you keep it, when it was written up (recordedAt).
const events: JourneyEventInput[] = [
  {
    id: "e-1",
    occurredAt: "2025-04-02T10:00:00+01:00",
    type: "introduced",
    source: "gp-or-health",
    neighbourhood: "nbh-03",
    level: "short-term",
    coordinator: "STF-0042", // a pseudonymous staff reference, never a name
  },
  {
    id: "e-2",
    occurredAt: "2025-04-04T14:00:00+01:00",
    type: "first-conversation",
    principles: ["natural-authority"],
  },
  { id: "e-3", occurredAt: "2025-05-10T11:00:00+01:00", type: "level-changed", to: "longer-term" },
  { id: "e-4", occurredAt: "2025-05-10T11:05:00+01:00", type: "stage-changed", to: "vision-of-a-good-life" },
  {
    id: "e-5",
    occurredAt: "2025-07-03T10:00:00+01:00", // Thursday
    recordedAt: "2025-07-03T16:00:00+01:00",
    type: "activity-recorded",
    kind: "community-connection",
    principles: ["community", "contribution"],
    outcomes: ["new-community-connection"],
  },
];

// The journey id is an opaque record id too, checked and branded like the person reference.
const journeyId = parseJourneyId("J-000123");
if (!journeyId.ok) throw new Error(journeyId.error.message);

// A journey is always made from its log. One read back from storage must be replayed before use.
const replayed = replayJourney(journeyId.id, person.ref, events);
if (!replayed.ok) throw new Error(replayed.error.message);
const journey = replayed.journey;
console.log(journey.stage, journey.level, journey.coordinator); // → "vision-of-a-good-life" "longer-term" "STF-0042"

// A late write-up: Tuesday's conversation, written up on Friday, after Thursday's was logged. It is accepted;
// the log keeps the order of writing (for audit), the timeline the order things happened. Pass "now" to refuse
// anything dated in the future (the package never reads the clock).
const late = applyEvent(
  journey,
  {
    id: "e-6",
    occurredAt: "2025-07-01T11:00:00+01:00", // Tuesday
    recordedAt: "2025-07-04T09:00:00+01:00", // Friday
    type: "activity-recorded",
    kind: "conversation",
  },
  { now: "2025-07-04T09:00:30+01:00" },
);
if (!late.ok) throw new Error(late.error.message);
console.log(late.journey.events.map((event) => event.id).join(" ")); // → "e-1 e-2 e-3 e-4 e-5 e-6"
console.log(late.journey.timeline.map((event) => event.id).join(" ")); // → "e-1 e-2 e-3 e-4 e-6 e-5"

// The person leads: going back to an earlier stage is fine.
const back = applyEvent(late.journey, {
  id: "e-7",
  occurredAt: "2025-07-15T10:00:00+01:00",
  type: "stage-changed",
  to: "getting-to-know-each-other",
});
console.log(back.ok && back.journey.stage); // → "getting-to-know-each-other"

// Expected failures are values, never exceptions. Only what cannot have happened is refused.
const early = applyEvent(journey, { id: "e-8", occurredAt: "2025-03-01T10:00:00Z", type: "paused" });
if (!early.ok) console.log(early.error.code); // → "before-introduction"

// Counts for evaluators, here over a financial year, also by coordinator (or by neighbourhood).
const result = summarise(
  [late.journey],
  { from: "2025-04-01", to: "2026-03-31" },
  { groupBy: "coordinator" },
);
if (result.ok) {
  console.log(result.summary.byIntroductionSource["gp-or-health"]); // → 1
  console.log(result.summary.byStage["vision-of-a-good-life"]); // → 1
  console.log(result.summary.medianDaysToFirstConversation); // → 2
  console.log(result.summary.byActivityKind.conversation); // → 1
  console.log(result.summary.groups?.map((group) => [group.key, group.summary.totals.openAtEnd])); // → [["STF-0042",1]]
}

// A stored log (for example read from JSON) is checked before it is replayed.
const stored: unknown = JSON.parse(
  '{"id":"J-000124","person":"P-000124","events":[{"id":"e-1","occurredAt":"2025-04-03T09:00:00Z","type":"introduced","source":"self","neighbourhood":"nbh-03","level":"short-term","principles":["time"]}]}',
);
const parsed = parseJourneyLog(stored);
if (!parsed.ok) console.log(parsed.error.issues[0]?.path); // → "events[0].principles[0]"

// Store the log as JSON lines (one event a line, in the order written up); read it back, then replay it before use.
// The log is checked before it is written: a person that is not a pseudonymous reference (a name passed from
// JavaScript), or an event with a field the log does not have (such as notes), is refused as a value.
const written = serialiseJourneyLog(late.journey);
if (!written.ok) throw new Error(written.error.message);
const loaded = deserialiseJourneyLog(written.text);
const again = loaded.ok ? replayJourney(loaded.log.id, loaded.log.person, loaded.log.events) : loaded;
console.log(again.ok && again.journey.timeline.at(-1)?.id); // → "e-5"
