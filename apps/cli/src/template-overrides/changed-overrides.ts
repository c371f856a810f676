/** A bundled template the council overrides, and whether it changed since the pack was last rendered. */
export interface OverriddenTemplate {
  /** "documents/implementation-plan" or "partials/draft-notice". */
  readonly name: string;
  /**
   * `changed`: the bundled source differs from the one recorded when the pack was last written, so the
   * council should review its copy; `unknown`: lac has no record of it (a pack written by an older lac).
   */
  readonly status: "changed" | "unknown";
}

/**
 * The bundled templates the council overrides whose source changed between the release recorded in
 * the pack (`recorded`: name → hash of the source) and the installed one (`installed`), or that lac
 * cannot tell about. An override of a template unchanged is not listed.
 */
export function changedOverrides(
  overridden: readonly string[],
  recorded: Readonly<Record<string, string>> | undefined,
  installed: Readonly<Record<string, string>>,
): OverriddenTemplate[] {
  const result: OverriddenTemplate[] = [];
  for (const name of overridden) {
    const now = installed[name];
    const before = recorded === undefined || !Object.hasOwn(recorded, name) ? undefined : recorded[name];
    if (now === undefined) continue;
    if (before === undefined) result.push({ name, status: "unknown" });
    else if (before !== now) result.push({ name, status: "changed" });
  }
  return result;
}
