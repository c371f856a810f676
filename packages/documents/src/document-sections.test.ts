import { describe, expect, it } from "vitest";
import { documentSections } from "./document-sections.js";

describe("documentSections", () => {
  // The tables, keys in order, as the templates read them (the snapshot was made by the earlier
  // implementation, with Object.fromEntries and spreads, before it became plain loops).
  it("numbers each document's sections, with their aliases last", () => {
    expect(JSON.stringify(documentSections, null, 1)).toMatchSnapshot();
  });

  it("gives an alias the same section object as the name it stands for", () => {
    expect(documentSections.agreement.jointControllers).toBe(
      documentSections.agreement.controllerRelationship,
    );
    expect(documentSections.protocol.agreement).toBe(documentSections.protocol.informing);
    expect(documentSections.disclosure.specialCategory).toBe(documentSections.disclosure.lawfulBasis);
  });
});
