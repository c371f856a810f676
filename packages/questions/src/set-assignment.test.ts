import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import { parseSetAssignment, questionKinds } from "./set-assignment.js";

const kinds = questionKinds(councilQuestions);
const value = (flag: string) => {
  const result = parseSetAssignment(flag, kinds);
  if (!result.ok) throw new Error(result.message);
  return result.assignment.value;
};

describe("parseSetAssignment", () => {
  it("reads the value as the question at that path expects", () => {
    expect(value("council.population=250,000")).toBe(250000);
    expect(value("neighbourhoods[2].places=North, South")).toEqual(["North", "South"]);
    expect(value("partners[0].publicAuthority=yes")).toBe(true);
    expect(value("council.gssCode=E06000001")).toBe("E06000001");
    expect(value("programme.startDate=2027-04-01")).toBe("2027-04-01");
  });

  it("reads a list in YAML flow style", () => {
    expect(value("output.languages=[en, cy]")).toEqual(["en", "cy"]);
  });

  it("reads fields no question asks about as their schema says: text stays text", () => {
    expect(value("dataProtection.dataProtectionOfficer.role=Officer #2")).toBe("Officer #2");
    expect(value("dataProtection.dataProtectionOfficer.role=Head of IG: Data")).toBe("Head of IG: Data");
    expect(value("output.formats=markdown")).toEqual(["markdown"]);
  });

  it("reads lists of objects and objects as YAML", () => {
    expect(value("partners=[]")).toEqual([]);
  });

  it("keeps the path, with list positions", () => {
    const result = parseSetAssignment("neighbourhoods[1].name=Riverside", kinds);
    expect(result).toMatchObject({
      ok: true,
      assignment: { path: ["neighbourhoods", 1, "name"], value: "Riverside" },
    });
  });

  it("explains a malformed flag", () => {
    expect(parseSetAssignment("council.name", kinds)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/<path>=<value>/),
    });
    expect(parseSetAssignment("=x", kinds).ok).toBe(false);
    expect(parseSetAssignment("council..name=x", kinds)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a configuration path/),
    });
  });
});

describe("parseSetAssignment: a flag that is not text (from JavaScript)", () => {
  it("returns a message, never throws", () => {
    expect(parseSetAssignment(undefined as unknown as string, questionKinds(councilQuestions))).toEqual({
      ok: false,
      message:
        "--set needs text of the form <path>=<value>, for example --set council.population=250000, not a value of type undefined.",
    });
  });
});
