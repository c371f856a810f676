import type { CommandSpec, OptionSpec } from "./command-spec.js";
import { reportCommand } from "./report-command-spec.js";

const json: OptionSpec = {
  name: "json",
  type: "boolean",
  description: "Print the result as JSON, for scripts.",
};
const dryRun: OptionSpec = {
  name: "dry-run",
  type: "boolean",
  description:
    "Show what would be written to each file (create, unchanged, modify, conflict); write nothing.",
};
const force: OptionSpec = {
  name: "force",
  type: "boolean",
  description:
    "Overwrite files that were edited by hand or not written by lac. Without it, lac writes nothing when there is a conflict.",
};

const conflicts: OptionSpec = {
  name: "conflicts",
  type: "string",
  value: "<refuse|markers>",
  description:
    "What to do when your edits and the new render change the same lines: refuse (the default: write nothing and list the conflicts) or markers (write both sides between git-style conflict markers).",
};
const diff: OptionSpec = {
  name: "diff",
  type: "boolean",
  description: "Show a unified diff of each file that changes.",
};

/** Every command of lac, in the order help lists them: data only, so that help costs nothing to load. */
export const commands: readonly CommandSpec[] = [
  {
    name: "init",
    summary: "Ask the questions, write lac.config.yaml and render the implementation pack.",
    description:
      "Asks for the council's configuration (or takes it from --answers, --set and --yes), validates every answer with the same rules as lac.config.yaml, writes lac.config.yaml and renders the implementation pack into the folder. Without a terminal, or with CI set, it never asks: it lists every missing or invalid answer and exits with 1.",
    positionals: [{ name: "dir", description: "Folder for the pack (default: the current folder)." }],
    options: [
      {
        name: "answers",
        type: "string",
        value: "<file.yaml>",
        description: "A full or partial configuration to answer from.",
      },
      {
        name: "set",
        type: "string",
        multiple: true,
        value: "<path>=<value>",
        description:
          "Answer one question, e.g. --set council.population=250000 or --set 'neighbourhoods[0].name=Northgate'. Repeatable; wins over --answers.",
      },
      {
        name: "yes",
        short: "y",
        type: "boolean",
        description: "Accept the default for every question not answered.",
      },
      dryRun,
      force,
      json,
    ],
    examples: [
      "lac init",
      "lac init my-pack --answers council.yaml",
      "lac init --answers council.yaml --set programme.startDate=2027-04-01 --yes",
      "lac init --answers council.yaml --dry-run",
    ],
  },
  {
    name: "generate",
    summary: "Render the pack again from an edited lac.config.yaml.",
    description:
      "Reads lac.config.yaml in the folder, validates it and renders the pack again. Files unchanged since lac wrote them are updated; in files edited by hand, lac merges the new render with your edits (three ways, from what it last wrote). Edits and changes to the same lines are conflicts: nothing is written unless --conflicts=markers or --force.",
    positionals: [
      { name: "dir", description: "Folder holding lac.config.yaml (default: the current folder)." },
    ],
    options: [dryRun, diff, conflicts, force, json],
    examples: ["lac generate", "lac generate my-pack --dry-run --diff"],
  },
  {
    name: "update",
    summary: "Take a new release of the templates into the pack, keeping your edits.",
    description:
      "Renders the pack with the templates of this lac and the current lac.config.yaml, and merges each file three ways: what lac last wrote, the file as you left it, and the new render. A change on one side is taken; the same change on both sides is taken once; changes to the same lines are conflicts, and then nothing is written (listed with their lines) unless --conflicts=markers. New files are created; files no longer in the pack are listed, never deleted. Prints what changed between the two releases of the templates.",
    positionals: [
      { name: "dir", description: "Folder holding lac.config.yaml (default: the current folder)." },
    ],
    options: [dryRun, diff, conflicts, force, json],
    examples: ["lac update --dry-run --diff", "lac update", "lac update my-pack --conflicts=markers"],
  },
  {
    name: "validate",
    summary: "Check a configuration file and list its errors and warnings.",
    description:
      "Checks a configuration file against the rules of lac.config.yaml. Prints each error and warning as file:line:column. Exits with 0 when the file is valid (warnings allowed) and 1 when it is not.",
    positionals: [
      {
        name: "file",
        description: "The configuration file (default: lac.config.yaml); - reads it from standard input.",
      },
    ],
    options: [json],
    examples: ["lac validate", "lac validate council.yaml --json", "cat council.yaml | lac validate -"],
  },
  {
    name: "principles",
    summary: "List the ten principles of Local Area Coordination.",
    description: "Prints the ten principles in the Network's order, with what each means.",
    positionals: [],
    options: [json],
    examples: ["lac principles", "lac principles --json"],
  },
  {
    name: "consent",
    summary: "Print a receipt for the person from a consent record (lac consent receipt <record.json>).",
    description:
      "lac consent receipt <record.json> prints a short receipt of an agreement or a withdrawal for the coordinator to give or read to the person: who will get what, why, until when, and how to change their mind. The file holds one record as JSON, or a list of the person's records whose last one gets the receipt. Errors say where the JSON or the record is wrong.",
    positionals: [
      { name: "action", description: "receipt: print a receipt for the person." },
      {
        name: "record.json",
        description: "A JSON file: one agreement or withdrawal record, or a list ending with one.",
      },
    ],
    options: [
      { name: "easy-read", type: "boolean", description: "Print the Easy Read version." },
      {
        name: "organisation",
        type: "string",
        value: "<name>",
        description: 'The organisation keeping the record, e.g. "Example Borough Council" (default: "we").',
      },
      {
        name: "contact",
        type: "string",
        value: "<text>",
        description: 'How to change your mind (default: "Tell your Local Area Coordinator.").',
      },
      {
        name: "language",
        type: "string",
        value: "<cy|en|bilingual>",
        description:
          "The receipt's language (default: the language the person chose for correspondence, recorded on the agreement; else English).",
      },
      {
        name: "organisation-cy",
        type: "string",
        value: "<name>",
        description: "The organisation's name in Welsh, for a receipt in Welsh (needed with --organisation).",
      },
      {
        name: "contact-cy",
        type: "string",
        value: "<text>",
        description: "How to change your mind, in Welsh, for a receipt in Welsh (needed with --contact).",
      },
      json,
    ],
    examples: [
      "lac consent receipt agreement.json",
      "lac consent receipt agreement.json --easy-read --organisation 'Example Borough Council'",
      "lac consent receipt person-log.json --json",
      "lac consent receipt agreement.json --language cy --organisation-cy 'Cyngor Bwrdeistref Enghraifft'",
    ],
  },
  reportCommand,
  {
    name: "templates",
    summary: "List the bundled templates and their data; copy one to make the council's own.",
    usage: ["templates list [dir]", "templates show <name> [dir]", "templates copy <name> [dir]"],
    description: [
      "list shows the bundled document templates, each with where its document is written and its title, the partials, and the data a template can use. Run in a pack, it shows the pack's values and titles, which documents the pack leaves out and why, and the council's own templates and added documents, checked as lac generate checks them: a broken one is marked ✗ with its problem (file:line:col) and everything else is still listed, and lac exits with 1.",
      "show <name> prints a template: the council's file when the pack has one by that name (its own, or its copy of a bundled one; stderr says which file, and any problem with it, and then lac exits with 1), the bundled one otherwise or with --bundled.",
      "copy <name> copies a bundled template into the council's templates folder (templates: in lac.config.yaml; templates/ if it names none), where it replaces the bundled one the next time lac renders the pack (lac generate). A council's templates can use only the bundled helpers.",
      "Outside a pack (no lac.config.yaml), each action uses the bundled templates. In a folder whose lac.config.yaml is not valid, each says where it is wrong (file:line:col) and exits with 1, as lac generate does. With --json, each file is relative to the pack folder.",
    ].join("\n\n"),
    positionals: [
      { name: "action", description: "list, show or copy." },
      {
        name: "name",
        description:
          "show, copy: a template or partial as lac templates list names it (implementation-plan, roles/team-manager, partials/draft-notice, with or without .hbs) or a document's id (dpia).",
      },
      { name: "dir", description: "The pack folder (default: the current folder)." },
    ],
    options: [
      {
        name: "force",
        type: "boolean",
        description: "copy: replace the council's copy if there is one (its changes are lost).",
      },
      {
        name: "bundled",
        type: "boolean",
        description:
          "show: print the bundled template even where the council has its own copy (to compare after an update).",
      },
      json,
    ],
    examples: [
      "lac templates list",
      "lac templates show partials/draft-notice",
      "lac templates show --bundled implementation-plan",
      "lac templates copy implementation-plan",
      "lac templates list my-pack --json",
    ],
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of lac.config.yaml.",
    description:
      "Prints the JSON Schema of lac.config.yaml, for editors and other tools. lac init also writes it to .lac/lac.config.schema.json.",
    positionals: [],
    options: [],
    examples: ["lac schema > lac.config.schema.json"],
  },
];
