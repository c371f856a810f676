// The manifest of a template set, checked, without importing zod: a set whose manifest was checked when
// it was built (as @lac/templates builds it) needs no schema, so the lac CLI renders the bundled
// templates without loading zod. Any other manifest is checked with zod's schema, which manifest.ts
// gives this module when it is loaded (the main entry, @lac/documents, always loads it).
import type { Manifest, manifestSchema } from "./manifest.js";

type ManifestCheck = Pick<typeof manifestSchema, "safeParse">;

let schema: ManifestCheck | undefined;

/** Gives the schema that checks a manifest not checked before (manifest.ts calls it). */
export function useManifestSchema(check: ManifestCheck): void {
  schema = check;
}

/**
 * The manifest of a template set, checked: as it is when the set says it was checked when it was built
 * (its `checkedManifest` is the very object of its `manifest`, as @lac/templates builds it), otherwise
 * checked here with {@link manifestSchema}. A set whose manifest was replaced (council templates add
 * documents) is checked again.
 */
export function checkedManifestOf(
  templateSet: { readonly manifest?: unknown; readonly checkedManifest?: unknown } | null | undefined,
): { readonly success: true; readonly data: Manifest } | ReturnType<typeof manifestSchema.safeParse> {
  const manifest = typeof templateSet === "object" && templateSet !== null ? templateSet.manifest : undefined;
  if (
    typeof manifest === "object" &&
    manifest !== null &&
    (templateSet as { readonly checkedManifest?: unknown }).checkedManifest === manifest
  ) {
    return { success: true, data: manifest as Manifest };
  }
  if (schema === undefined) {
    throw new Error(
      "This template set's manifest was not checked when the set was built: import @lac/documents (its main entry), which checks it, rather than @lac/documents/render alone.",
    );
  }
  return schema.safeParse(manifest);
}
