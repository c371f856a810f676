const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

/**
 * Local calendar days in an IANA time zone, fast enough for millions of events: the offset is looked up
 * with `Intl` once per quarter hour of time seen (offsets change on quarter hours at most), then cached.
 */
export interface LocalDays {
  readonly timeZone: string;
  /** The local day number (0 = 1970-01-01) of an instant. */
  dayOf(instant: number): number;
}

/** `undefined` when the time zone is not one `Intl` knows. */
export function localDays(timeZone: string): LocalDays | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
  } catch {
    return undefined;
  }
  const offsets = new Map<number, number>();
  const offsetAt = (instant: number): number => {
    const key = Math.floor(instant / QUARTER_HOUR_MS);
    let offset = offsets.get(key);
    if (offset === undefined) {
      const at = key * QUARTER_HOUR_MS;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(at)) parts[part.type] = Number(part.value);
      const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
      offset = local - at;
      offsets.set(key, offset);
    }
    return offset;
  };
  const dayOf = (instant: number) => Math.floor((instant + offsetAt(instant)) / DAY_MS);
  return { timeZone: format.resolvedOptions().timeZone, dayOf };
}
