import "../zod-jitless.js";
import { existsSync, lstatSync, mkdirSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { shownPath } from "../shown-path.js";
import { didYouMean, parseCouncilConfig, templatesFolderProblem } from "@lac/council";
import type { CouncilConfig, CouncilConfigResult } from "@lac/council";
import type { TemplateSet } from "@lac/documents";
import { describePackDataResult, manifestSchema, titlePaths, unescapeMarkdownText } from "@lac/documents";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { writeFileAtomic } from "../pack-files/write-file-atomic.js";
import { notAFolder } from "../pack-folder.js";
import { CONFIG_FILE } from "../pack-output.js";
import { installedTemplateSources, installedTemplates } from "../pack-merge/installed-templates.js";
import { readTextFile } from "../read-text-file.js";
import { problemLines, problemsJson } from "../report-problems.js";
import { createStyle } from "../style.js";
import { closestNames } from "../template-overrides/closest-names.js";
import { councilTemplateSet, overrideProblemPlace } from "../template-overrides/council-template-set.js";
import type { CouncilTemplateSetResult } from "../template-overrides/council-template-set.js";
import { listedTemplates, type ListedTemplate } from "../template-overrides/listed-templates.js";
import { notInPackText } from "../template-overrides/not-in-pack-text.js";
import type { OverrideProblem } from "../template-overrides/read-template-overrides.js";
import {
  OVERRIDE_MANIFEST,
  isWithin,
  readTemplateOverrides,
} from "../template-overrides/read-template-overrides.js";
import { shownTemplate } from "../template-overrides/shown-template.js";
import type { NamedDocument, TemplateNames } from "../template-overrides/uncompiled-template-set.js";
import { uncompiledTemplateSet } from "../template-overrides/uncompiled-template-set.js";

/** Where lac templates copy puts a council's templates when lac.config.yaml names no folder. */
export const DEFAULT_TEMPLATES_FOLDER = "templates";

type PackConfigResult =
  | { readonly ok: true; readonly config: CouncilConfig | undefined }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: false; readonly parsed: Extract<CouncilConfigResult, { ok: false }> };

/**
 * The pack's configuration: none outside a pack (no lac.config.yaml), a problem when the file cannot
 * be read or is not valid, as lac generate reads it.
 */
async function packConfig(packDir: string, shownConfig: string): Promise<PackConfigResult> {
  const path = join(packDir, CONFIG_FILE);
  try {
    lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, config: undefined };
  }
  const read = await readTextFile(path, shownConfig, "");
  if (!read.ok) return read;
  const parsed = parseCouncilConfig(read.text, { fileName: shownConfig });
  return parsed.ok ? { ok: true, config: parsed.config } : { ok: false, parsed };
}

export async function run({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  const json = options.json === true;
  const style = createStyle(io.color && !json);
  const [action, second, third] = positionals;
  // Where it stopped, in --json: a usage error (exit 2), the templates folder lac.config.yaml names, a
  // template it cannot find, or a copy it refuses.
  const fail = (
    message: string,
    stage: "usage" | "config" | "templates" | "write",
    more: Readonly<Record<string, unknown>> = {},
  ): ExitCode => {
    if (json)
      io.stdout.write(`${JSON.stringify({ ok: false, stage, errors: [{ message }], ...more }, null, 2)}\n`);
    else io.stderr.write(`${style.red("error")} ${message}\n`);
    return stage === "usage" ? ExitCode.usage : ExitCode.failed;
  };
  if (action !== "list" && action !== "show" && action !== "copy") {
    const guess = action === undefined ? undefined : didYouMean(action, ["list", "show", "copy"]);
    return fail(
      action === undefined
        ? "lac templates needs an action: list, show <name> or copy <name>. Run lac templates --help."
        : `unknown action "${action}" for lac templates${guess ? ` (did you mean "${guess}"?)` : ""}: use list, show <name> or copy <name>.`,
      "usage",
    );
  }
  if (action === "list" && third !== undefined)
    return fail(
      `lac templates list takes at most one argument, the pack folder, but got also: ${positionals.slice(2).join(" ")}. Run lac templates --help.`,
      "usage",
    );
  const givenDir = action === "list" ? second : third;
  const packDir = resolve(io.cwd, givenDir ?? ".");
  const shownDir = shownPath(io.cwd, givenDir ?? ".");
  // A pack folder that is not there is a mistake in the command (a typo), not a folder outside a pack.
  if (givenDir !== undefined) {
    const notFolder = notAFolder(packDir, shownDir);
    if (notFolder !== undefined)
      return fail(
        `${notFolder}: give the pack folder (the folder of lac.config.yaml), or leave it out to use the current folder. Run lac templates --help.`,
        "usage",
      );
  }
  const shownConfig = shownDir === "." ? CONFIG_FILE : join(shownDir, CONFIG_FILE);
  // A broken lac.config.yaml is reported, as lac generate reports it: the templates, the folder of the
  // council's own and the data all depend on it.
  const read = await packConfig(packDir, shownConfig);
  if (!read.ok) {
    const again = `then run lac templates ${action} again.`;
    if ("message" in read) {
      if (json)
        io.stdout.write(
          `${JSON.stringify({ ok: false, stage: "config", errors: [{ file: shownConfig, message: read.message }] }, null, 2)}\n`,
        );
      else io.stderr.write(`${style.red("error")} ${read.message}\nFix it, ${again}\n`);
      return ExitCode.failed;
    }
    if (json)
      io.stdout.write(
        `${JSON.stringify({ ok: false, stage: "config", errors: problemsJson(read.parsed.errors, shownConfig) }, null, 2)}\n`,
      );
    else
      io.stderr.write(
        `${problemLines([...read.parsed.errors, ...(read.parsed.warnings ?? [])], shownConfig, style)}\nFix ${shownConfig} (lac validate lists the same problems), ${again}\n`,
      );
    return ExitCode.failed;
  }
  const config = read.config;
  const installed = installedTemplates(io.env);
  const manifest = manifestSchema.parse(installed.templateSet.manifest);
  const folder = config?.templates ?? DEFAULT_TEMPLATES_FOLDER;
  const folderShown = folder.replace(/\/+$/, "");
  const ownFile = (name: string) => `${folderShown}/${name}.hbs`;

  if (action === "list") {
    // A templates folder in the pack that lac.config.yaml does not name: lac does not use it, and says so.
    const unnamedFolder =
      config !== undefined && config.templates === undefined && existsOrLink(join(packDir, folder));
    const own = ownTemplateSet(packDir, config?.templates, installed.templateSet);
    if (own.ok) {
      const { templateSet, overridden } = own;
      const documents =
        templateSet === installed.templateSet
          ? manifest.documents
          : manifestSchema.parse(templateSet.manifest).documents;
      return list(
        config,
        installed.templateSet,
        manifest.documents,
        { templateSet, documents, overridden },
        {
          json,
          io,
          style,
          folderShown,
          unnamedFolder,
        },
      );
    }
    // A broken template does not stop the list: everything is listed, by name (not compiled), each
    // broken one marked with its problems, and lac exits with 1, as lac validate does for an error.
    // When the folder cannot be read at all, the bundled templates are listed, with the problems.
    const read = readTemplateOverrides(packDir, config?.templates, ".");
    const uncompiled =
      read.ok && read.overrides !== undefined
        ? uncompiledTemplateSet(installed.templateSet, manifest.documents, read.overrides)
        : undefined;
    return list(
      config,
      installed.templateSet,
      manifest.documents,
      {
        templateSet: installed.templateSet,
        set: uncompiled?.set,
        documents: uncompiled?.documents ?? manifest.documents,
        overridden: uncompiled?.overridden ?? [],
        problems: own.problems,
        unread: uncompiled === undefined,
      },
      { json, io, style, folderShown, unnamedFolder },
    );
  }

  const bundled = [
    ...Object.keys(installed.templateSet.templates)
      .sort()
      .map((template) => `documents/${template}`),
    ...Object.keys(installed.templateSet.partials)
      .sort()
      .map((partial) => `partials/${partial}`),
  ];

  const name = second;
  if (name === undefined)
    return fail(`lac templates ${action} needs the name of a template: see lac templates list.`, "usage");
  // lac templates show prints the council's own template where it has one (as it is, then checked);
  // copy and show --bundled take the bundled one.
  const bundledOnly = action === "copy" || options.bundled === true;
  // Files relative to the pack, as lac templates list and lac generate give them.
  const own = bundledOnly ? undefined : ownTemplateSources(packDir, config?.templates);
  if (own !== undefined && !own.ok) return templatesProblems(own.problems, "show", { json, io, style });
  const shown = shownTemplate({
    bundled,
    bundledDocuments: manifest.documents,
    own: own?.sources ?? [],
    ownDocuments: own?.documents ?? [],
    given: name,
    bundledOnly,
  });
  if (!shown.ok) {
    const guesses = closestNames(name, shown.candidates);
    const guess =
      guesses.length === 0
        ? ""
        : ` (did you mean ${guesses
            .map((entry) => `"${entry}"`)
            .join(", ")
            .replace(/, ([^,]*)$/, " or $1")}?)`;
    const where =
      own?.sources.length || own?.documents.length
        ? `template or partial "${name}", bundled or in ${shownDir === "." ? "" : `${shownDir}/`}${folderShown}/`
        : `bundled template or partial "${name}"`;
    return fail(`there is no ${where}${guess}. lac templates list shows them all.`, "templates", {
      didYouMean: guesses,
    });
  }
  const entry = { name: shown.name };
  const councilSource =
    shown.origin === "council"
      ? own?.sources.find((source) => source.name === shown.name)?.source
      : undefined;
  const source = councilSource ?? installedTemplateSources(io.env)[entry.name];
  if (source === undefined)
    return fail(`the source of ${entry.name}.hbs is not installed with this lac.`, "templates");
  if (action === "show") {
    // The council's file is checked as lac generate checks it: its text is shown all the same, with its
    // problems, and lac exits with 1.
    const errors =
      shown.origin === "council" && shown.file !== undefined
        ? problemsOf(packDir, config?.templates, installed.templateSet, shown.file)
        : [];
    const ok = errors.length === 0;
    if (json)
      io.stdout.write(
        `${JSON.stringify(
          shown.origin === "council"
            ? {
                ok,
                ...(ok ? {} : { stage: "templates" }),
                name: entry.name,
                origin: "council",
                file: shown.file,
                overrides: shown.overrides,
                source,
                ...(ok ? {} : { errors }),
              }
            : { ok: true, name: entry.name, origin: "bundled", source },
          null,
          2,
        )}\n`,
      );
    else {
      if (shown.origin === "council") {
        // Named from the folder lac runs in, to open it.
        const file = shownDir === "." ? shown.file : join(shownDir, shown.file ?? "");
        io.stderr.write(
          style.dim(
            shown.overrides
              ? `${file}, the council's copy of ${entry.name} (lac templates show --bundled ${entry.name} prints the bundled one):\n`
              : `${file}, the council's own ${entry.name}:\n`,
          ),
        );
      }
      io.stdout.write(source);
      if (!ok)
        io.stderr.write(
          `${errors.map((problem) => `${overrideProblemPlace(problem)} ${style.red("error")} ${problem.message}`).join("\n")}\nFix it, then run lac templates show ${name} again (lac generate stops at it too; the path is relative to the pack folder).\n`,
        );
    }
    return ok ? ExitCode.ok : ExitCode.failed;
  }

  // copy
  const folderProblem = templatesFolderProblem(folder);
  if (folderProblem !== undefined) return fail(`templates: in ${CONFIG_FILE} ${folderProblem}.`, "config");
  const target = join(packDir, ownFile(entry.name));
  const shownTarget = join(shownDir, ownFile(entry.name));
  let realPack: string;
  try {
    realPack = realpathSync(packDir);
  } catch {
    return fail(`the pack folder ${shownDir} does not exist.`, "write");
  }
  // The copy must land inside the pack, through any symbolic link on the way.
  let existing = dirname(target);
  while (!existsSync(existing)) existing = dirname(existing);
  if (
    !isWithin(realPack, realpathSync(existing)) ||
    (existsSync(target) && !isWithin(realPack, realpathSync(target)))
  )
    return fail(
      `${shownTarget} leads outside the pack (through a symbolic link). Nothing was written.`,
      "write",
    );
  if (existsSync(target) || isSymlink(target)) {
    if (options.force !== true)
      return fail(
        `${shownTarget} already exists: it is the council's copy, and lac does not overwrite it. Run again with --force to replace it with the bundled template (your changes to it are lost).`,
        "write",
      );
    if (!lstatSync(target).isFile())
      return fail(`${shownTarget} is not a file. Nothing was written.`, "write");
  }
  mkdirSync(dirname(target), { recursive: true });
  await writeFileAtomic(target, source);
  const configNote =
    config?.templates === undefined
      ? ` Add "templates: ${folderShown}" to ${CONFIG_FILE} so that lac uses it.`
      : "";
  if (json)
    io.stdout.write(
      `${JSON.stringify({ ok: true, name: entry.name, file: ownFile(entry.name), configured: config?.templates !== undefined }, null, 2)}\n`,
    );
  else
    io.stdout.write(
      `${style.green("✓")} copied ${entry.name}.hbs to ${shownTarget}. Edit it, then run lac generate.${configNote}\n`,
    );
  return ExitCode.ok;
}

function existsOrLink(path: string): boolean {
  return existsSync(path) || isSymlink(path);
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Problems with the council's templates, each at its place (relative to the pack folder), and exit 1. */
function templatesProblems(
  problems: readonly OverrideProblem[],
  action: "list" | "show",
  { json, io, style }: { json: boolean; io: CommandInput["io"]; style: ReturnType<typeof createStyle> },
): ExitCode {
  if (json)
    io.stdout.write(`${JSON.stringify({ ok: false, stage: "templates", errors: problems }, null, 2)}\n`);
  else
    io.stderr.write(
      `${problems.map((problem) => `${overrideProblemPlace(problem)} ${style.red("error")} ${problem.message}`).join("\n")}\nFix the council's templates (paths are relative to the pack folder), then run lac templates ${action} again.\n`,
    );
  return ExitCode.failed;
}

/**
 * The problems lac generate would find in one file of the council's templates (relative to the pack),
 * compiling them all as it does; none when they compile.
 */
function problemsOf(
  packDir: string,
  folder: string | undefined,
  installed: TemplateSet,
  file: string,
): readonly OverrideProblem[] {
  const checked = councilTemplateSet(packDir, ".", folder, installed);
  return checked.ok ? [] : checked.problems.filter((problem) => problem.file === file);
}

/**
 * The council's own templates and the documents its manifest adds, read (not compiled: lac templates
 * show prints them as they are), when lac.config.yaml names a folder that exists; none otherwise.
 * Files are relative to the pack.
 */
function ownTemplateSources(
  packDir: string,
  folder: string | undefined,
):
  | {
      readonly ok: true;
      readonly sources: readonly { name: string; file: string; source: string }[];
      readonly documents: readonly { id: string; template: string }[];
    }
  | { readonly ok: false; readonly problems: readonly OverrideProblem[] } {
  const none = { ok: true, sources: [], documents: [] } as const;
  if (folder === undefined) return none;
  try {
    lstatSync(join(packDir, folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return none;
  }
  const read = readTemplateOverrides(packDir, folder, ".");
  if (!read.ok) return read;
  const listed: unknown = read.overrides?.manifest?.documents;
  const documents = (Array.isArray(listed) ? (listed as unknown[]) : []).flatMap((doc) => {
    const { id, template } = (doc ?? {}) as { id?: unknown; template?: unknown };
    return typeof id === "string" && typeof template === "string" ? [{ id, template }] : [];
  });
  return { ok: true, sources: read.overrides?.sources ?? [], documents };
}

/**
 * The templates the pack is rendered with: with the council's own (templates: in lac.config.yaml) in
 * place, checked and compiled as lac generate does, when its folder exists; the installed set otherwise
 * (no folder named, or not made yet: lac templates copy makes it).
 */
function ownTemplateSet(
  packDir: string,
  folder: string | undefined,
  installed: TemplateSet,
): CouncilTemplateSetResult {
  const none = { ok: true, templateSet: installed, overridden: [] } as const;
  if (folder === undefined) return none;
  try {
    lstatSync(join(packDir, folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return none;
  }
  return councilTemplateSet(packDir, ".", folder, installed);
}

/** What lac templates list lists: the templates the pack is rendered with, or would be but for problems. */
interface ListedSet {
  /** The set the pack's data is described with (the installed one when the council's has problems). */
  readonly templateSet: TemplateSet;
  /** The names listed, when not those of `templateSet` (the council's, not compiled, in place). */
  readonly set?: TemplateNames & { readonly files?: Readonly<Record<string, string>> };
  /** The documents: the bundled ones, then the council's added ones. */
  readonly documents: readonly NamedDocument[];
  readonly overridden: readonly string[];
  /** The problems of the council's templates, when they have any (then lac exits with 1). */
  readonly problems?: readonly OverrideProblem[];
  /** The council's templates could not be read (the problems say why): only the bundled are listed. */
  readonly unread?: boolean;
}

function list(
  config: CouncilConfig | undefined,
  installed: TemplateSet,
  bundledDocuments: readonly NamedDocument[],
  own: ListedSet,
  {
    json,
    io,
    style,
    folderShown,
    unnamedFolder,
  }: {
    json: boolean;
    io: CommandInput["io"];
    style: ReturnType<typeof createStyle>;
    folderShown: string;
    unnamedFolder: boolean;
  },
): ExitCode {
  const { templateSet, documents, problems = [] } = own;
  const described = config === undefined ? undefined : describePackDataResult(config, templateSet);
  const data = described?.ok === true ? described.data : undefined;
  const listed = listedTemplates({
    bundled: installed,
    bundledDocumentIds: new Set(bundledDocuments.map((doc) => doc.id)),
    set: own.set ?? templateSet,
    documents,
    overridden: own.overridden,
    problems,
    ...(data === undefined
      ? {}
      : {
          inPack: new Map(
            data.documents.map((doc) => [
              doc.id,
              {
                title: unescapeMarkdownText(doc.title),
                inPack: doc.inPack,
                ...(doc.notInPack === undefined ? {} : { notInPack: doc.notInPack }),
              },
            ]),
          ),
        }),
  });
  const ok = problems.length === 0;
  // The problems that are of no listed template (the folder's manifest.yaml, or the folder itself).
  const unplaced = problems.filter((problem) => !listed.some((entry) => entry.errors?.includes(problem)));
  if (json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          ok,
          ...(ok ? {} : { stage: "templates", errors: problems }),
          templateSet: { name: templateSet.name, version: templateSet.version },
          folder: config?.templates ?? null,
          templates: listed,
          data: data ?? null,
        },
        null,
        2,
      )}\n`,
    );
    return ok ? ExitCode.ok : ExitCode.failed;
  }
  // A problem under the template it is of: its place and its first line (the whole of it on stderr).
  const problemLine = (problem: OverrideProblem, indent: string) => {
    const [first = "", ...more] = problem.message.split("\n");
    return `${indent}${style.red("✗")} ${overrideProblemPlace(problem)} ${style.red("error")} ${more.length > 0 ? `${first.replace(/:$/, "")}${style.dim(" (in full below)")}` : first}`;
  };
  const errorLines = (entry: ListedTemplate, indent: string) =>
    (entry.errors ?? []).map((problem) => problemLine(problem, indent));
  const yours = (entry: ListedTemplate) =>
    entry.overriddenBy !== undefined
      ? style.yellow(` (overridden by yours: ${entry.overriddenBy})`)
      : entry.origin === "council" && entry.file !== undefined
        ? style.yellow(` (yours: ${entry.file})`)
        : "";
  const documentLines = (entry: ListedTemplate) => {
    const writes = (entry.documents ?? []).map((doc) => doc.output).join(", ");
    return [
      `  ${entry.name}${writes ? style.dim(` → ${writes}`) : ""}${yours(entry)}`,
      ...(entry.documents ?? []).map(
        (doc) =>
          `    ${doc.title}${entry.origin === "bundled" && doc.origin === "council" ? style.yellow(` (yours, in ${folderShown}/${OVERRIDE_MANIFEST})`) : ""}${doc.notInPack === undefined ? "" : style.dim(` (not in this pack: ${notInPackText(doc.notInPack)})`)}`,
      ),
      ...errorLines(entry, "    "),
    ];
  };
  const out: string[] = [];
  out.push(style.bold(`Templates of ${templateSet.name} ${templateSet.version}`));
  if (unplaced.length > 0) {
    out.push("", style.bold("Problems of your templates folder") + style.dim(` (${folderShown}/)`));
    out.push(...unplaced.map((problem) => problemLine(problem, "  ")));
    if (own.unread === true)
      out.push(
        style.dim(
          `  Your own templates are not listed until ${unplaced.length === 1 ? "it is" : "they are"} fixed: the bundled ones are.`,
        ),
      );
  }
  out.push(
    "",
    style.bold("Documents") +
      style.dim(" (documents/<name>.hbs; lac templates copy <name> to make your own)"),
  );
  for (const entry of listed.filter(
    (candidate) => candidate.kind === "document" && candidate.origin === "bundled",
  ))
    out.push(...documentLines(entry));
  const example = manifestTitleExample(listed);
  if (data === undefined && example !== undefined)
    out.push(
      style.dim(
        `  A title's {braces} name a text of the pack's data (${example}): run lac templates list in a pack to see the pack's titles.`,
      ),
    );
  // The council's own document templates: those of the documents its manifest adds, then those no
  // document uses (each marked with its problem). A heading only with something under it.
  const councilTemplates = listed.filter(
    (candidate) => candidate.kind === "document" && candidate.origin === "council",
  );
  const added = councilTemplates.filter((entry) => (entry.documents ?? []).length > 0);
  if (added.length > 0) {
    out.push("", style.bold("Your own documents") + style.dim(` (${folderShown}/${OVERRIDE_MANIFEST})`));
    for (const entry of added) out.push(...documentLines(entry));
  }
  const unused = councilTemplates.filter((entry) => (entry.documents ?? []).length === 0);
  if (unused.length > 0) {
    out.push(
      "",
      style.bold("Your templates that no document uses") + style.dim(` (${folderShown}/documents/)`),
    );
    for (const entry of unused) out.push(...documentLines(entry));
  }
  out.push("", style.bold("Partials") + style.dim(" (partials/<name>.hbs, used as {{> name}})"));
  for (const entry of listed.filter((candidate) => candidate.kind === "partial"))
    out.push(`  ${entry.name}${yours(entry)}`, ...errorLines(entry, "    "));
  out.push("");
  if (data === undefined) {
    out.push(
      `${style.bold("Data")}: run lac templates list in a pack folder (with a valid ${CONFIG_FILE}) to see the data the templates can use, with this pack's values.`,
    );
  } else {
    out.push(
      style.bold("Data every template and partial can use") +
        style.dim(" (with this pack's values; lists as name[], used with {{#each}})"),
    );
    for (const entry of data.common)
      out.push(
        `  ${entry.path}${style.dim(` ${entry.kind}${entry.example === undefined ? "" : `: ${entry.example}`}`)}`,
      );
    out.push("", style.bold("And in each document's template"));
    const common =
      data.documents[0]?.extra.filter(
        (entry) => !entry.path.includes("[]") || entry.path.startsWith("pack."),
      ) ?? [];
    out.push(
      `  ${common
        .filter((entry) => entry.path.startsWith("document") || entry.path.startsWith("pack"))
        .map((entry) => entry.path)
        .join(", ")}`,
    );
    for (const doc of data.documents) {
      const own = doc.extra.filter(
        (entry) => !entry.path.startsWith("document") && !entry.path.startsWith("pack"),
      );
      if (own.length > 0)
        out.push(`  ${doc.id} (documents/${doc.template}): ${own.map((entry) => entry.path).join(", ")}`);
    }
  }
  const helpers = "only the bundled helpers can be used (see docs/template-authoring.md)";
  out.push(
    "",
    style.dim(
      config?.templates === undefined
        ? `${unnamedFolder ? `There is a ${folderShown}/ in the pack, but ${CONFIG_FILE} does not name it (templates:), so lac does not use it: add "templates: ${folderShown}" to ${CONFIG_FILE} if it has your own templates. ` : ""}To make your own: lac templates copy <name> puts a copy of a bundled template in ${folderShown}/, to edit; then add "templates: ${folderShown}" to ${CONFIG_FILE} so that lac uses it. Name your own like these; ${helpers}.`
        : `Your own templates go in ${folderShown}/ (templates: in ${CONFIG_FILE}), named like these; ${helpers}.`,
    ),
  );
  io.stdout.write(`${out.join("\n")}\n`);
  if (ok) return ExitCode.ok;
  // Each problem in full, as lac generate prints it, and what to do.
  io.stderr.write(
    `${problems.map((problem) => `${overrideProblemPlace(problem)} ${style.red("error")} ${problem.message}`).join("\n")}\n${problems.length === 1 ? "1 problem" : `${problems.length} problems`} with the council's templates (marked ✗ in the list): lac generate stops at ${problems.length === 1 ? "it" : "them"} too.\nFix the council's templates (paths are relative to the pack folder), then run lac templates list again.\n`,
  );
  return ExitCode.failed;
}

/** What braces in a title stand for, shown from the manager's role description's title when it has them. */
function manifestTitleExample(entries: readonly ListedTemplate[]): string | undefined {
  const titles = entries.flatMap((entry) => entry.documents ?? []).map((doc) => doc.manifestTitle);
  const named = titles.flatMap((title) => titlePaths(title));
  if (named.length === 0) return undefined;
  return named.includes("{team.manager.title}")
    ? "{team.manager.title}: the council's title for the post"
    : `such as ${named[0]}`;
}
