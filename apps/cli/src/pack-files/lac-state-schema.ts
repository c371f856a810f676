// zod's schema of the state file, loaded (with `import()`) only to explain a state file that the quick
// check (lac-state-check.ts) refuses: a valid state file is read without zod.
import "../zod-jitless.js";
import { PACK_STATE_VERSION, READABLE_PACK_STATE_VERSIONS } from "@lac/pack-files";
import * as z from "zod";
import { contentHashSchema } from "./content-hash-schema.js";
import { checkPackPath } from "./pack-path.js";

const LAC_STATE_VERSION = PACK_STATE_VERSION;

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
    // 1: a pack whose bases are copies under .lac/base/, written before .lac/bases.
    stateVersion: z.literal(READABLE_PACK_STATE_VERSIONS as [number, ...number[]], {
      error: `must be ${LAC_STATE_VERSION} (or 1, for a pack written before .lac/bases)`,
    }),
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
    /**
     * Word or HTML file's path → hash of what it was made from (derived-source.ts). Only a way to make
     * fewer files again: one that is not such a record (edited by hand, say) is read as none, and every
     * Word and HTML file is made again, rather than stopping the run.
     */
    derived: z.record(packPathKeySchema, contentHashSchema).optional().catch(undefined),
  },
  { error: "must be a JSON object with stateVersion, lac, templates, answers and files" },
);
