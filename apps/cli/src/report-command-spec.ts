import type { CommandSpec } from "./command-spec.js";

/** `lac report`, as data (help and argument parsing): kept beside command-table.ts, which lists it. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "Write the evaluation report (Markdown, Word, HTML, with charts) from journey event logs.",
  description:
    'Reads journey events exported from a case-note system, as JSON Lines (one event per line with its journey id) or CSV with the columns of docs/report-template.csv, checks every line, and writes the evaluation report for the leadership group, scrutiny and the evaluation partner into reports/ of the pack folder: Markdown, Word and HTML, with charts. No person reference appears in it; counts under the threshold are shown as "fewer than 5", others are withheld so that they cannot be worked out from totals, and small neighbourhoods are merged. If any line is refused, nothing is written (unless --skip-invalid). A file edited since lac wrote it is not overwritten without --force.',
  positionals: [{ name: "events", description: "The events file: .jsonl (JSON Lines) or .csv." }],
  options: [
    {
      name: "period",
      type: "string",
      value: "<2026-27>",
      description: "A financial year (1 April to 31 March), e.g. 2026-27.",
    },
    {
      name: "from",
      type: "string",
      value: "<YYYY-MM-DD>",
      description: "The first day of the period (with --to).",
    },
    {
      name: "to",
      type: "string",
      value: "<YYYY-MM-DD>",
      description: "The last day of the period (with --from).",
    },
    {
      name: "by",
      type: "string",
      value: "<neighbourhood|coordinator>",
      description: "Break the counts down by neighbourhood (the default) or by coordinator.",
    },
    {
      name: "out",
      type: "string",
      value: "<dir>",
      description: "The pack folder; the report goes into its reports/ folder (default: the current folder).",
    },
    {
      name: "threshold",
      type: "string",
      value: "<n>",
      description:
        'The smallest count shown (default 5): counts from 1 to n-1 read "fewer than n". Agree it with your information governance lead.',
    },
    {
      name: "format",
      type: "string",
      value: "<jsonl|csv>",
      description: "The events file's format (default: from its extension, .csv or else JSON Lines).",
    },
    {
      name: "skip-invalid",
      type: "boolean",
      description:
        "Write the report from the valid journeys when some lines are refused (the report says how many).",
    },
    {
      name: "example",
      type: "boolean",
      description:
        "Report on a synthetic, seeded, fictional population instead of a file, to see what a report looks like.",
    },
    {
      name: "force",
      type: "boolean",
      description: "Overwrite report files edited by hand or not written by lac.",
    },
  ],
  examples: [
    "lac report --example",
    "lac report events.jsonl --period 2026-27",
    "lac report export.csv --from 2026-04-01 --to 2026-06-30 --by coordinator --out my-pack",
  ],
};
