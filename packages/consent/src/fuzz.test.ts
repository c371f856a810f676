// The fuzz suite of the consent parsers (issue 16): arbitrary values, including what JSON cannot
// hold (BigInt, Buffer, cyclic and deeply nested objects). They never throw and always return a
// record or problems. `pnpm fuzz` runs more (FUZZ_RUNS); a failure is replayed with FUZZ_SEED.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendRecord, emptyConsentLog, parseConsentRecord } from "./index.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 200);
const SEED =
  process.env["FUZZ_SEED"] === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env["FUZZ_SEED"]);

const settings = (name: string): fc.Parameters<unknown> => {
  console.log(`fuzz ${name}: seed ${SEED}, ${RUNS} runs (replay: FUZZ_SEED=${SEED})`);
  return { numRuns: RUNS, seed: SEED, endOnFailure: true };
};

const cyclic = (): unknown => {
  const value: Record<string, unknown> = { type: "agreement" };
  value["self"] = value;
  return value;
};
const deep = (depth: number): unknown => {
  let value: unknown = [];
  for (let index = 0; index < depth; index += 1) value = [value];
  return value;
};

const awkward = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.constantFrom<unknown>(
    Buffer.from("x"),
    10n ** 30n,
    Symbol("x"),
    () => 1,
    cyclic(),
    deep(20_000),
    new Date(Number.NaN),
  ),
  fc.record(
    { type: fc.constantFrom("agreement", "withdrawal", "x"), recordedAt: fc.anything() },
    { requiredKeys: [] },
  ),
);

describe("fuzz: consent parsers on arbitrary values", () => {
  it("parseConsentRecord never throws: a record or problems", () => {
    fc.assert(
      fc.property(awkward, (value) => {
        const result = parseConsentRecord(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      settings("parseConsentRecord"),
    );
  }, 120_000);

  it("appendRecord never throws on an arbitrary record or log", () => {
    fc.assert(
      fc.property(awkward, awkward, (log, record) => {
        expect(() => appendRecord(log as never, record as never)).not.toThrow();
        expect(() => appendRecord(emptyConsentLog(), record as never)).not.toThrow();
      }),
      settings("appendRecord"),
    );
  }, 120_000);
});
