// What lac uses of node:module: createRequire and wrap, which are Node's class of CommonJS modules'
// own (node:module exports that class), and the compile cache of Node.js 22.1 and later
// (enableCompileCache, flushCompileCache), which only node:module adds. Loading node:module loads
// Node's ES module loader and source maps too: 0.6-0.7 ms of each run, on Node.js 20 and 24. So
// lac takes the class from its bundle's `module`, and loads node:module only where it has a compile
// cache to offer, and a bundle to use it for.
import type NodeModule from "node:module";

type ModuleApi = typeof NodeModule;

/** The class, shared by lac.cjs and the bundles it loads (each has a copy of this module). */
const SHARED = Symbol.for("lac.nodeModule.class");

/** Node's class of CommonJS modules (node:module's export), without loading node:module. */
function moduleClass(): ModuleApi {
  const shared = globalThis as Record<symbol, ModuleApi | undefined>;
  const found = shared[SHARED];
  if (found !== undefined) return found;
  // In lac.cjs, which Node.js loads as a CommonJS module, `module` is an instance of that class (the
  // bundles lac.cjs loads through its code cache get a module object of their own, a plain one; a test
  // runner's modules may have none).
  const own =
    typeof module === "object" && module !== null ? (module.constructor as Partial<ModuleApi>) : undefined;
  const moduleApi =
    typeof own?.createRequire === "function" && typeof own.wrap === "function"
      ? (own as ModuleApi)
      : process.getBuiltinModule("node:module");
  return (shared[SHARED] = moduleApi);
}

/** node:module's createRequire. */
export function createRequire(path: string): NodeJS.Require {
  return moduleClass().createRequire(path);
}

/**
 * One of Node's own modules (`"node:vm"`, `"node:os"`, …), loaded when first asked for: lac loads
 * those Node.js does not load itself only where a run needs them. One require function serves them
 * all (Node keeps each module loaded); making one builds a module object and its search paths.
 */
export function nodeBuiltin<T>(name: `node:${string}`): T {
  builtinRequire ??= createRequire(__filename);
  return builtinRequire(name) as T;
}
let builtinRequire: NodeJS.Require | undefined;

/** node:module's wrap: a CommonJS module's source as Node.js wraps it before compiling it. */
export function wrapModuleSource(source: string): string {
  return (moduleClass() as ModuleApi & { wrap: (source: string) => string }).wrap(source);
}

/** Node's compile cache: enableCompileCache and flushCompileCache of Node.js 22.1 and later, or nothing. */
export function compileCache(): {
  readonly enableCompileCache?: (folder?: string) => unknown;
  readonly flushCompileCache?: () => void;
} {
  if (Number(process.versions.node.split(".")[0]) < 22) return {};
  return nodeBuiltin<ReturnType<typeof compileCache>>("node:module");
}

/**
 * Where Node's compile cache is to go (bin.ts), and whether a bundle has turned it on: shared by
 * lac.cjs and the bundles it loads, which have copies of this module of their own.
 */
const COMPILE_CACHE_FOLDER = Symbol.for("lac.nodeModule.compileCacheFolder");
const COMPILE_CACHE_ON = Symbol.for("lac.nodeModule.compileCacheOn");

/**
 * Sets the folder for Node's compile cache (Node.js 22.1 and later), which is turned on only when
 * {@link requireBundle} first loads a bundle through Node's loader: the prompts, the Word and HTML
 * writers, the three-way merge, …. lac init and lac generate with Markdown only load none of them
 * (their bundles go through lac's own code cache), so they no longer load node:module for it (about
 * 0.6 ms, and 0.1–0.3 ms more to turn the cache on, of a lac init on Node.js 24).
 */
export function setCompileCacheFolder(folder: string | undefined): void {
  (globalThis as Record<symbol, unknown>)[COMPILE_CACHE_FOLDER] = folder;
}

/**
 * Loads one of lac's bundles (a file beside the commands) with Node's CommonJS loader, with Node's
 * compile cache on where there is one and a folder was set for it.
 */
export function requireBundle(file: string): unknown {
  const shared = globalThis as Record<symbol, unknown>;
  if (shared[COMPILE_CACHE_ON] === undefined) {
    shared[COMPILE_CACHE_ON] = false;
    const folder = shared[COMPILE_CACHE_FOLDER];
    if (typeof folder === "string") {
      const { enableCompileCache } = compileCache();
      if (enableCompileCache !== undefined) {
        enableCompileCache(folder);
        shared[COMPILE_CACHE_ON] = true;
      }
    }
  }
  return createRequire(file)(file);
}

/** Writes what Node's compile cache holds, when a bundle turned it on (before lac exits). */
export function flushCompileCache(): void {
  if ((globalThis as Record<symbol, unknown>)[COMPILE_CACHE_ON] === true) {
    compileCache().flushCompileCache?.();
  }
}

/** Whether Node's compile cache has been turned on in this process (for tests). */
export function compileCacheOn(): boolean {
  return (globalThis as Record<symbol, unknown>)[COMPILE_CACHE_ON] === true;
}
