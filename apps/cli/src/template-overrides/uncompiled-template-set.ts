import type { TemplateOverrides } from "@lac/documents/template-overrides";

/** The names of a template set's templates and partials (what lac templates list needs of a set). */
export interface TemplateNames {
  readonly templates: Readonly<Record<string, unknown>>;
  readonly partials: Readonly<Record<string, unknown>>;
}

/** A document of a manifest, as lac templates list needs it. */
export interface NamedDocument {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly output: string;
}

export interface UncompiledTemplateSet {
  /** The installed names with the council's in place, and the council's file of each of its own. */
  readonly set: TemplateNames & { readonly files: Readonly<Record<string, string>> };
  /** The installed documents, then those of the council's manifest.yaml that name all four fields. */
  readonly documents: readonly NamedDocument[];
  /** The installed templates and partials the council's replace ("documents/…", "partials/…"). */
  readonly overridden: readonly string[];
}

const text = (value: unknown): value is string => typeof value === "string";

/**
 * What the pack's templates would be, by name, when the council's cannot all be compiled: the installed
 * set's templates and partials with the council's in their place or added, not compiled, and the
 * documents of the council's manifest.yaml that have an id (not a bundled one), a title, a template and
 * an output. So that lac templates list lists every template while one is broken. Pure.
 */
export function uncompiledTemplateSet(
  installed: TemplateNames,
  installedDocuments: readonly NamedDocument[],
  overrides: TemplateOverrides,
): UncompiledTemplateSet {
  const templates: Record<string, true> = Object.fromEntries(
    Object.keys(installed.templates).map((name) => [name, true]),
  );
  const partials: Record<string, true> = Object.fromEntries(
    Object.keys(installed.partials).map((name) => [name, true]),
  );
  const files: Record<string, string> = {};
  const overridden: string[] = [];
  for (const source of overrides.sources) {
    const [kind, ...rest] = source.name.split("/");
    const name = rest.join("/");
    const names = kind === "documents" ? templates : kind === "partials" ? partials : undefined;
    if (names === undefined || name === "") continue;
    if (Object.hasOwn(names, name)) overridden.push(source.name);
    names[name] = true;
    files[source.name] = source.file;
  }
  const ids = new Set(installedDocuments.map((doc) => doc.id));
  const listed: unknown = overrides.manifest?.documents;
  const added = (Array.isArray(listed) ? (listed as unknown[]) : []).flatMap((doc): NamedDocument[] => {
    const { id, title, template, output } = (doc ?? {}) as Record<string, unknown>;
    if (!text(id) || !text(title) || !text(template) || !text(output) || ids.has(id)) return [];
    ids.add(id);
    return [{ id, title, template, output }];
  });
  return {
    set: { templates, partials, files },
    documents: [...installedDocuments, ...added],
    overridden: overridden.sort(),
  };
}
