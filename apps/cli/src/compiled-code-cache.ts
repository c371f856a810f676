// Loads lac's command bundle with a V8 code cache, so that a later run of lac does not parse and
// compile the same code again: on Node.js 20 this saves about a fifth of a command's time. (Node.js
// 22.1 and later have their own compile cache, which bin.ts turns on for lac's other bundles; it is
// made before the code runs, so it lacks the functions compiled on the way, and init ran about a
// fifth slower on Node.js 24 with it than with this cache.)
//
// The cache lives in the user's cache folder ($LAC_CACHE_DIR, or $XDG_CACHE_HOME/lac, or
// ~/.cache/lac; only an absolute path is used), one file per bundle and command, named after the
// bundle and a hash of its content. It is written after the command has run, so that it holds
// the functions the command compiled; files for other builds of the same bundle are removed then. LAC_NO_COMPILE_CACHE=1
// turns it off. Any problem with the cache is ignored: lac then loads the bundle as usual.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire, nodeBuiltin, wrapModuleSource } from "./node-module.js";
import { basename, dirname, isAbsolute, join } from "node:path";
import type * as NodeVm from "node:vm";
import { crc32, sha256 } from "./crypto-and-flags.js";
import { homeFolder } from "./this-computer.js";
import { shortRunFlagsSet, withCommandFlags } from "./v8-run-flags.js";

export interface LoadedBundle<T> {
  readonly exports: T;
  /** True when V8 accepted a cached compilation. */
  readonly usedCache: boolean;
  /**
   * Writes the code cache if it was missing or out of date; call it after the command has run.
   * `complete` is false after a run that stopped early (a usage error, say): its cache, which holds
   * only what that run compiled, is kept as a partial one, used until a complete run replaces it.
   */
  readonly saveCache: (complete?: boolean) => void;
}

/** The cache folder, or undefined when there is no usable one. */
export function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.LAC_NO_COMPILE_CACHE === "1") return undefined;
  let folder: string | undefined;
  if (env.LAC_CACHE_DIR) folder = env.LAC_CACHE_DIR;
  else if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) folder = join(env.XDG_CACHE_HOME, "lac");
  else {
    try {
      const home = homeFolder();
      folder = home ? join(home, ".cache", "lac") : undefined;
    } catch {
      folder = undefined;
    }
  }
  return folder !== undefined && isAbsolute(folder) ? folder : undefined;
}

/** The start of a bundle's cache files: its name ("commands-", "validate-"). */
function cachePrefix(file: string): string {
  return `${basename(file, ".cjs").replace(/[^a-z0-9-]/g, "") || "bundle"}-`;
}

/**
 * How a cache file is checked: format 4 with zlib's CRC-32 (4 bytes, then 4 bytes of zeros), where
 * Node.js gives lac that without loading a module (crypto-and-flags.ts), or else format 2 with SHA-256
 * (32 bytes), as before. Either is against damage (a file cut short or garbled, or made for another
 * bundle), not against someone who can write to the cache folder, and so could write a right checksum too.
 *
 * The cached data starts a multiple of 8 bytes into the file, and so into the buffer it is read into:
 * V8 uses data at such an address where it is, and copies data anywhere else into memory of its own
 * first (format 3, whose data started 4 bytes in, cost lac init 800 KB of fresh memory that way).
 */
interface CacheFormat {
  readonly version: 2 | 4;
  readonly checksumBytes: number;
  /** The checksum of the bytes `data`, followed by the key's, which the caller wrote after them. */
  readonly checksum: (dataAndKey: Buffer) => Buffer;
}

function cacheFormat(): CacheFormat {
  // crc32 gives a number for any bytes where there is a binding, and undefined for all where there is none.
  if (crc32(new Uint8Array(0)) !== undefined) {
    return {
      version: 4,
      checksumBytes: 8,
      checksum: (dataAndKey) => {
        const checksum = Buffer.alloc(8);
        checksum.writeUInt32BE(crc32(dataAndKey) as number, 0);
        return checksum;
      },
    };
  }
  return { version: 2, checksumBytes: 32, checksum: (dataAndKey) => sha256(dataAndKey, "buffer") };
}

/**
 * The checksum at the start of each cache file: the CRC-32 or SHA-256 (`format`) of the cached data
 * after it, followed by the bundle's key (`key` in loadBundle), which is written at `dataLength` in
 * `room` (whose first bytes are the data, with room for the key after them). A file that was cut short,
 * garbled, or made for another bundle (or by a lac that wrote the checksum of the data alone) fails it.
 */
function checksum(format: CacheFormat, room: Buffer, dataLength: number, key: string): Buffer {
  const keyLength = room.write(key, dataLength, "latin1");
  return format.checksum(room.subarray(0, dataLength + keyLength));
}

/**
 * The build (scripts/hash-bundle.mjs) ends each bundle lac loads through this cache with a comment that
 * gives the SHA-256 of the bundle before it and that part's length in UTF-16 code units:
 * `\n// lac-content-hash <64 hexadecimal digits> <length>\n`. It is read from the source, which lac reads
 * anyway: a file of its own beside each bundle (`<bundle>.sha256`, before) took lac init about 0.3 ms to
 * read for its three bundles.
 */
const HASH_TRAILER = "\n// lac-content-hash ";
const HASH_TRAILER_MAX = HASH_TRAILER.length + 64 + 1 + 16 + 1;
const HASH_TRAILER_REST = /^([0-9a-f]{64}) ([0-9]{1,16})\n?$/;

/** The hash the build wrote at the end of the source `wrapped.slice(start, end)`, when it fits the source. */
function builtHash(wrapped: string, start: number, end: number): string | undefined {
  const from = Math.max(start, end - HASH_TRAILER_MAX);
  const at = wrapped.slice(from, end).lastIndexOf(HASH_TRAILER);
  if (at === -1) return undefined;
  const match = HASH_TRAILER_REST.exec(wrapped.slice(from + at + HASH_TRAILER.length, end));
  return match !== null && Number(match[2]) === from + at - start ? match[1] : undefined;
}

/** A short, file-name-safe digest of a short text, without node:crypto. */
function sha256Short(text: string): string {
  // FNV-1a, twice with different offsets: enough to tell builds apart in a file name.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}

/**
 * One buffer for every bundle and cache file lac reads, each read over the last once it is done with (V8
 * copies what it keeps of a source or a code cache), shared by lac.cjs and the bundles it loads, which
 * have copies of this module of their own. A new buffer this size is memory the system has not handed
 * out yet, which costs more to touch the first time than to read into (about 13 µs each 4 KiB page on
 * a virtual machine): init reads 1.4 MB of bundles and caches. A page of it is only used when a file
 * reaches it.
 */
const SCRATCH = Symbol.for("lac.compiledCodeCache.readBuffer");
const SCRATCH_BYTES = 2 * 1024 * 1024;

function scratchOf(size: number): Buffer {
  const shared = globalThis as Record<symbol, Buffer | undefined>;
  const buffer = shared[SCRATCH];
  if (buffer !== undefined && buffer.length >= size) return buffer;
  return (shared[SCRATCH] = Buffer.allocUnsafeSlow(Math.max(size, SCRATCH_BYTES)));
}

/**
 * The scratch buffer, given away: the next read makes a new one, so what the caller keeps in it is never
 * read over. Undefined when nothing has been read yet. For `lac init`, which reads no more of its own
 * code once the pack is rendered (and no pack file of a folder it makes): the documents' bytes are
 * encoded into the pages its bundles and code caches were read into, instead of into new memory
 * (renderPack's `utf8Buffer`; 100 pages and more for the example council, about 13 µs each on the
 * virtual machines lac is measured on).
 */
export function lendReadBuffer(): Uint8Array | undefined {
  const shared = globalThis as Record<symbol, Buffer | undefined>;
  const buffer = shared[SCRATCH];
  shared[SCRATCH] = undefined;
  return buffer === undefined ? undefined : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

/**
 * Reads the open file `fd` into the scratch buffer at `offset`, leaving `room` bytes free after it, as
 * readFileSync reads a file: `size` bytes (its size as `fstat` told it), or, for a size of 0 (a file of
 * /proc, say), up to its end. Returns the buffer (which may be a new one, with the first `offset` bytes
 * copied over) and how many bytes were read. The bytes are good until the next read into the buffer:
 * lac's bundles, their code caches and the pack files it hashes (`plan-pack-write.ts`) are all read
 * into it, so that each read reuses pages lac has touched already. Throws as readSync would.
 */
export function readIntoScratch(
  fd: number,
  size: number,
  offset = 0,
  room = 0,
): { buffer: Buffer; length: number } {
  let buffer = scratchOf(offset + size + room);
  let length = 0;
  for (;;) {
    if (offset + length + room === buffer.length) {
      // A file of unknown size, longer than the buffer: make room.
      const bigger = scratchOf(buffer.length * 2);
      buffer.copy(bigger, 0, 0, offset + length);
      buffer = bigger;
    }
    const end = size > 0 ? offset + size : buffer.length - room;
    const read = readSync(fd, buffer, offset + length, end - offset - length, null);
    length += read;
    if (read === 0 || (size > 0 && length >= size)) return { buffer, length };
  }
}

/** {@link readIntoScratch} of the file at `path`, all of it. Throws as readFileSync would. */
function readFileIntoScratch(path: string, offset: number, room: number): { buffer: Buffer; length: number } {
  const fd = openSync(path, "r");
  try {
    return readIntoScratch(fd, fstatSync(fd).size, offset, room);
  } finally {
    closeSync(fd);
  }
}

/**
 * The source of a bundle, wrapped as Node.js wraps a CommonJS module, read into one string: V8 would
 * otherwise copy the bundle once more to join the wrapper's two halves to it before compiling.
 */
function readWrappedSource(file: string): { wrapped: string; start: number; end: number } {
  const probe = wrapModuleSource("\u0000");
  const at = probe.indexOf("\u0000");
  const head = probe.slice(0, at);
  const tail = probe.slice(at + 1);
  const headBytes = Buffer.byteLength(head);
  const tailBytes = Buffer.byteLength(tail);
  const { buffer, length } = readFileIntoScratch(file, headBytes, tailBytes);
  buffer.write(head, 0, headBytes);
  buffer.write(tail, headBytes + length, tailBytes);
  const wrapped = buffer.toString("utf8", 0, headBytes + length + tailBytes);
  return { wrapped, start: head.length, end: wrapped.length - tail.length };
}

/**
 * The cached data of a cache file, in the scratch buffer (good until the next file is read), or undefined
 * when there is none or it is damaged: each file starts with a checksum of what follows (`checksum`),
 * since V8 does not reliably refuse data that is not its own.
 */
function readCacheFile(path: string, key: string, format: CacheFormat): Buffer | undefined {
  const bytes = format.checksumBytes;
  try {
    const { buffer, length } = readFileIntoScratch(path, 0, key.length);
    if (length <= bytes) return undefined;
    const expected = checksum(format, buffer.subarray(bytes), length - bytes, key);
    return expected.equals(buffer.subarray(0, bytes)) ? buffer.subarray(bytes, length) : undefined;
  } catch {
    return undefined;
  }
}

/** node:vm, loaded when a bundle is (not for --version or --help). */
function nodeVm(): typeof NodeVm {
  return nodeBuiltin<typeof NodeVm>("node:vm");
}

/**
 * Requires a CommonJS bundle, through a V8 code cache when there is a place for one. `label` names
 * the cache entry (lac uses the command's name), so that each command's compiled code is kept.
 */
export function loadBundle<T>(file: string, label: string, env: NodeJS.ProcessEnv): LoadedBundle<T> {
  const localRequire = createRequire(file);
  const folder = cacheFolder(env);
  if (folder === undefined) {
    return { exports: localRequire(file) as T, usedCache: false, saveCache: () => undefined };
  }

  const { wrapped, start, end } = readWrappedSource(file);
  // V8 checks little more than the source's length: the content hash keeps a changed bundle from
  // ever running with another bundle's compiled code. The build writes it at the end of the bundle; it
  // is checked against the length of what comes before it, and computed here when it is missing or does
  // not fit.
  const contentHash = builtHash(wrapped, start, end) ?? sha256(wrapped.slice(start, end), "hex");
  // The bundle's key: the format of the cache file (2 and 4: the checksum covers this key too; 4: it is
  // a CRC-32), the Node.js version and processor the cache is made for, and the bundle's content. The
  // cache file is named after it, and its checksum covers it. (Files of format 1, whose checksum was that
  // of the data alone, have other names: a lac of each kind, sharing a cache folder, would otherwise
  // replace the other's files.)
  const format = cacheFormat();
  const key = `\nlac-code-cache ${format.version} ${process.versions.node} ${process.arch} ${contentHash}`;
  const bundleKey = sha256Short(key);
  // V8 refuses a cache made with other flags: a run without the optimising compilers keeps its own.
  const safeLabel = `${label.replace(/[^a-z0-9-]/g, "") || "command"}${shortRunFlagsSet() ? "-interpreted" : ""}`;
  const prefix = cachePrefix(file);
  const cachePath = join(folder, `${prefix}${bundleKey}-${safeLabel}.cache`);
  // The cache of a run that stopped early holds a fraction of the code (a sixth of init's, say):
  // it is used, but the next complete run writes the whole one.
  const partialPath = join(folder, `${prefix}${bundleKey}-${safeLabel}.partial.cache`);
  let cachedData = readCacheFile(cachePath, key, format);
  const fromPartial = cachedData === undefined;
  if (fromPartial) cachedData = readCacheFile(partialPath, key, format);
  const vm = nodeVm();
  const script = withCommandFlags(
    () =>
      new vm.Script(wrapped, {
        filename: file,
        ...(cachedData ? { cachedData } : {}),
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      }),
  );
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, localRequire, module, file, dirname(file));

  const saveCache = (complete = true) => {
    if (usedCache && !(fromPartial && complete)) return;
    const target = complete ? cachePath : partialPath;
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const data = withCommandFlags(() => script.createCachedData());
      // The checksum, then the data; the key after them is only hashed.
      const bytes = format.checksumBytes;
      const contents = Buffer.allocUnsafe(bytes + data.length + key.length);
      data.copy(contents, bytes);
      checksum(format, contents.subarray(bytes), data.length, key).copy(contents, 0);
      writeFileSync(temporary, contents.subarray(0, bytes + data.length), { mode: 0o600 });
      renameSync(temporary, target);
      if (complete) rmSync(partialPath, { force: true });
      // Caches of other builds of this bundle (an older or newer lac) will not be used again.
      for (const name of readdirSync(folder)) {
        if (
          name.startsWith(prefix) &&
          name.endsWith(".cache") &&
          !name.startsWith(`${prefix}${bundleKey}-`)
        ) {
          rmSync(join(folder, name), { force: true });
        }
      }
    } catch {
      // A cache that cannot be written only makes the next run slower.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was created.
      }
    }
  };
  return { exports: module.exports, usedCache, saveCache };
}
