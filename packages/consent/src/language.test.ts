import { describe, expect, it } from "vitest";
import { appendRecord, emptyConsentLog } from "./consent-log.js";
import { parseConsentRecord } from "./consent-record.js";
import { CONSENT_LANGUAGES, type ConsentLanguage } from "./language.js";
import { agreement } from "./test-support/fixtures.js";

function issues(value: unknown) {
  const result = parseConsentRecord(value);
  return result.ok ? [] : result.errors;
}

describe("the languages of an agreement", () => {
  it("are Welsh and English, as BCP 47 language tags", () => {
    expect(CONSENT_LANGUAGES).toEqual(["cy", "en"]);
    expect(Object.isFrozen(CONSENT_LANGUAGES)).toBe(true);
  });

  it("records the language the person chose for correspondence, and the language of the notice given", () => {
    for (const correspondenceLanguage of CONSENT_LANGUAGES) {
      expect(issues(agreement({ correspondenceLanguage }))).toEqual([]);
    }
    const lists: ConsentLanguage[][] = [["cy"], ["en"], ["cy", "en"], ["en", "cy"]];
    for (const languages of lists) {
      expect(issues(agreement({ notice: { id: "NTC-0003", version: "3", languages } }))).toEqual([]);
    }
    const both = parseConsentRecord(
      agreement({
        correspondenceLanguage: "cy",
        notice: { id: "NTC-0003", version: "3", languages: ["cy"] },
      }),
    );
    expect(both).toMatchObject({
      ok: true,
      record: { correspondenceLanguage: "cy", notice: { languages: ["cy"] } },
    });
  });

  it("keeps an older agreement without them valid, and adds nothing to it", () => {
    const older = agreement();
    expect(older).not.toHaveProperty("correspondenceLanguage");
    const parsed = parseConsentRecord(older);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toEqual(older);
    expect(parsed.record).not.toHaveProperty("correspondenceLanguage");
    expect(parsed.record.type === "agreement" && parsed.record.notice).toEqual({
      id: "NTC-0003",
      version: "3",
    });
    expect(appendRecord(emptyConsentLog(), older).ok).toBe(true);
  });

  it("refuses another correspondence language, naming the field and the codes to use", () => {
    const [problem, ...rest] = issues({ ...agreement(), correspondenceLanguage: "Welsh" });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: "invalid-value", path: "correspondenceLanguage" });
    expect(problem?.message).toBe('correspondenceLanguage: Use "cy" for Welsh or "en" for English.');
  });

  it("refuses a tag with a region, in capitals, or a language's name, with the codes to write", () => {
    for (const given of ["en-GB", "cy-GB", "CY", "EN", "English", "Cymraeg", "Saesneg", "fr", 1]) {
      const [problem, ...rest] = issues({ ...agreement(), correspondenceLanguage: given });
      expect(rest, String(given)).toEqual([]);
      expect(problem?.message, String(given)).toBe(
        'correspondenceLanguage: Use "cy" for Welsh or "en" for English.',
      );
    }
  });

  it("refuses a notice language that is not Welsh or English, at its place in the list", () => {
    const problems = issues({
      ...agreement(),
      notice: { id: "NTC-0003", version: "3", languages: ["cy", "pl"] },
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: "invalid-value", path: "notice.languages[1]" }),
    ]);
    expect(problems[0]?.message).toBe('notice.languages[1]: Use "cy" for Welsh or "en" for English.');
  });

  it("takes the notice's languages as a list, each once, at least one", () => {
    const single = issues({ ...agreement(), notice: { id: "NTC-0003", version: "3", languages: "cy" } });
    expect(single).toEqual([expect.objectContaining({ path: "notice.languages" })]);
    expect(single[0]?.message).toContain('["cy"]');
    const none = issues({ ...agreement(), notice: { id: "NTC-0003", version: "3", languages: [] } });
    expect(none).toEqual([expect.objectContaining({ path: "notice.languages" })]);
    expect(none[0]?.message).toBe(
      'notice.languages: Give a list: ["cy"], ["en"] or ["cy", "en"], or leave languages out.',
    );
    const twice = issues({
      ...agreement(),
      notice: { id: "NTC-0003", version: "3", languages: ["cy", "en", "cy"] },
    });
    expect(twice).toEqual([
      expect.objectContaining({
        path: "notice.languages[2]",
        message: "notice.languages[2]: This language is listed twice.",
      }),
    ]);
  });
});
