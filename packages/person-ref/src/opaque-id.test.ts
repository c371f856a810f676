import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIRECT_IDENTIFIER_DESCRIPTIONS, findDirectIdentifier } from "./direct-identifier.js";
import { directIdentifierProblem, isOpaqueId, OPAQUE_ID_MAX_LENGTH, opaqueIdProblem } from "./opaque-id.js";

describe("opaqueIdProblem", () => {
  it.each(["AGR-2025-0007", "J-000123", "EV-0001", "e-1", "STF-0042", "NOTE-2025-0311", "7", "x1"])(
    "accepts %s",
    (id) => {
      expect(opaqueIdProblem(id)).toBeUndefined();
      expect(isOpaqueId(id)).toBe(true);
    },
  );

  it.each([
    ["", "is empty"],
    ["A1".repeat(33), `is longer than ${OPAQUE_ID_MAX_LENGTH} characters`],
    ["AGR 2025", "may hold only letters, digits"],
    ["-2025", "may hold only letters, digits"],
    ["Mary-Smith", "holds no digit"],
    ["AGR-Mary-Smith-1", "holds a word of 3 or more letters"],
    ["john.doe.1", "holds a word of 3 or more letters"],
    ["943-476-5919", "an NHS number"],
    ["QQ123456C-1", "a National Insurance number"],
    ["SW1A-1AA", "a postcode"],
    ["smith1982", "a name run into digits"],
  ])("refuses %j: it %s", (id, reason) => {
    expect(opaqueIdProblem(id)).toContain(reason);
    expect(isOpaqueId(id)).toBe(false);
  });

  // From JavaScript (an id read from a request or from JSON): a reason, as isOpaqueId says false, never a crash
  // ("Cannot read properties of undefined"), another function's TypeError, or a reason about its characters.
  it.each([
    [undefined, "is missing"],
    [null, "must be text (a string), not null"],
    [42, "must be text (a string), not a value of type number"],
    [{ id: "AGR-2025-0007" }, "must be text (a string), not an object"],
    [["AGR-2025-0007"], "must be text (a string), not a list"],
  ])("gives a reason for %j, which is not text", (value, reason) => {
    expect(opaqueIdProblem(value)).toBe(reason);
    expect(isOpaqueId(value)).toBe(false);
  });

  it("accepts a UUID in any case, and nothing but text from JavaScript", () => {
    expect(opaqueIdProblem("3F2504E0-4F89-41D3-9A0C-0305E82C3301")).toBeUndefined();
    for (const value of [undefined, null, 7, {}, ["AGR-1"]]) expect(isOpaqueId(value)).toBe(false);
  });

  it("never repeats the id in its reason", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][a-z]{3,12}[-. ]?[0-9]{0,4}$/), (id) => {
        const problem = opaqueIdProblem(id);
        if (problem !== undefined) expect(problem).not.toContain(id);
      }),
    );
  });

  it("accepts only ids of the allowed characters, with a digit and no direct identifier", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (id) => {
        if (opaqueIdProblem(id) !== undefined) return;
        expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
        expect(id).toMatch(/[0-9]/);
        expect(findDirectIdentifier(id)).toBeUndefined();
      }),
    );
  });
});

describe("directIdentifierProblem", () => {
  it("describes each kind by DIRECT_IDENTIFIER_DESCRIPTIONS, and lets a label of words run into digits when asked", () => {
    expect(directIdentifierProblem("nb-SW1A1AA")).toBe(
      `holds what looks like ${DIRECT_IDENTIFIER_DESCRIPTIONS.postcode} at characters 4 to 10: never put a direct identifier in it`,
    );
    expect(directIdentifierProblem("ward3")).toContain(DIRECT_IDENTIFIER_DESCRIPTIONS["name-like"]);
    expect(directIdentifierProblem("ward3", { allowNameLike: true })).toBeUndefined();
    expect(directIdentifierProblem("P-000123")).toBeUndefined();
  });
});
