import type { CouncilConfig, CouncilType } from "@lac/council";
import { MANAGER_SPAN, managerCount, managersNeeded, roundFte, totalCoordinators } from "@lac/council/quick";
import { markedEnglishName } from "./english-text.js";

/**
 * Where the council sits among England's and Wales's local government, for the plan: which of the
 * functions Local Area Coordination works with it holds itself (pack-law-and-practice.md §1.2).
 */
export type CouncilTier = "county" | "district" | "single-tier" | "wales";

export function councilTierOf(
  nation: CouncilConfig["council"]["nation"],
  type: CouncilType | undefined,
): CouncilTier {
  if (nation === "wales") return "wales";
  if (type === "county") return "county";
  if (type === "district") return "district";
  return "single-tier";
}

/** The labels of the Welsh Language Standards categories: the Standards' own four, and no other. */
export const WELSH_LANGUAGE_CATEGORY_LABELS = {
  essential: "Welsh language skills are essential",
  "need-to-be-learnt": "Welsh language skills need to be learnt when appointed to the post",
  desirable: "Welsh language skills are desirable",
  "not-necessary": "Welsh language skills are not necessary",
} as const;

/** How each category reads in a person specification's "essential or desirable" column. */
const WELSH_LANGUAGE_PERSON_SPECIFICATION = {
  essential: "Essential",
  "need-to-be-learnt": "To be learnt after appointment",
  desirable: "Desirable",
  "not-necessary": "Not necessary",
} as const;

/** What each DBS choice means, in the words the role descriptions use. */
export const DBS_CHECK_LABELS = {
  "enhanced-with-adults-barred-list": "An enhanced DBS check with a check of the adults' barred list",
  "enhanced-with-both-barred-lists":
    "An enhanced DBS check with checks of the adults' and children's barred lists",
  enhanced: "An enhanced DBS check, without a barred list check",
  "to-be-decided": "To be decided by HR before the post is advertised (see below)",
} as const;

/**
 * The two levels of support, as `@lac/journeys` records them (`supportLevels`, `supportLevelLabels`),
 * with the definitions the evaluation uses. A test in @lac/templates checks they stay the same.
 */
export const SUPPORT_LEVELS = [
  {
    id: "short-term",
    label: "Short-term: information and connections",
    definition: "information, limited support or both, open to anyone, with no assessment or intake",
  },
  {
    id: "longer-term",
    label: "Longer-term: walking alongside",
    definition:
      "a longer-term relationship with someone who wants sustained help to build relationships, control and choice, plan and solve problems; a person can move between the levels",
  },
] as const;

/** "1", "1.5", "4.5": full-time equivalents as the configuration gives them. */
export function formatFte(value: number): string {
  return String(roundFte(value));
}

/** The neighbourhoods in waves, in the order they are listed. */
export function neighbourhoodWaves<T>(neighbourhoods: readonly T[], perWave: number): T[][] {
  // The schema allows only whole numbers from 1; anything else would never end the loop below.
  if (!Number.isSafeInteger(perWave) || perWave < 1) {
    throw new RangeError(
      `programme.waves.neighbourhoodsPerWave must be a whole number of at least 1, not ${String(perWave)}.`,
    );
  }
  const waves: T[][] = [];
  for (let index = 0; index < neighbourhoods.length; index += perWave) {
    waves.push(neighbourhoods.slice(index, index + perWave));
  }
  return waves;
}

/** The team as the role descriptions and the plan show it. */
export function teamContext(config: CouncilConfig) {
  const { team, programme } = config;
  const coordinators = totalCoordinators(config);
  const managers = managerCount(config);
  const partTimePosts = config.neighbourhoods.some(
    (neighbourhood) => !Number.isInteger(neighbourhood.coordinators),
  );
  const partTimePostList = config.neighbourhoods
    .filter((neighbourhood) => !Number.isInteger(neighbourhood.coordinators))
    .map((neighbourhood) => {
      const fraction = roundFte(neighbourhood.coordinators - Math.floor(neighbourhood.coordinators));
      return {
        neighbourhood: neighbourhood.name,
        /** The neighbourhood's name in the Welsh documents: its Welsh name, or the English one, marked. */
        cyNeighbourhood: neighbourhood.welshName ?? markedEnglishName(neighbourhood.name),
        fte: formatFte(fraction),
        /** Its hours a week, when the council's full-time week is configured. */
        hours:
          team.hoursPerWeek === undefined
            ? undefined
            : formatFte(Math.round(fraction * team.hoursPerWeek * 2) / 2),
      };
    });
  const rural = config.neighbourhoods.filter((neighbourhood) => neighbourhood.rural);
  const ruralNeighbourhoods = rural.map((n) => n.name);
  return {
    ...team,
    coordinatorsFte: formatFte(coordinators),
    partTimePosts,
    partTimePostList,
    managers,
    managersDerived: team.manager.count === undefined,
    managersNeeded: managersNeeded(config),
    oneManager: managers === 1,
    managerReportsTo: team.manager.reportsTo ?? programme.lead.role,
    /** The toolkit's own rule of thumb for the span (no public source gives a ratio). */
    spanRange: { min: MANAGER_SPAN.min, max: MANAGER_SPAN.max },
    spanBelowRange: team.manager.span < MANAGER_SPAN.min,
    spanAboveRange: team.manager.span > MANAGER_SPAN.max,
    fixedTerm: team.contract === "fixed-term",
    dbsCheckLabel: DBS_CHECK_LABELS[team.dbsCheck],
    dbsToBeDecided: team.dbsCheck === "to-be-decided",
    welshLanguageLabels: team.welshLanguage
      ? {
          coordinator: WELSH_LANGUAGE_CATEGORY_LABELS[team.welshLanguage.coordinator],
          manager: WELSH_LANGUAGE_CATEGORY_LABELS[team.welshLanguage.manager],
        }
      : undefined,
    welshLanguageSpecification: team.welshLanguage
      ? {
          coordinator: WELSH_LANGUAGE_PERSON_SPECIFICATION[team.welshLanguage.coordinator],
          manager: WELSH_LANGUAGE_PERSON_SPECIFICATION[team.welshLanguage.manager],
        }
      : undefined,
    ruralNeighbourhoods,
    /** The rural neighbourhoods' names in the Welsh documents: each Welsh name, or the English one, marked. */
    cyRuralNeighbourhoods: rural.map((n) => n.welshName ?? markedEnglishName(n.name)),
    anyRural: ruralNeighbourhoods.length > 0,
    allRural: ruralNeighbourhoods.length > 0 && ruralNeighbourhoods.length === config.neighbourhoods.length,
  };
}
