import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACK_STATE_VERSION, serialisePackState } from "@lac/pack-files";
import * as z from "zod";
import { contentHashSchema } from "./content-hash.js";
import { LAC_STATE_PATH, checkPackPath } from "./pack-path.js";

/**
 * The state file: lac's record of what it last wrote into a target folder, so that it can tell a file it
 * wrote (and may update) from a file a person has edited (which it must not touch).
 */
export { LAC_STATE_PATH };

/** The only state file layout this lac reads and writes. */
export const LAC_STATE_VERSION = PACK_STATE_VERSION;

const packPathKeySchema = z.string().superRefine((value, context) => {
  const problem = checkPackPath(value);
  if (problem !== undefined) context.addIssue({ code: "custom", message: problem.message });
});

const nonEmptyText = (example: string) =>
  z
    .string({ error: `must be text, such as "${example}"` })
    .min(1, { error: `must not be empty, such as "${example}"` });

export const lacStateSchema = z.object(
  {
    stateVersion: z.literal(LAC_STATE_VERSION, { error: `must be ${LAC_STATE_VERSION}` }),
    lac: z.object({ version: nonEmptyText("1.0.0") }, { error: "must be an object with a version" }),
    templates: z.object(
      {
        name: nonEmptyText("@lac/templates"),
        version: nonEmptyText("1.0.0"),
        /**
         * The hash of each bundled template's and partial's source when the pack was written: lac update
         * tells from it which templates the council overrides changed in the new release.
         */
        sources: z.record(z.string(), contentHashSchema).optional(),
      },
      { error: "must be an object with a name and a version" },
    ),
    /** The council configuration the pack was rendered from. */
    answers: z.unknown(),
    /** Pack path → hash of the content lac wrote there. */
    files: z.record(packPathKeySchema, contentHashSchema, {
      error: 'must be an object that maps each file path to its hash, such as { "plan.md": "sha256-…" }',
    }),
  },
  { error: "must be a JSON object with stateVersion, lac, templates, answers and files" },
);

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

  const parsed = lacStateSchema.safeParse(input);
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

/** The text lac writes to `.lac/state.json`: indented JSON with the files sorted, so diffs stay small. */
export function serialiseLacState(state: LacState): string {
  return serialisePackState(state);
}
