import type { PrincipleId } from "./principle-id.js";

/** One of the ten principles of Local Area Coordination. */
export interface Principle {
  /** Stable kebab-case id, safe to store. */
  readonly id: PrincipleId;
  /** Position in the Network's list, 1 to 10. */
  readonly number: number;
  /** The Network's exact name of the principle. */
  readonly name: string;
  /** What the principle means, in the toolkit's own words. */
  readonly meaning: string;
  /** What the principle looks like in a coordinator's day-to-day practice. */
  readonly inPractice: readonly string[];
  /** Questions a coordinator, a team or a leadership group can reflect on. */
  readonly reflectiveQuestions: readonly string[];
}
