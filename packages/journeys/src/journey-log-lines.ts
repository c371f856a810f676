import type { JourneyLogError, ParseJourneyLogResult } from "./journey-log.js";
import { parseJourneyLog } from "./journey-log.js";
import { summariseIssues } from "./validation-issue.js";

/**
 * What `serialiseJourneyLog` takes: a journey log, or a replayed journey (its id, person and events; its other
 * fields are not written).
 */
export interface SerialisableJourneyLog {
  readonly id: string;
  readonly person: string;
  readonly events: readonly unknown[];
}

/** What `serialiseJourneyLog` returns: the JSON lines, or why the log was not written. */
export type SerialiseJourneyLogResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: JourneyLogError };

/**
 * Writes a journey's log as JSON lines, for storage: a first line `{"id":…,"person":…}`, then one event per line,
 * in the order they were recorded, ending with a newline. Pure.
 *
 * The log is checked first, as `parseJourneyLog` checks a stored one, and only what was checked is written: a
 * person that is not a pseudonymous reference (a name, say, from JavaScript or past a type cast), an id that is
 * not an opaque id, or an event with a field the log does not have (such as free-text `notes`) is refused with
 * `{ ok: false, error }`, and nothing is written. A journey's own fields besides its id, person and events are
 * never written.
 */
export function serialiseJourneyLog(log: SerialisableJourneyLog): SerialiseJourneyLogResult {
  const parsed = parseJourneyLog(
    typeof log === "object" && log !== null && !Array.isArray(log)
      ? { id: log.id, person: log.person, events: log.events }
      : log,
  );
  if (!parsed.ok) {
    return {
      ok: false,
      error: {
        ...parsed.error,
        message: `The journey log was not written. ${summariseIssues(parsed.error.issues)}`,
      },
    };
  }
  const lines = [
    JSON.stringify({ id: parsed.log.id, person: parsed.log.person }),
    ...parsed.log.events.map((event) => JSON.stringify(event)),
  ];
  return { ok: true, text: `${lines.join("\n")}\n` };
}

function lineError(line: number, message: string): ParseJourneyLogResult {
  const error: JourneyLogError = {
    code: "invalid-journey-log",
    message: `Line ${line}: ${message}`,
    issues: [{ path: `line ${line}`, message }],
  };
  return { ok: false, error };
}

/**
 * Reads a journey log written by {@link serialiseJourneyLog} and checks it with `parseJourneyLog`. Errors say
 * which line is wrong. The result is a log, not a journey: pass it to `replayJourney` before use, which checks
 * the journey's rules. Blank lines are ignored.
 */
export function deserialiseJourneyLog(text: string): ParseJourneyLogResult {
  if (typeof text !== "string") return lineError(1, "The journey log must be text (JSON lines).");
  const values: { line: number; value: unknown }[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      values.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch (error) {
      return lineError(
        index + 1,
        `not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  const [header, ...events] = values;
  if (
    header === undefined ||
    typeof header.value !== "object" ||
    header.value === null ||
    Array.isArray(header.value)
  ) {
    return lineError(
      header?.line ?? 1,
      'The first line must be {"id": …, "person": …}, the journey and the person.',
    );
  }
  const parsed = parseJourneyLog({ ...(header.value as object), events: events.map((each) => each.value) });
  if (parsed.ok) return parsed;
  // Point at the line of the first event at fault, when there is one.
  const match = /^events\[(\d+)\]/.exec(parsed.error.issues[0]?.path ?? "");
  const line = match ? events[Number(match[1])]?.line : header.line;
  return {
    ok: false,
    error: {
      ...parsed.error,
      message: `Line ${line ?? header.line}: ${parsed.error.message}`,
    },
  };
}
