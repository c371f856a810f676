import { principleIds } from "@lac/principles";
import { activityKinds } from "./activity-kind.js";
import { isPlainObject } from "./describe-value.js";
import { endReasons } from "./end-reason.js";
import { eventTimeSchema } from "./event-time.js";
import { neighbourhoodIdProblem, opaqueIdProblem } from "./identifier.js";
import { introductionSources } from "./introduction-source.js";
import type { JourneyEvent } from "./journey-event.js";
import { outcomeMarkers } from "./outcome-marker.js";
import { stages } from "./stage.js";
import { supportLevels } from "./support-level.js";

/**
 * The event schema's own date-time pattern (zod's ISO 8601 pattern with an offset, which also knows how many
 * days each month has), so that a time is accepted here exactly when the schema accepts it. Undefined if a
 * version of zod keeps it elsewhere: then every event with a time goes to zod (slower, never different).
 */
const DATE_TIME: RegExp | undefined = (() => {
  const pattern = (eventTimeSchema.def.out as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
  return pattern instanceof RegExp ? pattern : undefined;
})();

/**
 * Ids already found opaque (event ids such as "e-1", staff references and neighbourhoods repeat from journey to
 * journey): checking an id for direct identifiers costs more than the rest of an event. Bounded, so that a log
 * of millions of distinct ids does not grow it.
 */
const MAX_KNOWN = 4096;
const knownOpaque = new Set<string>();
const knownNeighbourhoods = new Set<string>();

function remember(known: Set<string>, value: string): true {
  if (known.size >= MAX_KNOWN) known.clear();
  known.add(value);
  return true;
}

/** A field's check: true when the schema takes the value as it is. */
type Check = (value: unknown) => boolean;

const isOpaqueId: Check = (value) =>
  typeof value === "string" &&
  (knownOpaque.has(value) || (opaqueIdProblem(value) === undefined && remember(knownOpaque, value)));
const isNeighbourhood: Check = (value) =>
  typeof value === "string" &&
  (knownNeighbourhoods.has(value) ||
    (neighbourhoodIdProblem(value) === undefined && remember(knownNeighbourhoods, value)));
const isDateTime: Check = (value) =>
  typeof value === "string" && DATE_TIME !== undefined && DATE_TIME.test(value);
const oneOf = (ids: readonly string[]): Check => {
  const set = new Set(ids);
  return (value) => typeof value === "string" && set.has(value);
};
/** A list of ids from `ids`, each once. */
const listOf = (ids: readonly string[]): Check => {
  const set = new Set(ids);
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item !== "string" || !set.has(item)) return false;
      for (let before = 0; before < index; before += 1) if (value[before] === item) return false;
    }
    return true;
  };
};
const isConsent: Check = (value) =>
  isPlainObject(value) &&
  Object.keys(value).length === 2 &&
  (value["basis"] === "agreement" || value["basis"] === "exception") &&
  isOpaqueId(value["recordId"]);

/** How the schema's output holds a value it took: a list as a frozen copy, the consent record as a new object. */
type Output = (value: never) => unknown;
const same: Output = (value) => value;
const frozenCopy: Output = (value: readonly unknown[]) => Object.freeze([...value]);
const consentCopy: Output = (value: { basis: unknown; recordId: unknown }) => ({
  basis: value.basis,
  recordId: value.recordId,
});

interface Field {
  readonly key: string;
  readonly required: boolean;
  readonly check: Check;
  readonly output: Output;
}
const field = (key: string, check: Check, required = true, output: Output = same): Field => ({
  key,
  required,
  check,
  output,
});

/** The fields of each event type in the order of the schema's shape (its output's key order). */
const COMMON_FIRST = [
  field("id", isOpaqueId),
  field("occurredAt", isDateTime),
  field("recordedAt", isDateTime, false),
];
const LISTS = [
  field("principles", listOf(principleIds), false, frozenCopy),
  field("outcomes", listOf(outcomeMarkers), false, frozenCopy),
];
const fieldsOf = (type: string, own: readonly Field[]): readonly Field[] => [
  ...COMMON_FIRST,
  ...LISTS,
  field("type", (value) => value === type),
  ...own,
];
const isLevel = oneOf(supportLevels);
const isStage = oneOf(stages);
const FIELDS: ReadonlyMap<string, readonly Field[]> = new Map([
  [
    "introduced",
    fieldsOf("introduced", [
      field("source", oneOf(introductionSources)),
      field("neighbourhood", isNeighbourhood),
      field("level", isLevel),
      field("coordinator", isOpaqueId, false),
    ]),
  ],
  ["first-conversation", fieldsOf("first-conversation", [])],
  ["coordinator-changed", fieldsOf("coordinator-changed", [field("to", isOpaqueId)])],
  ["stage-changed", fieldsOf("stage-changed", [field("to", isStage)])],
  ["level-changed", fieldsOf("level-changed", [field("to", isLevel)])],
  [
    "activity-recorded",
    fieldsOf("activity-recorded", [
      field("kind", oneOf(activityKinds)),
      field("consent", isConsent, false, consentCopy),
    ]),
  ],
  ["paused", fieldsOf("paused", [])],
  ["resumed", fieldsOf("resumed", [])],
  ["ended", fieldsOf("ended", [field("reason", oneOf(endReasons))])],
  ["reopened", fieldsOf("reopened", [field("stage", isStage), field("level", isLevel)])],
]);

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The event the schema (`journeyEventSchema`) makes of `value`, made without zod for an event that is plainly
 * valid: a plain object whose fields are all known, present when required, and valid. Returns `undefined`
 * whenever it is not sure (any problem, a field set to `undefined`, an object that is not plain): the caller then
 * asks zod, which gives the result, or the error with every problem. A property test checks that whatever this
 * accepts, zod accepts, with the same output (frozen, with its keys in the same order).
 */
export function quickParseJourneyEvent(value: unknown): JourneyEvent | undefined {
  if (!isPlainObject(value)) return undefined;
  const type = value["type"];
  const fields = typeof type === "string" ? FIELDS.get(type) : undefined;
  if (fields === undefined) return undefined;
  const event: Record<string, unknown> = {};
  let found = 0;
  for (const { key, required, check, output } of fields) {
    if (!hasOwn(value, key)) {
      if (required) return undefined;
      continue;
    }
    const item = value[key];
    if (item === undefined || !check(item)) return undefined;
    event[key] = output(item as never);
    found += 1;
  }
  if (Object.keys(value).length !== found) return undefined;
  return Object.freeze(event) as JourneyEvent;
}
