// The council's own templates: compiled at run time, so this module loads the Handlebars compiler. It
// is a separate entry point (@lac/documents/template-overrides), so that rendering with the bundled,
// precompiled templates never loads it.
import Handlebars from "handlebars";
import { didYouMean } from "@lac/council/quick";
import { templateHelperNames } from "./helpers.js";
import { checkedManifestOf, manifestDocumentSchema } from "./manifest.js";
import type { ManifestDocument } from "./manifest.js";
import { isSafeOutputPath } from "./output-path.js";
import type { RenderProblem } from "./render-problem.js";
import type { TemplateSet } from "./template-set.js";
import type { TemplateSpecification } from "./handlebars-runtime.js";

/** One file of the council's templates folder. */
export interface TemplateOverrideSource {
  /** Its name in the template set: "documents/implementation-plan" or "partials/draft-notice" (no .hbs). */
  readonly name: string;
  /** The file as people are shown it, such as "templates/documents/implementation-plan.hbs". */
  readonly file: string;
  /** Its Handlebars source. */
  readonly source: string;
}

export interface TemplateOverrides {
  readonly sources: readonly TemplateOverrideSource[];
  /**
   * Documents the council adds, from the folder's manifest.yaml (its `documents` list, as parsed YAML):
   * each with a template of the folder (documents/…) and an output path inside the pack.
   */
  readonly manifest?: { readonly file: string; readonly documents: unknown };
}

export type ApplyOverridesResult =
  | {
      readonly ok: true;
      /** The bundled set with the council's templates in place, and the documents it adds. */
      readonly templateSet: TemplateSet;
      /** Names of the bundled templates and partials the council overrides ("documents/…", "partials/…"). */
      readonly overridden: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly RenderProblem[] };

/**
 * The options of the bundled templates (strict: a missing value is an error; only the bundled helpers),
 * and `log` is not allowed either: it would write to the console.
 */
const compileOptions = {
  strict: true,
  noEscape: true,
  data: true,
  knownHelpers: { ...Object.fromEntries(templateHelperNames.map((name) => [name, true])), log: false },
  knownHelpersOnly: true,
} as const;

const HELPERS_TEXT = `the bundled helpers (${[...templateHelperNames, "if", "unless", "each", "with", "lookup"].join(", ")})`;

interface AstNode {
  readonly type?: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
  readonly [key: string]: unknown;
}

/** Every partial the template names by a fixed name, and the inline partials it defines. */
function partialsUsed(ast: unknown): {
  used: { name: string; line: number; column: number }[];
  inline: Set<string>;
} {
  const used: { name: string; line: number; column: number }[] = [];
  const inline = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const node = value as AstNode;
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement") {
      const name = node.name as AstNode | undefined;
      if (
        name?.type === "PathExpression" &&
        typeof name.original === "string" &&
        !name.original.startsWith("@")
      ) {
        used.push({
          name: name.original,
          line: node.loc?.start.line ?? 1,
          column: (node.loc?.start.column ?? 0) + 1,
        });
      }
      if (name?.type === "StringLiteral" && typeof name.value === "string") {
        used.push({
          name: name.value,
          line: node.loc?.start.line ?? 1,
          column: (node.loc?.start.column ?? 0) + 1,
        });
      }
    }
    if (node.type === "DecoratorBlock") {
      const path = node.path as AstNode | undefined;
      const first = (node.params as AstNode[] | undefined)?.[0];
      if (path?.original === "inline" && typeof first?.value === "string") inline.add(first.value);
    }
    for (const [key, child] of Object.entries(node)) if (key !== "loc") visit(child);
  };
  visit(ast);
  return { used, inline };
}

/**
 * The two steps of Handlebars.compile, without its last one (a template bound to the compiler's own
 * runtime): the template specification, to be run by renderPack's runtime like a precompiled one. The
 * package's types leave these classes out.
 */
const compiler = Handlebars as unknown as {
  Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown };
  JavaScriptCompiler: new () => {
    compile(environment: unknown, options: object, context: undefined, asObject: true): unknown;
  };
};

const PARSE_LINE = /^Parse error on line (\d+):/;
const LOCATED = / - (\d+):(\d+)$/;

/** Compiles one override, or says where and why it cannot be. */
function compileOne(
  override: TemplateOverrideSource,
  partialNames: ReadonlySet<string>,
): { spec: TemplateSpecification } | { problem: RenderProblem } {
  const { file, source } = override;
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = Number(PARSE_LINE.exec(text)?.[1] ?? 1);
    const detail = text.replace(PARSE_LINE, "").trim();
    return {
      problem: {
        code: "template-syntax",
        template: file,
        line,
        column: 1,
        message: `${file}:${line}:1: the template does not compile (Handlebars syntax):\n${detail}`,
      },
    };
  }
  const { used, inline } = partialsUsed(ast);
  const missing = used.find(({ name }) => !partialNames.has(name) && !inline.has(name));
  if (missing) {
    const guess = didYouMean(missing.name, [...partialNames]);
    return {
      problem: {
        code: "missing-partial",
        template: file,
        field: missing.name,
        line: missing.line,
        column: missing.column,
        message: `${file}:${missing.line}:${missing.column}: there is no partial "${missing.name}".${guess ? ` Did you mean "${guess}"?` : ""} Use a partial of lac templates list, or add partials/${missing.name}.hbs to the templates folder.`,
      },
    };
  }
  try {
    const environment = new compiler.Compiler().compile(ast, compileOptions);
    const spec = new compiler.JavaScriptCompiler().compile(
      environment,
      compileOptions,
      undefined,
      true,
    ) as unknown as TemplateSpecification;
    return { spec };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const where = LOCATED.exec(text);
    const line = Number(where?.[1] ?? 1);
    const column = Number(where?.[2] ?? 0) + 1;
    const helper = /unknown helper (\S+)/.exec(text)?.[1];
    if (helper !== undefined) {
      const guess = didYouMean(helper, templateHelperNames);
      return {
        problem: {
          code: "missing-helper",
          template: file,
          field: helper,
          line,
          column,
          message: `${file}:${line}:${column}: there is no helper "${helper}".${guess ? ` Did you mean "${guess}"?` : ""} A council's templates can use only ${HELPERS_TEXT}: a pack cannot add its own, as they would be code.`,
        },
      };
    }
    return {
      problem: {
        code: "template-syntax",
        template: file,
        line,
        column,
        message: `${file}:${line}:${column}: the template does not compile: ${text.replace(LOCATED, "")}`,
      },
    };
  }
}

/** The documents the council adds, checked against the bundled ones. */
function addedDocuments(
  manifest: NonNullable<TemplateOverrides["manifest"]>,
  bundled: readonly ManifestDocument[],
  templateNames: ReadonlySet<string>,
): { documents: ManifestDocument[]; errors: RenderProblem[] } {
  const { file } = manifest;
  const parsed = manifestDocumentSchema.array().safeParse(manifest.documents);
  if (!parsed.success) {
    return {
      documents: [],
      errors: parsed.error.issues.map((issue) => ({
        code: "invalid-manifest" as const,
        template: file,
        field: ["documents", ...issue.path].join("."),
        message: `${file}: documents.${issue.path.join(".")}: ${issue.message}`,
      })),
    };
  }
  const errors: RenderProblem[] = [];
  const ids = new Set(bundled.map((doc) => doc.id));
  const outputs = new Map(bundled.map((doc) => [doc.output.toLowerCase(), doc.id]));
  parsed.data.forEach((doc, index) => {
    const at = (key: string, message: string) =>
      errors.push({
        code: "invalid-manifest",
        documentId: doc.id,
        template: file,
        field: `documents.${index}.${key}`,
        message: `${file}: documents.${index}.${key}: ${message}`,
      });
    if (ids.has(doc.id))
      at(
        "id",
        `"${doc.id}" is already a document of the bundled templates (or of this list). To change that document, put your template at documents/${bundled.find((other) => other.id === doc.id)?.template ?? doc.id}.hbs instead; to add one, give it a new id.`,
      );
    ids.add(doc.id);
    const clash = outputs.get(doc.output.toLowerCase());
    if (clash !== undefined)
      at(
        "output",
        `"${doc.output}" is where the document "${clash}" is written. Give the added document a path of its own.`,
      );
    else if (!isSafeOutputPath(doc.output.replaceAll("{slug}", "x")))
      at("output", `"${doc.output}" is not a safe path inside the pack.`);
    outputs.set(doc.output.toLowerCase(), doc.id);
    if (!templateNames.has(doc.template))
      at("template", `there is no documents/${doc.template}.hbs in the templates folder for it.`);
  });
  return { documents: errors.length > 0 ? [] : parsed.data, errors };
}

/**
 * A copy of a set's templates or partials, each as it is: a getter stays a getter (a template of
 * `lazyTemplateSet` of `@lac/templates/parts` is then still loaded only if the pack needs it).
 */
function copyOf(
  record: Readonly<Record<string, TemplateSpecification>>,
): Record<string, TemplateSpecification> {
  const copy: Record<string, TemplateSpecification> = {};
  for (const key of Object.keys(record)) {
    const { get } = Object.getOwnPropertyDescriptor(record, key) ?? {};
    if (get === undefined) put(copy, key, record[key]!);
    else Object.defineProperty(copy, key, { get, enumerable: true, configurable: true });
  }
  return copy;
}

/** Sets a template of a copy (in place of a getter, if it is one), as an assignment would. */
function put(record: Record<string, TemplateSpecification>, name: string, spec: TemplateSpecification): void {
  Object.defineProperty(record, name, { value: spec, writable: true, enumerable: true, configurable: true });
}

/**
 * The bundled template set with the council's own templates in place: each source named like a bundled
 * document or partial replaces it, other partials are added, and the documents of the folder's manifest
 * are added to the pack. Everything is compiled here, with the options of the bundled templates (strict;
 * the bundled helpers only): a template that does not compile, names a helper or a partial that does not
 * exist, or an added document that would clash with a bundled one is a problem with its file, line and
 * column. Missing data is found when the pack is rendered (renderPack names the file, too).
 */
export function applyTemplateOverrides(
  templateSet: TemplateSet,
  overrides: TemplateOverrides,
): ApplyOverridesResult {
  const bundled = checkedManifestOf(templateSet);
  if (
    !bundled.success ||
    typeof overrides !== "object" ||
    overrides === null ||
    !Array.isArray(overrides.sources)
  )
    return {
      ok: false,
      errors: [
        {
          code: "invalid-template-set",
          message:
            "applyTemplateOverrides needs a template set such as templateSet from @lac/templates, and overrides with a list of sources.",
        },
      ],
    };
  const errors: RenderProblem[] = [];
  const documentNames = new Set(Object.keys(templateSet.templates));
  const partialNames = new Set(Object.keys(templateSet.partials));
  for (const { name } of overrides.sources)
    if (name.startsWith("partials/")) partialNames.add(name.slice("partials/".length));
  const ownDocuments = new Set(
    overrides.sources.filter(({ name }) => name.startsWith("documents/")).map(({ name }) => name.slice(10)),
  );
  const added = overrides.manifest
    ? addedDocuments(overrides.manifest, bundled.data.documents, ownDocuments)
    : { documents: [], errors: [] };
  errors.push(...added.errors);
  // The templates the added documents name (even when the list has other problems, so that each file is
  // reported once, for what is wrong with it).
  const listed = overrides.manifest?.documents;
  const addedTemplates = new Set(
    (Array.isArray(listed) ? listed : []).map((doc: unknown) =>
      String((doc as { template?: unknown } | null)?.template ?? ""),
    ),
  );

  const templates = copyOf(templateSet.templates);
  const partials = copyOf(templateSet.partials);
  const files: Record<string, string> = {};
  const overridden: string[] = [];
  for (const source of overrides.sources) {
    const [kind, ...rest] = source.name.split("/");
    const name = rest.join("/");
    if (kind === "documents" && !documentNames.has(name) && !addedTemplates.has(name)) {
      const guess = didYouMean(name, [...documentNames]);
      errors.push({
        code: "unknown-template",
        template: source.file,
        message: `${source.file}: there is no bundled document template "${name}"${guess ? ` (did you mean documents/${guess}.hbs?)` : ""}, and no document of the templates folder's manifest.yaml uses it. Name the file like a template of lac templates list, or add a document for it to manifest.yaml.`,
      });
      continue;
    }
    if (kind !== "documents" && kind !== "partials") {
      errors.push({
        code: "unknown-template",
        template: source.file,
        message: `${source.file}: a template's name starts with "documents/" or "partials/" (such as "documents/implementation-plan"), not "${source.name}": it would replace nothing. Name it like a template of lac templates list.`,
      });
      continue;
    }
    const compiled = compileOne(source, partialNames);
    if ("problem" in compiled) {
      errors.push(compiled.problem);
      continue;
    }
    if (kind === "documents") {
      if (documentNames.has(name)) overridden.push(source.name);
      put(templates, name, compiled.spec);
    } else {
      if (Object.hasOwn(templateSet.partials, name)) overridden.push(source.name);
      put(partials, name, compiled.spec);
    }
    files[source.name] = source.file;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    overridden: overridden.sort(),
    templateSet: {
      ...templateSet,
      manifest: { ...bundled.data, documents: [...bundled.data.documents, ...added.documents] },
      templates,
      partials,
      files,
    },
  };
}
