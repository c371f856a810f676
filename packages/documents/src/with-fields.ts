/**
 * `{ ...base, ...fields }`: the same keys in the same order, with the same values and prototype,
 * built so that it is quick and small on both Node.js 20 and Node.js 22+ with V8's optimising
 * compilers off (as lac runs).
 *
 * Why not the spread itself: on Node.js 20 (V8 11.3), an object made by a spread and then given
 * more properties gets a hidden class (map) of its own, and each property added after the spread
 * copies the object's whole property list again (about 0.1 ms for a partner's 22 fields).
 * `Object.assign({}, base, fields)`, which this falls back on, adds each key as a keyed store does:
 * V8 turns an object given more than 16 keys that way into a dictionary, on every version. That is
 * quick to make from small objects, but copying a dictionary-mode object into a new one (each partner
 * again, for its `doc`) took some 0.03 to 0.08 ms, and dictionaries take more memory: building the
 * large council's context touched about 60 fresh pages more (316 against 250 page faults).
 *
 * How: given `shapes` (the key sequences seen so far by one caller, buildPackContext for one pack), the
 * keys the result will have (the base's, then the fields' new ones) are known from `Object.keys`.
 * Once a sequence of more than 16 keys has been seen often enough (the partners of a large council),
 * one blank object with exactly those keys is made (by `JSON.parse`, which defines
 * each key as an own data property and gives a fast-mode object), and each result is then a copy of
 * it by a spread with nothing added (V8's fast clone: all results of one sequence share one map),
 * into which `Object.assign` writes the base's values and the fields'. Writing to a key the object
 * already has never adds a property nor moves one, so the object stays in fast mode, and a field that
 * replaces a base value keeps the base key's place, as in the spread. `Object.assign` reads the
 * sources as the spread does (own enumerable keys in order, the base's first; symbol keys after).
 * A blank costs about 0.1 ms and a few fresh pages (new maps) to make: for a sequence seen only once
 * or twice (the partners of a small council differ in their optional keys), that is more than it
 * saves. Sequences are looked up by comparing the key arrays, whose strings `Object.keys` gives as the
 * same (interned) strings each time.
 *
 * An object with an own `__proto__` key (which JSON and YAML parsers can make) is copied by the
 * spread itself: `Object.assign` would set the result's prototype instead.
 * with-fields.test.ts compares the two on random objects.
 */
export function withFields<Base extends object, Fields extends object>(
  base: Base,
  fields: Fields,
  shapes?: KeyShapes,
): Omit<Base, keyof Fields> & Fields {
  if (Object.hasOwn(base, "__proto__") || Object.hasOwn(fields, "__proto__")) return { ...base, ...fields };
  if (shapes === undefined) return Object.assign({}, base, fields) as Omit<Base, keyof Fields> & Fields;
  const baseKeys = Object.keys(base);
  const fieldKeys = Object.keys(fields);
  const blank =
    baseKeys.length + fieldKeys.length > FEW_KEYS ? shapes.blankFor(baseKeys, fieldKeys) : undefined;
  return Object.assign(blank === undefined ? {} : { ...blank }, base, fields) as Omit<Base, keyof Fields> &
    Fields;
}

/**
 * An object given at most this many keys by `Object.assign` stays in fast mode (4 in the object, 12 in
 * its property array).
 */
const FEW_KEYS = 16;
/** A blank is made for a sequence of keys seen this many times before. */
const SEEN_BEFORE_BLANK = 2;
/** At most this many key sequences are kept; the oldest is dropped when a new one would make more. */
const MAX_SEQUENCES = 32;

interface Sequence {
  readonly baseKeys: readonly string[];
  readonly fieldKeys: readonly string[];
  seen: number;
  /** An object with the result's keys in the result's order, each set to 0. */
  blank: object | undefined;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The key sequences one caller of {@link withFields} has given it (a caller's own: `withFields` keeps
 * nothing between callers), and the blank object of each sequence seen often enough.
 */
export class KeyShapes {
  private readonly sequences: Sequence[] = [];

  /** The blank for the result of these keys, once it has been seen often enough; undefined before. */
  blankFor(baseKeys: readonly string[], fieldKeys: readonly string[]): object | undefined {
    const sequences = this.sequences;
    let sequence: Sequence | undefined;
    for (let index = 0; index < sequences.length; index += 1) {
      const candidate = sequences[index] as Sequence;
      if (sameKeys(candidate.baseKeys, baseKeys) && sameKeys(candidate.fieldKeys, fieldKeys)) {
        sequence = candidate;
        break;
      }
    }
    if (sequence === undefined) {
      if (sequences.length >= MAX_SEQUENCES) sequences.shift();
      sequences.push({ baseKeys, fieldKeys, seen: 1, blank: undefined });
      return undefined;
    }
    if (sequence.blank !== undefined) return sequence.blank;
    sequence.seen += 1;
    if (sequence.seen <= SEEN_BEFORE_BLANK) return undefined;
    const keys = new Set(baseKeys);
    for (let index = 0; index < fieldKeys.length; index += 1) keys.add(fieldKeys[index] as string);
    // JSON.parse defines each key as an own data property, in this order (integer-like keys first,
    // ascending, as in any object, the spread's result included).
    let text = "{";
    for (const key of keys) text += `${text.length > 1 ? "," : ""}${JSON.stringify(key)}:0`;
    sequence.blank = JSON.parse(`${text}}`) as object;
    return sequence.blank;
  }
}
