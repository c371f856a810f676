import type { JourneyLogError, ParseJourneyLogResult } from "./journey-log.js";
import { parseJourneyLog } from "./journey-log.js";

/** What `serialiseJourneyLog` takes: a journey log, or a replayed journey (its id, person and events). */
export interface SerialisableJourneyLog {
  readonly id: string;
  readonly person: string;
  readonly events: readonly unknown[];
}

/**
 * Writes a journey's log as JSON lines, for storage: a first line `{"id":…,"person":…}`, then one event per line,
 * in the order they were recorded. Pure: returns the text, ending with a newline.
 */
export function serialiseJourneyLog(log: SerialisableJourneyLog): string {
  const lines = [
    JSON.stringify({ id: log.id, person: log.person }),
    ...log.events.map((event) => JSON.stringify(event)),
  ];
  return `${lines.join("\n")}\n`;
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
