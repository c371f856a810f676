import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACK_STATE_VERSION, serialisePackState } from "@lac/pack-files";
import type * as z from "zod";
import { quickLacState } from "./lac-state-check.js";
import { loadLacStateSchema } from "./lac-state-schema-loader.js";
import type { lacStateSchema } from "./lac-state-schema.js";
import { LAC_STATE_PATH } from "./pack-path.js";

/**
 * The state file: lac's record of what it last wrote into a target folder, so that it can tell a file it
 * wrote (and may update) from a file a person has edited (which it must not touch).
 */
export { LAC_STATE_PATH };

/** The only state file layout this lac reads and writes. */
export const LAC_STATE_VERSION = PACK_STATE_VERSION;

export type LacState = z.infer<typeof lacStateSchema>;

export type LacStateErrorCode = "invalid-state" | "unsupported-state-version" | "unreadable-state";

export interface LacStateError {
  readonly code: LacStateErrorCode;
  readonly message: string;
  /** The state file, relative to the target folder. */
  readonly path: string;
  /** The key inside the state file that is wrong, when one is, such as `lac.version` or `files["plan.md"]`. */
  readonly key?: string;
}

export type ReadLacStateResult =
  | { readonly ok: true; readonly state: LacState | undefined }
  | { readonly ok: false; readonly error: LacStateError };

const HOW_TO_FIX =
  `To fix it, restore ${LAC_STATE_PATH} from a backup or version control. ` +
  `Or delete it and run lac again with --force: lac will then treat every file it generates as its own ` +
  `and overwrite them, including any you edited.`;

function damaged(detail: string, key?: string): ReadLacStateResult {
  const message =
    `The state file ${LAC_STATE_PATH} is damaged: ${detail}. ` +
    `lac uses this file to know which files it wrote and whether anyone has edited them since. ${HOW_TO_FIX}`;
  return {
    ok: false,
    error: { code: "invalid-state", message, path: LAC_STATE_PATH, ...(key ? { key } : {}) },
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["files", "a/b.md"]` → `files["a/b.md"]`; `["lac", "version"]` → `lac.version`. */
function formatKey(path: readonly PropertyKey[]): string {
  let key = "";
  for (const segment of path) {
    if (typeof segment === "number") key += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment))
      key += key === "" ? segment : `.${segment}`;
    else key += `[${JSON.stringify(String(segment))}]`;
  }
  return key === "" ? "(the whole file)" : key;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0]?.message ?? issue.message;
    return `the file path is not safe: ${inner}`;
  }
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) return "is missing";
  return issue.message;
}

/**
 * Reads `.lac/state.json` from `targetDir`.
 *
 * No file (a folder lac has never written to) gives `{ ok: true, state: undefined }`. A file that is not
 * JSON, or not the expected shape, gives an `invalid-state` error naming the wrong key and how to fix it.
 */
export async function readLacState(targetDir: string): Promise<ReadLacStateResult> {
  let text: string;
  try {
    text = readFileSync(join(targetDir, LAC_STATE_PATH), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: true, state: undefined };
    if (code === "EISDIR") return damaged("it is a folder, not a file");
    return {
      ok: false,
      error: {
        code: "unreadable-state",
        message:
          `lac could not read its state file ${LAC_STATE_PATH} (${code ?? String(error)}). ` +
          `Check that you may read the files in the target folder, then run lac again.`,
        path: LAC_STATE_PATH,
      },
    };
  }

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return damaged(`it is not valid JSON (${(error as Error).message})`);
  }

  const version = valueAt(input, ["stateVersion"]);
  if (typeof version === "number" && version > LAC_STATE_VERSION) {
    return {
      ok: false,
      error: {
        code: "unsupported-state-version",
        message:
          `The state file ${LAC_STATE_PATH} has stateVersion ${version}, so a newer lac wrote it; ` +
          `this lac only understands stateVersion ${LAC_STATE_VERSION}. Upgrade lac and run it again.`,
        path: LAC_STATE_PATH,
        key: "stateVersion",
      },
    };
  }

  const parsed = await safeParseLacState(input);
  if (parsed.success) return { ok: true, state: parsed.data };
  const issues = parsed.error.issues;
  const first = issues[0];
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${formatKey(issue.path)} ${describeIssue(input, issue)}`)
    .join("; ");
  const extra = issues.length - 3;
  const more = extra > 0 ? ` (and ${extra} more ${extra === 1 ? "problem" : "problems"})` : "";
  return damaged(`${detail}${more}`, first ? formatKey(first.path) : undefined);
}

/**
 * Checks state file data as zod's schema of it does (lac-state-schema.ts), with the same result: a
 * valid state is told without zod (lac-state-check.ts), and zod is loaded only to explain a problem.
 */
export async function safeParseLacState(
  input: unknown,
): Promise<
  | { readonly success: true; readonly data: LacState }
  | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } }
> {
  const quick = quickLacState(input);
  if (quick !== undefined) return { success: true, data: quick };
  const { lacStateSchema } = await loadLacStateSchema();
  return lacStateSchema.safeParse(input);
}

/** The text lac writes to `.lac/state.json`: indented JSON with the files sorted, so diffs stay small. */
export function serialiseLacState(state: LacState): string {
  return serialisePackState(state);
}
