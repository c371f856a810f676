/**
 * The two input formats of `lac report`, one line at a time:
 *
 * - **JSON Lines**: one event per line, with its journey id in `journey` (and, optionally, `person`, which
 *   the report never reads). The files `serialiseJourneyLog` of @lac/journeys writes are accepted too, one
 *   after another: a line `{"id": …, "person": …}` starts a journey, and the event lines after it (without
 *   `journey`) belong to it.
 * - **CSV** with the columns of docs/report-template.csv: a header line, then one event per line.
 */

/** What one line holds. */
export type EventLine =
  | { readonly kind: "blank" }
  | { readonly kind: "journey-header"; readonly journey: string }
  | { readonly kind: "event"; readonly journey: string | undefined; readonly event: Record<string, unknown> };

export type LineResult =
  { readonly ok: true; readonly value: EventLine } | { readonly ok: false; readonly message: string };

/** The columns of the CSV template, in its order. `journey`, `id`, `type` and `occurredAt` are required. */
export const CSV_COLUMNS = [
  "journey",
  "id",
  "type",
  "occurredAt",
  "recordedAt",
  "source",
  "neighbourhood",
  "level",
  "coordinator",
  "to",
  "kind",
  "reason",
  "stage",
  "principles",
  "outcomes",
  "consentBasis",
  "consentRecordId",
] as const;
const REQUIRED_COLUMNS = ["journey", "id", "type", "occurredAt"];

const describe = (value: unknown) =>
  typeof value === "string" ? "text" : Array.isArray(value) ? "a list" : typeof value;

/** One JSON line. */
export function parseJsonLine(text: string): LineResult {
  if (text.trim() === "") return { ok: true, value: { kind: "blank" } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: `each line must be a JSON object (an event), not ${describe(value)}.` };
  }
  const record = value as Record<string, unknown>;
  if (
    !("type" in record) &&
    typeof record.id === "string" &&
    "person" in record &&
    Object.keys(record).length === 2
  ) {
    return { ok: true, value: { kind: "journey-header", journey: record.id } };
  }
  const { journey, person: _person, ...event } = record;
  if (journey !== undefined && typeof journey !== "string") {
    return { ok: false, message: `"journey" must be the journey's id as text, not ${describe(journey)}.` };
  }
  return { ok: true, value: { kind: "event", journey, event } };
}

/** Splits one CSV line into fields (RFC 4180 quoting; a field may not hold a line break). */
export function splitCsvLine(text: string): string[] | string {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let atStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ",")
          return `a closing quote must end its field (column ${fields.length + 1}).`;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && atStart) {
      quoted = true;
      atStart = false;
      i += 1;
      continue;
    }
    if (char === ",") {
      fields.push(field);
      field = "";
      atStart = true;
      i += 1;
      continue;
    }
    field += char;
    atStart = false;
    i += 1;
  }
  if (quoted)
    return `a quoted field is not closed (column ${fields.length + 1}); fields may not hold line breaks.`;
  fields.push(field);
  return fields;
}

/** Edit distance, for "did you mean" on column names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Checks a CSV header line; returns the column names, or what is wrong. */
export function parseCsvHeader(
  text: string,
): { ok: true; columns: string[] } | { ok: false; message: string } {
  const fields = splitCsvLine(text.replace(/^\uFEFF/, ""));
  if (typeof fields === "string") return { ok: false, message: fields };
  const columns = fields.map((field) => field.trim());
  const known = new Set<string>(CSV_COLUMNS);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) problems.push(`the column "${column}" appears twice`);
    seen.add(column);
    if (!known.has(column)) {
      const near = CSV_COLUMNS.filter((name) => distance(name.toLowerCase(), column.toLowerCase()) <= 2);
      problems.push(
        `"${column.slice(0, 40)}" is not a column of the template${near.length > 0 ? ` (did you mean "${near[0]}"?)` : ""}`,
      );
    }
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !seen.has(name));
  if (missing.length > 0)
    problems.push(
      `the column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} ${missing.length > 1 ? "are" : "is"} missing`,
    );
  if (problems.length > 0) {
    return {
      ok: false,
      message: `the header line does not match the template: ${problems.join("; ")}. The columns are: ${CSV_COLUMNS.join(", ")} (see docs/report-template.csv).`,
    };
  }
  return { ok: true, columns };
}

const LIST_COLUMNS = new Set(["principles", "outcomes"]);

/** One CSV data line, given the header's columns: an event in the shape @lac/journeys checks. */
export function parseCsvLine(text: string, columns: readonly string[]): LineResult {
  if (text.trim() === "") return { ok: true, value: { kind: "blank" } };
  const fields = splitCsvLine(text);
  if (typeof fields === "string") return { ok: false, message: fields };
  if (fields.length !== columns.length) {
    return {
      ok: false,
      message: `${fields.length} field${fields.length === 1 ? "" : "s"}, but the header has ${columns.length} columns. ${fields.length > columns.length ? "A comma inside a value must be in double quotes." : "Leave a field empty rather than out."}`,
    };
  }
  const event: Record<string, unknown> = {};
  let journey: string | undefined;
  let consentBasis: string | undefined;
  let consentRecordId: string | undefined;
  columns.forEach((column, index) => {
    const value = fields[index]!.trim();
    if (value === "") return;
    if (column === "journey") journey = value;
    else if (column === "consentBasis") consentBasis = value;
    else if (column === "consentRecordId") consentRecordId = value;
    else if (LIST_COLUMNS.has(column))
      event[column] = value
        .split(";")
        .map((item) => item.trim())
        .filter(Boolean);
    else event[column] = value;
  });
  if (consentBasis !== undefined || consentRecordId !== undefined) {
    event.consent = { basis: consentBasis, recordId: consentRecordId };
  }
  // One column "to" serves stage-changed, level-changed and coordinator-changed, as in the JSON events.
  return { ok: true, value: { kind: "event", journey, event } };
}
