import { describe, expect, it } from "vitest";
import { councilConfigSchema } from "./council-config-schema.js";
import { choicesOf, descriptionOf, schemaAt, schemaDefault, valueTypeOf } from "./schema-walk.js";

describe("schema introspection, for question models", () => {
  it("finds the schema of a field through objects, lists and defaults", () => {
    expect(schemaAt(councilConfigSchema, ["neighbourhoods", 0, "population"])).toBeDefined();
    expect(schemaAt(councilConfigSchema, ["programme", "communityCatalystsSupport", "days"])).toBeDefined();
    expect(schemaAt(councilConfigSchema, ["council", "nmae"])).toBeUndefined();
    expect(schemaAt(councilConfigSchema, ["council", 0])).toBeUndefined();
  });

  it("lists the choices of an enum, or of a list of enums", () => {
    expect(choicesOf(schemaAt(councilConfigSchema, ["council", "nation"]))).toEqual(["england", "wales"]);
    expect(choicesOf(schemaAt(councilConfigSchema, ["output", "languages"]))).toEqual(["en", "cy"]);
    expect(choicesOf(schemaAt(councilConfigSchema, ["council", "name"]))).toBeUndefined();
  });

  it("reads the schema's defaults", () => {
    expect(
      schemaDefault(schemaAt(councilConfigSchema, ["programme", "communityCatalystsSupport", "days"])),
    ).toBe(30);
    expect(schemaDefault(schemaAt(councilConfigSchema, ["neighbourhoods", 0, "coordinators"]))).toBe(1);
    expect(schemaDefault(schemaAt(councilConfigSchema, ["dataProtection", "sharingAgreement"]))).toBe(
      "per-partner",
    );
    expect(schemaDefault(schemaAt(councilConfigSchema, ["council", "name"]))).toBeUndefined();
  });

  it("reads descriptions", () => {
    expect(descriptionOf(schemaAt(councilConfigSchema, ["council", "gssCode"]))).toMatch(/GSS/);
  });

  it("tells what kind of value a field holds", () => {
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["council", "name"]))).toBe("string");
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["council", "population"]))).toBe("number");
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["council", "nation"]))).toBe("enum");
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["output", "formats"]))).toBe("array");
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["partners", 0, "publicAuthority"]))).toBe("boolean");
    expect(valueTypeOf(schemaAt(councilConfigSchema, ["dataProtection", "waspi"]))).toBe("object");
    expect(valueTypeOf(undefined)).toBeUndefined();
  });
});
