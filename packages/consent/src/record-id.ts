import { opaqueIdProblem } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";

/**
 * True when the id is opaque, by `@lac/person-ref`'s rule (`opaqueIdProblem`): 1 to 64 letters, digits, `.`, `_`,
 * `:` or `-`, with at least one digit, and no run of three or more letters except a short uppercase prefix of up to
 * 4 letters (such as `AGR`, `WDR`, `EXC`, `STF`), and no direct identifier (an NHS or National Insurance number
 * however it is written, a postcode, a name run into digits). A UUID is always accepted. So `"AGR-2025-0007"` is
 * accepted and `"AGR-Mary-Smith"`, `"john.doe"` or `"943-476-5919"` are not: an id must never carry a name, a direct
 * identifier or words about a person.
 */
export function isOpaqueId(value: string): boolean {
  return opaqueIdProblem(value) === undefined;
}

function opaqueIdSchema(what: string, example: string) {
  return z.string().superRefine((value, ctx) => {
    const problem = opaqueIdProblem(value);
    if (problem === undefined) return;
    customIssue(
      ctx,
      [],
      `${what} is an opaque id such as "${example}", never free text: this one ${problem}. Use up to 64 letters, digits, ".", "_", ":" or "-", with at least one digit, and no words (only an uppercase prefix of up to 4 letters), so that it can never carry a name, a direct identifier or notes about a person. A UUID is also accepted.`,
    );
  });
}

/** The id of a record in the consent log, or of a member of staff, such as `"AGR-2025-0007"` or `"STF-0042"`. */
export const recordIdSchema = /* @__PURE__ */ opaqueIdSchema("A record id", "AGR-2025-0007");

/**
 * A reference to a document kept in your own case file, such as the form completed with the person or the note made at the time
 * (`"NOTE-2025-0311"`). It is an opaque id, never free text: the consent log holds no notes about the person.
 */
export const documentRefSchema = /* @__PURE__ */ opaqueIdSchema("A document reference", "NOTE-2025-0311");
