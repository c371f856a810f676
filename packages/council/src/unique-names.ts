import { quote } from "./describe-value.js";
import type { RuleProblemCode } from "./config-problem.js";
import { ruleIssue, type IssueSink } from "./rule-issue.js";
import { fullStem, uniqueSlugs } from "./slugify.js";

/**
 * A check for a list of items whose names must differ, also once turned into file names:
 * "North" and "north" are the same name; "North-East" and "North East" give the same file name.
 * Long names that are shortened to the same readable file name are told apart by {@link uniqueSlugs},
 * so they are not refused.
 */
export function uniqueNames<Key extends string>(key: Key, code: RuleProblemCode, what: string, list: string) {
  return (items: readonly Readonly<Record<Key, string>>[], ctx: IssueSink): void => {
    const names = items.map((item) => item[key]);
    const slugs = uniqueSlugs(names);
    const seen = new Map<string, { name: string; index: number }>();
    names.forEach((name, index) => {
      const slug = slugs[index] ?? "";
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
            : `${quote(name)} and ${quote(first.name)} (at ${list}[${first.index}]) give the same file name, "${slug}", because names shortened to the same file name end with a short hash to tell them apart, and here the hash does not. Reword one of them.`;
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
