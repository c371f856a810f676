/**
 * `{ ...base, ...fields }`: the same keys in the same order, with the same values, built by
 * `Object.assign` instead of an object spread.
 *
 * Why: on Node.js 20 (V8 11.3), an object made by a spread and then given more properties gets
 * a hidden class (map) of its own, and each property added after the spread copies the object's
 * whole property list again. For the pack's context, which does this once for each neighbourhood,
 * partner and phase, that cost about 0.05 ms for each partner in a run of `lac init` (with V8's
 * optimising compilers off), and the maps and lists were garbage for the collector to sweep.
 * Later V8 (Node.js 22 and 24) shares the maps; there `Object.assign`, which gives an object in
 * dictionary mode, takes about twice a spread's time (some 0.01 ms for a partner's 26 fields), far
 * less than it saves on Node.js 20. For a few fields on a large object, a spread is the better of
 * the two everywhere (the context of each document in render-pack.ts).
 *
 * The two differ only where `Object.assign` sets a property instead of defining it: an own
 * `__proto__` key (which JSON and YAML parsers can make) would set the result's prototype, so such
 * an object is copied by the spread itself.
 */
export function withFields<Base extends object, Fields extends object>(
  base: Base,
  fields: Fields,
): Omit<Base, keyof Fields> & Fields {
  if (Object.hasOwn(base, "__proto__") || Object.hasOwn(fields, "__proto__")) return { ...base, ...fields };
  return Object.assign({}, base, fields) as Omit<Base, keyof Fields> & Fields;
}
