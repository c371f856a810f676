// Telling valid state file data without zod: what zod's schema of the state file
// (lac-state-schema.ts) accepts, with the same data out (the same keys, in the same order), or
// `undefined` for data it refuses, which only zod explains (lac-state.ts loads it then).
// lac-state-check.test.ts checks that both agree.
import { READABLE_PACK_STATE_VERSIONS } from "@lac/pack-files";
import type { LacState } from "./lac-state.js";
import { checkPackPath } from "./pack-path.js";

/** A recorded content hash (content-hash-schema.ts has the same pattern). */
const CONTENT_HASH = /^sha256-[0-9a-f]{64}$/;

type Data = Record<PropertyKey, unknown>;

/** zod's test of an object (z.object): not null, not a list. */
function isObject(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** zod's test of a record's input (z.record): an object whose constructor, if any, looks like Object's. */
function isPlainObject(value: unknown): value is Data {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}

/** z.string().min(1). */
function isText(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1;
}

/** z.record(key, contentHash): a copy with the same keys (`__proto__` and hidden keys left out). */
function hashRecord(value: unknown, keyOk: (key: string) => boolean): Record<string, string> | undefined {
  if (!isPlainObject(value)) return undefined;
  const copy: Record<string, string> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key !== "string" || !keyOk(key)) return undefined;
    const hash = value[key];
    if (typeof hash !== "string" || !CONTENT_HASH.test(hash)) return undefined;
    copy[key] = hash;
  }
  return copy;
}

const anyKey = () => true;
const safePath = (key: string) => checkPackPath(key) === undefined;

/** The state file data as zod's schema gives it back, or `undefined` when zod would refuse it. */
export function quickLacState(input: unknown): LacState | undefined {
  if (!isObject(input) || !READABLE_PACK_STATE_VERSIONS.includes(input["stateVersion"] as number))
    return undefined;
  const lac = input["lac"];
  if (!isObject(lac) || !isText(lac["version"])) return undefined;
  const templates = input["templates"];
  if (!isObject(templates) || !isText(templates["name"]) || !isText(templates["version"])) return undefined;
  let sources: Record<string, string> | undefined;
  if (templates["sources"] !== undefined) {
    sources = hashRecord(templates["sources"], anyKey);
    if (sources === undefined) return undefined;
  }
  // answers may hold anything, but must be there (zod's z.unknown() in an object).
  if (!("answers" in input)) return undefined;
  const files = hashRecord(input["files"], safePath);
  if (files === undefined) return undefined;
  // One that is not such a record is read as none (zod's .catch(undefined)).
  const derived = input["derived"] === undefined ? undefined : hashRecord(input["derived"], safePath);
  return {
    stateVersion: input["stateVersion"],
    lac: { version: lac["version"] },
    templates: {
      name: templates["name"],
      version: templates["version"],
      // zod keeps a key given as undefined, and leaves out one not given.
      ...("sources" in templates ? { sources } : {}),
    },
    answers: input["answers"],
    files,
    ...("derived" in input ? { derived } : {}),
  } as LacState;
}
