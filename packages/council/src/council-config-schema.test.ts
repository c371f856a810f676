import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  councilConfigErrorMap,
  councilConfigSchema,
  councilSchema,
  neighbourhoodSchema,
  neighbourhoodsSchema,
  nationSchema,
  partnerSchema,
  partnerSectorLabels,
  partnerSectorSchema,
  PARTNER_SECTORS,
} from "./index.js";
import { exampleText } from "./test-helpers.js";

describe("the zod schemas", () => {
  it("keep the sections introspectable for the CLI's questions", () => {
    expect(Object.keys(councilConfigSchema.shape)).toEqual([
      "council",
      "programme",
      "neighbourhoods",
      "team",
      "leadershipGroup",
      "partners",
      "dataProtection",
      "evaluation",
      "output",
      "documents",
      "templates",
    ]);
    expect(Object.keys(councilSchema.shape)).toEqual([
      "name",
      "shortName",
      "welshName",
      "nation",
      "gssCode",
      "population",
      "website",
    ]);
    expect(councilSchema.shape.population.description).toContain("people living in the council's area");
    expect(nationSchema.options).toEqual(["england", "wales"]);
  });

  it("validate one answer at a time, with the package's messages", () => {
    expect(partnerSectorSchema.safeParse("housing").success).toBe(true);
    const result = nationSchema.safeParse("Wales", { error: councilConfigErrorMap });
    expect(result.error?.issues[0]?.message).toBe(
      'Expected "england" or "wales", but found text ("Wales"). Did you mean "wales"?',
    );
  });

  it("suggest the key meant for an unknown key in a section, with the package's messages", () => {
    const result = councilSchema.safeParse(
      {
        name: "Brackenford Borough Council",
        shortname: "Brackenford",
        nation: "england",
        gssCode: "E06999001",
        population: 151800,
        website: "https://brackenford.example.gov.uk",
      },
      { error: councilConfigErrorMap },
    );
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'The required key "shortName" is missing.',
      'Unknown key "shortname". Did you mean "shortName"?',
    ]);
  });

  it("fill in a neighbourhood's default number of coordinators", () => {
    expect(
      neighbourhoodSchema.parse({ name: "Northfield", population: 9100, places: ["Northfield"] })
        .coordinators,
    ).toBe(1);
  });

  it("check the names in a list of neighbourhoods on their own", () => {
    const result = neighbourhoodsSchema.safeParse([
      { name: "North East", population: 9000, places: ["a"] },
      { name: "North-East", population: 9000, places: ["b"] },
    ]);
    expect(result.error?.issues).toMatchObject([
      { path: [1, "name"], params: { code: "duplicate-neighbourhood-name" } },
    ]);
  });

  it("give a partner no receives by default", () => {
    const partner = partnerSchema.parse({
      organisation: "Brackenford Homes",
      kind: "housing-association",
      icoRegistrationNumber: "ZZ999005",
      shares: ["introductions"],
    });
    expect(partner.receives).toEqual([]);
  });

  it("check the rules between sections when the whole schema is used directly", () => {
    const data = parse(exampleText("brackenford")) as { council: Record<string, unknown> };
    const result = councilConfigSchema.safeParse({
      ...data,
      council: { ...data.council, gssCode: "W06999001" },
    });
    expect(result.error?.issues).toMatchObject([
      { code: "custom", path: ["council", "gssCode"], params: { code: "gss-code-nation-mismatch" } },
    ]);
  });

  it("label every partner sector", () => {
    expect(Object.keys(partnerSectorLabels)).toEqual([...PARTNER_SECTORS]);
    expect(partnerSectorLabels["primary-care"]).toBe("Primary care (GP practice or primary care network)");
  });
});
