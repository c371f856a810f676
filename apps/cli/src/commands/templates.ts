import "../zod-jitless.js";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { didYouMean, parseCouncilConfig, templatesFolderProblem } from "@lac/council";
import type { CouncilConfig } from "@lac/council";
import type { ManifestDocument, TemplateSet } from "@lac/documents";
import { describePackDataResult, manifestSchema, titlePaths, unescapeMarkdownText } from "@lac/documents";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { writeFileAtomic } from "../pack-files/write-file-atomic.js";
import { CONFIG_FILE } from "../pack-output.js";
import { installedTemplateSources, installedTemplates } from "../pack-merge/installed-templates.js";
import { createStyle } from "../style.js";
import { councilTemplateSet, overrideProblemPlace } from "../template-overrides/council-template-set.js";
import type { CouncilTemplateSetResult } from "../template-overrides/council-template-set.js";
import { listedTemplates, type ListedTemplate } from "../template-overrides/listed-templates.js";
import { notInPackText } from "../template-overrides/not-in-pack-text.js";
import { OVERRIDE_MANIFEST, isWithin } from "../template-overrides/read-template-overrides.js";

/** Where lac templates copy puts a council's templates when lac.config.yaml names no folder. */
export const DEFAULT_TEMPLATES_FOLDER = "templates";

/** A bundled template or partial, by name, for lac templates show and copy. */
interface TemplateEntry {
  /** "documents/implementation-plan" or "partials/draft-notice". */
  readonly name: string;
}

/** The pack's configuration, when the folder has a valid one. */
function packConfig(packDir: string): CouncilConfig | undefined {
  try {
    const parsed = parseCouncilConfig(readFileSync(join(packDir, CONFIG_FILE), "utf8"));
    return parsed.ok ? parsed.config : undefined;
  } catch {
    return undefined;
  }
}

export async function run({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  const json = options.json === true;
  const style = createStyle(io.color && !json);
  const [action, second, third] = positionals;
  const fail = (message: string, code: ExitCode = ExitCode.failed): ExitCode => {
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, errors: [{ message }] }, null, 2)}\n`);
    else io.stderr.write(`${style.red("error")} ${message}\n`);
    return code;
  };
  if (action !== "list" && action !== "show" && action !== "copy") {
    const guess = action === undefined ? undefined : didYouMean(action, ["list", "show", "copy"]);
    return fail(
      action === undefined
        ? "lac templates needs an action: list, show <name> or copy <name>. Run lac templates --help."
        : `unknown action "${action}" for lac templates${guess ? ` (did you mean "${guess}"?)` : ""}: use list, show <name> or copy <name>.`,
      ExitCode.usage,
    );
  }
  const packDir = resolve(io.cwd, (action === "list" ? second : third) ?? ".");
  const installed = installedTemplates(io.env);
  const manifest = manifestSchema.parse(installed.templateSet.manifest);
  const config = packConfig(packDir);
  const folder = config?.templates ?? DEFAULT_TEMPLATES_FOLDER;
  const folderShown = folder.replace(/\/+$/, "");
  const ownFile = (name: string) => `${folderShown}/${name}.hbs`;

  if (action === "list") {
    const own = ownTemplateSet(packDir, config?.templates, installed.templateSet);
    if (!own.ok) {
      if (json)
        io.stdout.write(
          `${JSON.stringify({ ok: false, stage: "templates", errors: own.problems }, null, 2)}\n`,
        );
      else
        io.stderr.write(
          `${own.problems.map((problem) => `${overrideProblemPlace(problem)} ${style.red("error")} ${problem.message}`).join("\n")}\nFix the council's templates (paths are relative to the pack folder), then run lac templates list again.\n`,
        );
      return ExitCode.failed;
    }
    return list(config, installed.templateSet, manifest.documents, own, {
      json,
      io,
      style,
      folderShown,
    });
  }

  const entries: TemplateEntry[] = [
    ...Object.keys(installed.templateSet.templates)
      .sort()
      .map((template) => ({ name: `documents/${template}` })),
    ...Object.keys(installed.templateSet.partials)
      .sort()
      .map((partial) => ({ name: `partials/${partial}` })),
  ];

  const name = second;
  if (name === undefined)
    return fail(
      `lac templates ${action} needs the name of a template: see lac templates list.`,
      ExitCode.usage,
    );
  const entry = findTemplate(entries, manifest.documents, name);
  if (entry === undefined) {
    const names = entries.flatMap((candidate) => [
      candidate.name,
      candidate.name.replace(/^(documents|partials)\//, ""),
    ]);
    const guess = didYouMean(name.replace(/\.hbs$/, ""), [
      ...names,
      ...manifest.documents.map((doc) => doc.id),
    ]);
    return fail(
      `there is no bundled template or partial "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}. lac templates list shows them all.`,
    );
  }
  const sources = installedTemplateSources(io.env);
  const source = sources[entry.name];
  if (source === undefined) return fail(`the source of ${entry.name}.hbs is not installed with this lac.`);
  if (action === "show") {
    if (json) io.stdout.write(`${JSON.stringify({ ok: true, name: entry.name, source }, null, 2)}\n`);
    else io.stdout.write(source);
    return ExitCode.ok;
  }

  // copy
  const folderProblem = templatesFolderProblem(folder);
  if (folderProblem !== undefined) return fail(`templates: in ${CONFIG_FILE} ${folderProblem}.`);
  const target = join(packDir, ownFile(entry.name));
  const shownTarget = relative(io.cwd, target) || target;
  let realPack: string;
  try {
    realPack = realpathSync(packDir);
  } catch {
    return fail(`the pack folder ${relative(io.cwd, packDir) || "."} does not exist.`);
  }
  // The copy must land inside the pack, through any symbolic link on the way.
  let existing = dirname(target);
  while (!existsSync(existing)) existing = dirname(existing);
  if (
    !isWithin(realPack, realpathSync(existing)) ||
    (existsSync(target) && !isWithin(realPack, realpathSync(target)))
  )
    return fail(`${shownTarget} leads outside the pack (through a symbolic link). Nothing was written.`);
  if (existsSync(target) || isSymlink(target)) {
    if (options.force !== true)
      return fail(
        `${shownTarget} already exists: it is the council's copy, and lac does not overwrite it. Run again with --force to replace it with the bundled template (your changes to it are lost).`,
      );
    if (!lstatSync(target).isFile()) return fail(`${shownTarget} is not a file. Nothing was written.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  await writeFileAtomic(target, source);
  const configNote =
    config?.templates === undefined
      ? ` Add "templates: ${folderShown}" to ${CONFIG_FILE} so that lac uses it.`
      : "";
  if (json)
    io.stdout.write(
      `${JSON.stringify({ ok: true, name: entry.name, file: shownTarget, configured: config?.templates !== undefined }, null, 2)}\n`,
    );
  else
    io.stdout.write(
      `${style.green("✓")} copied ${entry.name}.hbs to ${shownTarget}. Edit it, then run lac generate.${configNote}\n`,
    );
  return ExitCode.ok;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A template by its name ("documents/plan", "plan", "partials/x", "x", with or without .hbs) or a document's id. */
function findTemplate(
  entries: readonly TemplateEntry[],
  documents: readonly { readonly id: string; readonly template: string }[],
  given: string,
): TemplateEntry | undefined {
  const name = given.replace(/\.hbs$/, "");
  const exact = entries.find((entry) => entry.name === name);
  if (exact) return exact;
  const short = entries.filter((entry) => entry.name.replace(/^(documents|partials)\//, "") === name);
  if (short.length === 1) return short[0];
  const byId = documents.find((doc) => doc.id === name);
  return byId ? entries.find((entry) => entry.name === `documents/${byId.template}`) : undefined;
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

function list(
  config: CouncilConfig | undefined,
  installed: TemplateSet,
  bundledDocuments: readonly ManifestDocument[],
  own: Extract<CouncilTemplateSetResult, { ok: true }>,
  {
    json,
    io,
    style,
    folderShown,
  }: { json: boolean; io: CommandInput["io"]; style: ReturnType<typeof createStyle>; folderShown: string },
): ExitCode {
  const templateSet = own.templateSet;
  // The council's added documents after the bundled ones (checked when the council's templates were).
  const documents =
    templateSet === installed ? bundledDocuments : manifestSchema.parse(templateSet.manifest).documents;
  const described = config === undefined ? undefined : describePackDataResult(config, templateSet);
  const data = described?.ok === true ? described.data : undefined;
  const listed = listedTemplates({
    bundled: installed,
    bundledDocumentIds: new Set(bundledDocuments.map((doc) => doc.id)),
    set: templateSet,
    documents,
    overridden: own.overridden,
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
  if (json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          ok: true,
          templateSet: { name: templateSet.name, version: templateSet.version },
          folder: config?.templates ?? null,
          templates: listed,
          data: data ?? null,
        },
        null,
        2,
      )}\n`,
    );
    return ExitCode.ok;
  }
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
    ];
  };
  const out: string[] = [];
  out.push(style.bold(`Templates of ${templateSet.name} ${templateSet.version}`));
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
  const added = listed.filter((candidate) => candidate.kind === "document" && candidate.origin === "council");
  if (added.length > 0) {
    out.push("", style.bold("Your own documents") + style.dim(` (${folderShown}/${OVERRIDE_MANIFEST})`));
    for (const entry of added) out.push(...documentLines(entry));
  }
  out.push("", style.bold("Partials") + style.dim(" (partials/<name>.hbs, used as {{> name}})"));
  for (const entry of listed.filter((candidate) => candidate.kind === "partial"))
    out.push(`  ${entry.name}${yours(entry)}`);
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
  out.push(
    "",
    style.dim(
      `Your own templates go in ${folderShown}/ (templates: in ${CONFIG_FILE}), named like these; only the bundled helpers can be used (see docs/template-authoring.md).`,
    ),
  );
  io.stdout.write(`${out.join("\n")}\n`);
  return ExitCode.ok;
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
