// What lac needs of node:crypto and node:v8: SHA-256 (the pack's content hashes), random bytes
// (temporary file names, the pack lock's token) and V8's flags (lac init and lac generate run without
// V8's optimising compilers: compiled-code-cache.ts); and a CRC-32 (the code cache's checksum).
//
// On Node.js 20, lac takes them from Node's own bindings, which node:crypto and node:v8 are built on,
// instead of loading those two modules: node:v8 loads Node's whole streams stack (for heap snapshots)
// and node:crypto 17 modules more (key objects, ciphers, X.509, …), about 9 ms of a 150 ms lac init,
// while the two bindings take about 1 ms. Node.js 20 is past its end of life: no release will change
// these bindings again. The calls are those of node:crypto and node:v8 themselves in every Node.js 20
// release lac supports (20.12 and later), and a SHA-256 of a known text is checked before the bindings
// are used. Anything else (another Node.js, a binding refused by Node's permission model, a wrong
// digest) falls back to node:crypto and node:v8. `process.binding` is deprecated (DEP0111): its
// warning is turned off for the calls, which would otherwise be lac's output.
//
// On every version, the CRC-32 is zlib's, from the binding node:zlib's own crc32 calls (Node.js 20.15,
// 22.2 and later: the binding is one of those Node.js 22 and 24 still give `process.binding`), checked
// against a known value. Where Node.js 20's bindings are not used (22 and later), random bytes come from
// the system's generator, /dev/urandom, when it is a character device, and from node:crypto otherwise.
// node:crypto costs Node.js 24 about 6-8 ms to load (39 modules): lac validate no longer loads it.
import type * as NodeCrypto from "node:crypto";
import type * as NodeV8 from "node:v8";
import { nodeBuiltin } from "./node-module.js";
import { readBytesInto } from "./read-bytes.js";

/** What lac hashes: a text (as its UTF-8 bytes), bytes, or bytes in parts (hashed as if joined). */
export type HashedData = string | Uint8Array | readonly Uint8Array[];

/** SHA-256, random bytes and V8's flags, from Node.js 20's bindings. */
interface Bindings {
  readonly sha256: (data: HashedData, outputEncoding?: "hex") => Buffer | string;
  readonly randomFill: (buffer: Uint8Array) => void;
  readonly setFlagsFromString: (flags: string) => void;
}

/** The SHA-256 of no bytes: the bindings must give it before lac uses them. */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** The bindings, shared by lac.cjs and the bundles it loads (each has a copy of this module): null when not usable. */
const SHARED = Symbol.for("lac.cryptoAndFlags.bindings");

interface CryptoBinding {
  readonly Hash: new (
    algorithm: string,
    outputLength: undefined,
    algorithmId: number,
    algorithmCache: object,
  ) => {
    update(data: string | Uint8Array, encoding?: "utf8"): boolean;
    digest(encoding?: "hex"): Buffer | string;
  };
  readonly getCachedAliases: () => Record<string, number | undefined>;
  readonly RandomBytesJob: new (
    mode: number,
    buffer: Uint8Array,
    offset: number,
    size: number,
  ) => { run(): [unknown, unknown] };
  readonly kCryptoJobSync: number;
}

/** Node's binding `name`, through the deprecated `process.binding` with its warning off; throws when refused. */
function nodeBinding<T>(name: string): T {
  const processWithBinding = process as unknown as { binding?: (name: string) => unknown };
  if (typeof processWithBinding.binding !== "function") throw new Error("No process.binding");
  const warnings = process.noDeprecation;
  try {
    process.noDeprecation = true;
    return processWithBinding.binding(name) as T;
  } finally {
    process.noDeprecation = warnings;
  }
}

function loadBindings(): Bindings | null {
  if (process.versions.node.split(".")[0] !== "20") return null;
  try {
    const crypto = nodeBinding<CryptoBinding>("crypto");
    const v8 = nodeBinding<{ setFlagsFromString: (flags: string) => void }>("v8");
    // As node:crypto's createHash and randomFillSync, and node:v8's setFlagsFromString, call them.
    const aliases = crypto.getCachedAliases();
    const sha256 = (data: HashedData, outputEncoding?: "hex") => {
      const hash = new crypto.Hash("sha256", undefined, aliases.sha256 ?? -1, aliases);
      if (typeof data === "string") hash.update(data, "utf8");
      else if (data instanceof Uint8Array) hash.update(data);
      else for (let index = 0; index < data.length; index++) hash.update(data[index] as Uint8Array);
      return hash.digest(outputEncoding);
    };
    const randomFill = (buffer: Uint8Array) => {
      const [error] = new crypto.RandomBytesJob(crypto.kCryptoJobSync, buffer, 0, buffer.length).run();
      if (error !== undefined) throw error;
    };
    if (sha256("", "hex") !== EMPTY_SHA256 || typeof v8.setFlagsFromString !== "function") return null;
    return { sha256, randomFill, setFlagsFromString: (flags) => v8.setFlagsFromString(flags) };
  } catch {
    return null;
  }
}

function bindings(): Bindings | null {
  const shared = globalThis as Record<symbol, Bindings | null | undefined>;
  let found = shared[SHARED];
  if (found === undefined) found = shared[SHARED] = loadBindings();
  return found;
}

type OneShotHash = (algorithm: string, data: string | Uint8Array, outputEncoding: string) => Buffer | string;

/**
 * node:crypto, loaded only when it is needed: loading it costs --version and --help 5%. With its
 * one-shot hash (Node.js 20.12 and later, the versions lac supports; `hash` is undefined before).
 */
function nodeCrypto(): typeof NodeCrypto & { hash?: OneShotHash } {
  return nodeBuiltin<typeof NodeCrypto & { hash?: OneShotHash }>("node:crypto");
}

/**
 * The SHA-256 of `data` (a text is hashed as its UTF-8 bytes, parts of bytes as the bytes they join
 * into): as bytes (`"buffer"`) or as 64 lower-case hexadecimal digits (`"hex"`). Node.js's one-shot
 * hash, where there are no bindings, does it without a Hash object, whose class took lac init about
 * 0.5 ms to set up on each run (parts are hashed with one, where there are no bindings). SHA-256 is
 * quick where the processor has SHA extensions (most of those of the last few years): 0.3 ms for
 * init's code cache of 480 kB.
 */
export function sha256(data: HashedData, outputEncoding: "buffer"): Buffer;
export function sha256(data: HashedData, outputEncoding: "hex"): string;
export function sha256(data: HashedData, outputEncoding: "buffer" | "hex"): Buffer | string {
  const fast = bindings();
  if (fast !== null) return fast.sha256(data, outputEncoding === "hex" ? "hex" : undefined);
  const crypto = nodeCrypto();
  if (typeof data !== "string" && !(data instanceof Uint8Array)) {
    const hash = crypto.createHash("sha256");
    for (let index = 0; index < data.length; index++) hash.update(data[index] as Uint8Array);
    return outputEncoding === "hex" ? hash.digest("hex") : hash.digest();
  }
  if (crypto.hash !== undefined) {
    const digest = crypto.hash("sha256", data, outputEncoding);
    if (outputEncoding === "hex" ? typeof digest === "string" : Buffer.isBuffer(digest)) return digest;
  }
  const hash = crypto.createHash("sha256");
  if (typeof data === "string") hash.update(data, "utf8");
  else hash.update(data);
  return outputEncoding === "hex" ? hash.digest("hex") : hash.digest();
}

/** `bytes` random bytes (from the system's secure generator, as node:crypto's randomBytes), as 2 × `bytes` hexadecimal digits. */
export function randomHex(bytes: number): string {
  const fast = bindings();
  if (fast !== null) {
    const buffer = Buffer.allocUnsafe(bytes);
    fast.randomFill(buffer);
    return buffer.toString("hex");
  }
  return (systemRandomBytes(bytes) ?? nodeCrypto().randomBytes(bytes)).toString("hex");
}

/** Where the system's generator is a file (Linux, macOS, the BSDs): Linux's getrandom(2) reads the same pool. */
const SYSTEM_RANDOM = "/dev/urandom";

/**
 * `bytes` bytes of /dev/urandom, or undefined where it cannot be read in full (Windows, a sandbox
 * without /dev): node:crypto's randomBytes then. Shared with the bundles: a test turns it off.
 */
function systemRandomBytes(bytes: number): Buffer | undefined {
  if (process.platform === "win32" || (globalThis as Record<symbol, unknown>)[NO_SYSTEM_RANDOM] === true)
    return undefined;
  const buffer = Buffer.allocUnsafe(bytes);
  // Only the device: a plain file in its place (a broken sandbox) would give every run the same bytes.
  return readBytesInto(SYSTEM_RANDOM, buffer, { device: true }) === bytes ? buffer : undefined;
}

/** Set (to true) on globalThis to turn {@link systemRandomBytes} off, so that tests reach node:crypto. */
export const NO_SYSTEM_RANDOM = Symbol.for("lac.cryptoAndFlags.noSystemRandom");

/** zlib's CRC-32 of the bytes, from the binding that node:zlib's crc32 calls. */
type Crc32 = (data: Uint8Array) => number;

/** The CRC-32 binding, shared by lac.cjs and the bundles it loads: null where there is none. */
const SHARED_CRC32 = Symbol.for("lac.cryptoAndFlags.crc32");

/** zlib's CRC-32 of "123456789", the check value of the CRC-32 that zlib, PNG and gzip use. */
const CRC32_CHECK = 0xcbf43926;

function loadCrc32(): Crc32 | null {
  try {
    // The binding checks its arguments with CHECK, which ends the process on anything unexpected:
    // it is only ever given bytes, and 0 to start from (as node:zlib's crc32 gives it by default).
    const zlib = nodeBinding<{ crc32?: (data: Uint8Array, value: number) => number }>("zlib");
    const crc32 = zlib.crc32;
    if (typeof crc32 !== "function") return null;
    const check = crc32.call(zlib, Buffer.from("123456789", "latin1"), 0);
    return check === CRC32_CHECK ? (data) => crc32.call(zlib, data, 0) : null;
  } catch {
    return null;
  }
}

/**
 * zlib's CRC-32 of `data` (as node:zlib's crc32 of Node.js 20.15 and 22.2 gives it, an unsigned 32-bit
 * number); undefined where Node.js has no such binding (Node.js 20.12 to 20.14, or a binding refused):
 * lac's code cache then checks its files with SHA-256 instead. 0.2 ms for 800 kB of code cache, without
 * loading node:zlib (its streams) or node:crypto.
 */
export function crc32(data: Uint8Array): number | undefined {
  const shared = globalThis as Record<symbol, Crc32 | null | undefined>;
  let found = shared[SHARED_CRC32];
  if (found === undefined) found = shared[SHARED_CRC32] = loadCrc32();
  return found === null ? undefined : found(data);
}

/** What sets V8's flags: node:v8, or Node.js 20's binding of it. */
export type V8Flags = Pick<typeof NodeV8, "setFlagsFromString">;

/**
 * What sets V8's flags for the rest of the process. Where it is node:v8, node:crypto is loaded first:
 * Node.js compiles its own modules from a code cache built into it, which V8 refuses once any flag
 * differs from those it was made with, so a module of Node's first loaded after a flag is set is
 * compiled from its source (node:crypto alone took about 5 ms more on Node.js 20 and 10 ms on 24).
 */
export function v8Flags(): V8Flags {
  const fast = bindings();
  if (fast !== null) return fast;
  nodeBuiltin("node:crypto");
  return nodeBuiltin<typeof NodeV8>("node:v8");
}

/** Whether lac uses Node.js 20's bindings rather than node:crypto and node:v8 (for tests). */
export function usesNodeBindings(): boolean {
  return bindings() !== null;
}
