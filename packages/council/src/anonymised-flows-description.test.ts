// The description of partners[].anonymised, in the schema and the JSON Schema made from it: anonymised
// figures are not personal data only when they are effectively anonymised (UK GDPR recital 26; the ICO's
// anonymisation guidance), not merely because the configuration calls them anonymised.
import { describe, expect, it } from "vitest";
import { councilConfigJsonSchema, partnerSchema } from "./index.js";

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
}

describe("partners[].anonymised's description", () => {
  const fromJsonSchema = (councilConfigJsonSchema() as Node).properties?.partners?.items?.properties
    ?.anonymised?.description;
  const fromZod = partnerSchema.shape.anonymised.meta()?.description;

  it.each([
    ["the JSON Schema", fromJsonSchema],
    ["the zod schema", fromZod],
  ])(
    "in %s, says when figures stop being personal data, and why small numbers are suppressed",
    (_where, text) => {
      expect(text).toBeDefined();
      expect(text).not.toContain("Anonymised figures are not personal data");
      expect(text).toContain(
        "Figures about people are personal data unless they are effectively anonymised: no one can be identified from them, directly or indirectly, by means reasonably likely to be used (UK GDPR recital 26; ICO guidance on anonymisation).",
      );
      expect(text).toContain("Small numbers and pseudonymised data can still be personal data.");
      expect(text).toContain(
        "Such a flow gets an aggregate-data note instead of lawful bases; its small-number suppression is there so that the figures stay anonymous.",
      );
    },
  );
});
