import { quote } from "./describe-value.js";
import type { RuleProblemCode } from "./config-problem.js";
import { ruleIssue, type IssueSink } from "./rule-issue.js";
import { fullStem, isWindowsDeviceName, SLUG_MAX_LENGTH, slugify } from "./slugify.js";

/** Why two names with different full stems still get the same file name. */
function whyStemsMeet(slug: string): string {
  const device = slug.replace(/-doc$/, "");
  return device !== slug && isWindowsDeviceName(device)
    ? `because Windows reserves "${device}" for a device, so "-doc" is added to it`
    : `because long names are shortened to ${SLUG_MAX_LENGTH} characters and end with a short hash`;
}

/**
 * A check for a list of items whose names must differ, also once turned into file names:
 * "North" and "north" are the same name; "North-East" and "North East" give the same file name.
 */
export function uniqueNames<Key extends string>(key: Key, code: RuleProblemCode, what: string, list: string) {
  return (items: readonly Readonly<Record<Key, string>>[], ctx: IssueSink): void => {
    const seen = new Map<string, { name: string; index: number }>();
    items.forEach((item, index) => {
      const name = item[key];
      const slug = slugify(name);
      const first = seen.get(slug);
      if (first === undefined) {
        seen.set(slug, { name, index });
        return;
      }
      const message =
        first.name.toLowerCase() === name.toLowerCase()
          ? `The ${what} ${quote(name)} is listed twice (first at ${list}[${first.index}]). Give each ${what} a different name, or remove the repeat.`
          : fullStem(first.name) === fullStem(name)
            ? `${quote(name)} and ${quote(first.name)} (at ${list}[${first.index}]) give the same file name, "${slug}". Make the names differ in their letters or digits, not only in case, spaces, punctuation or accents.`
            : `${quote(name)} and ${quote(first.name)} (at ${list}[${first.index}]) give the same file name, "${slug}", ${whyStemsMeet(slug)}. Reword one of them.`;
      ctx.addIssue(ruleIssue(code, message, [index, key]));
    });
  };
}

/** A check for a list of values that must not repeat. */
export function uniqueValues(code: RuleProblemCode, what: string, list: string) {
  return (values: readonly string[], ctx: IssueSink): void => {
    values.forEach((value, index) => {
      const first = values.indexOf(value);
      if (first !== index) {
        ctx.addIssue(
          ruleIssue(
            code,
            `The ${what} ${quote(value)} is listed twice (first at ${list}[${first}]). Remove the repeat.`,
            [index],
          ),
        );
      }
    });
  };
}
