import { parseJourneyEvent, parseJourneyId, replayJourney, type JourneyEventInput } from "@lac/journeys";
import { parsePersonRef, type PersonRef } from "@lac/person-ref";
import type { EvaluationTally } from "@lac/evaluation";
import { parseCsvHeader, parseCsvLine, parseJsonLine, type LineResult } from "./event-lines.js";
import { readLines, TextFileError } from "./read-lines.js";

/** A line refused, with why. */
export interface Refusal {
  readonly line: number;
  readonly message: string;
}

export interface ReportInputSummary {
  /** The first refusals (at most `MAX_REFUSALS_KEPT`), in the order found. */
  readonly refusals: readonly Refusal[];
  /** Every refused line, counted. */
  readonly refusedLines: number;
  readonly refusedJourneys: number;
  readonly journeys: number;
  readonly events: number;
  /** Set when the file could not be read at all (not UTF-8, no header, …): nothing was counted after it. */
  readonly fatal?: Refusal;
}

export const MAX_REFUSALS_KEPT = 200;
export type InputFormat = "jsonl" | "csv";

/**
 * The report never needs the person: journeys are replayed with one placeholder reference, so that no
 * person reference from the file is kept, even in memory, beyond its line.
 */
const PLACEHOLDER_PERSON = (() => {
  const parsed = parsePersonRef("P-000000");
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ref;
})();

/** A source of lines: a file (streamed), or lines made in memory (the synthetic example). */
export type LineSource = AsyncIterable<{ readonly line: number; readonly text: string }>;

/**
 * Reads journey events line by line and adds each journey, replayed and checked by @lac/journeys, to the
 * tally. A journey's lines must come together (an export sorted by journey); each journey is replayed when
 * its last line has been read, so memory holds one journey at a time. A refused line refuses its whole
 * journey, which is not counted.
 */
export async function tallyEventLines(
  lines: LineSource,
  format: InputFormat,
  tally: EvaluationTally,
  person: PersonRef = PLACEHOLDER_PERSON,
): Promise<ReportInputSummary> {
  const refusals: Refusal[] = [];
  let refusedLines = 0;
  let refusedJourneys = 0;
  let journeys = 0;
  let events = 0;
  const refuse = (line: number, message: string, lineCount = 1) => {
    refusedLines += lineCount;
    if (refusals.length < MAX_REFUSALS_KEPT) refusals.push({ line, message });
  };
  const finished = new Map<string, number>();
  /** The journey being read: its events, the line of each, and how many of its lines were not events. */
  let current:
    | { journey: string; firstLine: number; lines: number[]; events: JourneyEventInput[]; badLines: number }
    | undefined;

  const flush = () => {
    if (current === undefined) return;
    const { journey, firstLine, lines: lineNumbers, events: journeyEvents, badLines } = current;
    finished.set(journey, firstLine);
    current = undefined;
    if (badLines > 0) {
      // Some line of the journey was not an event at all: say what else is wrong with its events, line by line.
      refusedJourneys += 1;
      journeyEvents.forEach((event, index) => {
        const parsed = parseJourneyEvent(event);
        if (!parsed.ok) refuse(lineNumbers[index]!, `journey ${journey}: ${parsed.error.message}`, 0);
      });
      refusedLines += lineNumbers.length;
      return;
    }
    const id = parseJourneyId(journey);
    if (!id.ok) {
      refusedJourneys += 1;
      refuse(
        firstLine,
        `the journey id is not an opaque record id (${id.error.message}) Its ${lineNumbers.length} line(s) are refused.`,
        lineNumbers.length,
      );
      return;
    }
    const replayed = replayJourney(id.id, person, journeyEvents);
    if (!replayed.ok) {
      refusedJourneys += 1;
      const at =
        replayed.error.eventIndex !== undefined
          ? (lineNumbers[replayed.error.eventIndex] ?? firstLine)
          : firstLine;
      refuse(
        at,
        `journey ${journey}: ${replayed.error.message} The journey's ${lineNumbers.length} line(s) are refused.`,
        lineNumbers.length,
      );
      return;
    }
    journeys += 1;
    events += lineNumbers.length;
    tally.add(replayed.journey);
  };

  let columns: string[] | undefined;
  let headerJourney: string | undefined;
  let fatal: Refusal | undefined;
  try {
    for await (const { line, text } of lines) {
      let result: LineResult;
      if (format === "csv") {
        if (columns === undefined) {
          if (text.trim() === "") continue;
          const header = parseCsvHeader(text);
          if (!header.ok) {
            fatal = { line, message: header.message };
            break;
          }
          columns = header.columns;
          continue;
        }
        result = parseCsvLine(text, columns);
      } else {
        result = parseJsonLine(line === 1 ? text.replace(/^\uFEFF/, "") : text);
      }
      if (!result.ok) {
        if (current !== undefined) {
          current.badLines += 1;
          refuse(line, `${result.message} Journey ${current.journey} is refused with it.`);
        } else refuse(line, result.message);
        continue;
      }
      const value = result.value;
      if (value.kind === "blank") continue;
      if (value.kind === "journey-header") {
        flush();
        headerJourney = value.journey;
        if (finished.has(value.journey)) {
          refuse(
            line,
            `journey ${value.journey} appeared before (line ${finished.get(value.journey)}): keep each journey's lines together.`,
          );
          headerJourney = undefined;
          continue;
        }
        current = { journey: value.journey, firstLine: line, lines: [], events: [], badLines: 0 };
        continue;
      }
      const journey = value.journey ?? headerJourney;
      if (journey === undefined) {
        refuse(
          line,
          'an event with no journey: give each line its journey id in "journey" (or start the journey with a line {"id": …, "person": …}).',
        );
        continue;
      }
      if (current === undefined || current.journey !== journey) {
        flush();
        headerJourney = value.journey === undefined ? headerJourney : undefined;
        if (finished.has(journey)) {
          refuse(
            line,
            `the events of journey ${journey} are not together: it appeared before (from line ${finished.get(journey)}). Sort the export by journey, keeping the order events were written up.`,
          );
          continue;
        }
        current = { journey, firstLine: line, lines: [], events: [], badLines: 0 };
      }
      current.lines.push(line);
      current.events.push(value.event as unknown as JourneyEventInput);
    }
    flush();
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    fatal = { line: error.line ?? 1, message: error.message };
  }
  return { refusals, refusedLines, refusedJourneys, journeys, events, ...(fatal ? { fatal } : {}) };
}

/** The lines of a file, streamed. */
export function fileLines(path: string): LineSource {
  return readLines(path);
}
