// Loads lac's command bundle with a V8 code cache, so that a second run of lac does not parse and
// compile the same code again: on Node.js 20 this saves about a fifth of a command's time. (Node.js
// 22.1 and later have their own compile cache, which bin.ts turns on instead.)
//
// The cache is one file per lac version and Node.js version, in the user's cache folder
// ($LAC_CACHE_DIR, or $XDG_CACHE_HOME/lac, or ~/.cache/lac), written after the command has run so
// that it holds the functions the command compiled. LAC_NO_COMPILE_CACHE=1 turns it off. Any
// problem with the cache is ignored: lac then loads the bundle as usual.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import nodeModule from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script, constants as vmConstants } from "node:vm";

export interface LoadedBundle<T> {
  readonly exports: T;
  /** Writes the code cache if it was missing or out of date; call it after the command has run. */
  readonly saveCache: () => void;
}

function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.LAC_NO_COMPILE_CACHE === "1") return undefined;
  if (env.LAC_CACHE_DIR) return env.LAC_CACHE_DIR;
  try {
    return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "lac");
  } catch {
    return undefined;
  }
}

/** Requires a CommonJS bundle, through a V8 code cache when there is a place for one. */
export function loadBundle<T>(file: string, version: string, env: NodeJS.ProcessEnv): LoadedBundle<T> {
  const localRequire = nodeModule.createRequire(file);
  const folder = cacheFolder(env);
  if (folder === undefined) return { exports: localRequire(file) as T, saveCache: () => undefined };

  const source = readFileSync(file, "utf8");
  const { size, mtimeMs } = statSync(file);
  // The bundle's size and time are part of the name: V8 itself checks little more than the length.
  const cachePath = join(
    folder,
    `${version}-node${process.versions.node}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.cache`,
  );
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(nodeModule.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, localRequire, module, file, dirname(file));

  const saveCache = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const temporary = `${cachePath}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, cachePath);
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  };
  return { exports: module.exports, saveCache };
}
