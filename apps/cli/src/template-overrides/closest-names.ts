import { didYouMean } from "@lac/council";

/** The most names lac suggests for one it does not know. */
const MOST_SUGGESTED = 3;

/** The words of a name: "documents/roles/team-manager" → documents, roles, team, manager. */
const wordsOf = (name: string) => name.split(/[/_\s-]+/).filter(Boolean);

/**
 * How close a name is to what was given, lower closer; undefined when not close at all: 0 a typo of the
 * whole name or of its last part ("implementaton-plan"), 1 its start or a whole word of it ("plan" for
 * "implementation-plan", "team" for "roles/team-manager"), 2 a part of it ("vacy"), 3 a typo of a word
 * of it ("plna").
 */
function closeness(given: string, name: string): number | undefined {
  const lower = name.toLowerCase();
  const last = lower.split("/").at(-1) ?? lower;
  if (didYouMean(given, [lower]) !== undefined || didYouMean(given, [last]) !== undefined) return 0;
  const words = wordsOf(lower);
  if (given.length >= 2 && (lower.startsWith(given) || last.startsWith(given) || words.includes(given)))
    return 1;
  if (given.length >= 3 && lower.includes(given)) return 2;
  if (given.length >= 3 && words.some((word) => word.length >= 3 && didYouMean(given, [word]) !== undefined))
    return 3;
  return undefined;
}

/**
 * The names closest to one lac does not know, at most three, closest first: each template once, by its
 * name that is closest (then the shortest). `templates` gives each template's names (its full name,
 * its short name, the ids of its documents), any of which lac takes. Pure.
 */
export function closestNames(given: string, templates: readonly (readonly string[])[]): string[] {
  // "documents/plan.hbs" is looked for as "plan": every template has a name without documents/.
  const wanted = given
    .trim()
    .toLowerCase()
    .replace(/\.hbs$/, "")
    .replace(/^(documents|partials)\//, "");
  if (wanted === "") return [];
  const found = templates.flatMap((names) => {
    const ranked = names
      .flatMap((name) => {
        const rank = closeness(wanted, name);
        return rank === undefined || name.toLowerCase() === wanted ? [] : [{ name, rank }];
      })
      .sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
    return ranked.slice(0, 1);
  });
  return found
    .sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, MOST_SUGGESTED)
    .map((entry) => entry.name);
}
