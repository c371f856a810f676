import { isPersonRef, type PersonRef } from "@lac/person-ref";
import { journeyIdSchema, opaqueIdProblem, type JourneyId } from "./identifier.js";
import type { JourneyError } from "./journey-error.js";

/**
 * Checks the id and person reference a journey is started with. Both are typed, but a caller in plain
 * JavaScript could still pass a name; it is refused here too.
 */
export function checkOwner(id: JourneyId, person: PersonRef): JourneyError | undefined {
  // A string with no problem is what the schema accepts (told without zod); anything else goes to the schema.
  const quick = typeof id === "string" && opaqueIdProblem(id) === undefined;
  const parsedId = quick ? undefined : journeyIdSchema.safeParse(id);
  if (parsedId !== undefined && !parsedId.success) {
    return {
      code: "invalid-journey-id",
      message: parsedId.error.issues[0]?.message ?? "The journey id is not valid.",
    };
  }
  if (!isPersonRef(person)) {
    return {
      code: "invalid-person-ref",
      message:
        'The person must be a pseudonymous reference made with parsePersonRef or newPersonRef from @lac/person-ref (for example "P-000123"), never a name.',
    };
  }
  return undefined;
}
