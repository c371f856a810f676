import { describe, expect, it } from "vitest";
import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  GATEWAYS,
  GATEWAY_IDS,
  OTHER_PROVISIONS,
  SCHEDULE_1_CONDITIONS,
  findSchedule1Condition,
  schedule1Condition,
} from "./index.js";

describe("the legal vocabulary", () => {
  it("names the Art 6 bases as the ICO does, with recognised legitimate interest (DUAA 2025 s.70)", () => {
    expect(ARTICLE_6_BASES.e).toEqual({ citation: "UK GDPR Art 6(1)(e)", name: "public task" });
    expect(ARTICLE_6_BASES.ea.name).toBe("recognised legitimate interest");
  });

  it("marks exactly the Art 9 conditions that need a Schedule 1 condition (DPA 2018 s.10)", () => {
    const needing = Object.entries(ARTICLE_9_CONDITIONS)
      .filter(([, condition]) => condition.needsSchedule1)
      .map(([letter]) => letter);
    expect(needing).toEqual(["b", "g", "h", "i", "j"]);
  });

  it("cites each Schedule 1 condition by part and paragraph, once", () => {
    const keys = SCHEDULE_1_CONDITIONS.map((condition) => `${condition.part}.${condition.paragraph}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const condition of SCHEDULE_1_CONDITIONS) {
      expect(condition.citation).toBe(
        `DPA 2018 Schedule 1 Part ${condition.part} paragraph ${condition.paragraph}`,
      );
    }
    expect(schedule1Condition(2, 18).name).toBe("Safeguarding of children and of individuals at risk");
    expect(findSchedule1Condition({ part: 2, paragraph: 5 })).toBeUndefined();
    expect(() => schedule1Condition(2, 5)).toThrow(/Part 2 paragraph 5/);
  });

  it("says which Schedule 1 conditions it knows when asked for another, and how to test without throwing", () => {
    expect(() => schedule1Condition(2, 5)).toThrow(RangeError);
    expect(() => schedule1Condition(2, 5)).toThrow(
      /DPA 2018 Schedule 1 Part 2 paragraph 5 is not a condition the toolkit knows\. It knows Part 1 paragraphs 1, 2; Part 2 paragraphs 6, 8, 10, 11, 14, 18, 19; Part 3 paragraphs 29, 36\. Use one of those, or findSchedule1Condition\(\{ part, paragraph \}\), which gives undefined for a condition it does not know\./,
    );
  });

  it("names the Schedule 1 conditions as the ICO's list and the Act's headings do, no wider or narrower", () => {
    // Paragraph 2 covers six purposes (para 2(2)); social care is one of them, so the name does not single it out.
    expect(schedule1Condition(1, 2).name).toBe("Health or social care purposes");
    expect(schedule1Condition(2, 6).name).toBe("Statutory and government purposes");
    expect(schedule1Condition(2, 8).name).toBe("Equality of opportunity or treatment");
    expect(schedule1Condition(2, 10).name).toBe("Preventing or detecting unlawful acts");
    expect(schedule1Condition(2, 11).name).toBe("Protecting the public");
    expect(schedule1Condition(2, 14).name).toBe("Preventing fraud");
    expect(schedule1Condition(2, 19).name).toBe("Safeguarding of economic well-being of certain individuals");
  });

  it("has the Part 3 paragraph 29 consent condition for criminal offence data, which needs no appropriate policy document", () => {
    const consent = schedule1Condition(3, 29);
    expect(consent.citation).toBe("DPA 2018 Schedule 1 Part 3 paragraph 29");
    expect(consent.name).toBe("Consent");
    expect(consent.appropriatePolicyDocument).toBe("not-required");
    expect(consent.note).toMatch(/^For criminal offence data only/);
    // DUAA 2025 s.67(1) (in force 5 February 2026, SI 2026/82 reg 2(a)) made the existing text of
    // Article 4 its paragraph 1, so the definition of consent is point (11) of paragraph 1 (s.68(2)).
    expect(consent.note).toContain("UK GDPR standard of consent (Art 4(1)(11) and Art 7)");
    // Listed in order of part and paragraph.
    const order = SCHEDULE_1_CONDITIONS.map((condition) => condition.part * 100 + condition.paragraph);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("cites the Article 4 definitions as paragraph 1 points, as renumbered by DUAA 2025 s.67", () => {
    // s.67(1): "the existing text becomes paragraph 1"; s.67(2) substitutes "4(1)(7)" for "4(7)" in
    // DPA 2018 s.6 (meaning of "controller"). In force 5 February 2026 (SI 2026/82 reg 2(a)).
    expect(OTHER_PROVISIONS.separateControllers.citation).toBe("UK GDPR Art 4(1)(7)");
    const citations = [
      ...Object.values(OTHER_PROVISIONS).flatMap((provision) => [provision.citation, provision.name]),
      ...SCHEDULE_1_CONDITIONS.flatMap((condition) => [condition.citation, condition.name, condition.note]),
    ];
    for (const text of citations) expect(text).not.toMatch(/Art(icle)? 4\((?!1\))/);
  });

  it("cites the conditions for criminal offence data at DPA 2018 s.10(5), and what it includes at s.11(2)", () => {
    // s.10(5): Art 10(1) processing is authorised by law "only if it meets a condition in Part 1, 2 or 3 of
    // Schedule 1". s.11(2): "references to personal data relating to criminal convictions and offences …
    // include personal data relating to (a) the alleged commission of offences by the data subject, or
    // (b) proceedings for an offence committed or alleged to have been committed by the data subject".
    expect(OTHER_PROVISIONS.criminalOffenceData.citation).toBe("UK GDPR Art 10 and DPA 2018 s.10(5)");
    expect(OTHER_PROVISIONS.criminalOffenceData.name).toContain("Schedule 1 Parts 1 to 3");
    expect(OTHER_PROVISIONS.criminalOffenceDataMeaning.citation).toBe("UK GDPR Art 10 and DPA 2018 s.11(2)");
    expect(OTHER_PROVISIONS.criminalOffenceDataMeaning.name).toContain("alleged commission of offences");
  });

  it("cites Part 3's lawfulness rules for a law enforcement use of what the police receive, as read", () => {
    // DPA 2018 s.31 (the law enforcement purposes); s.35(2) (based on law, and consent or a competent
    // authority's task); s.35(4) and (5) (sensitive processing: consent, or strictly necessary and a
    // Schedule 8 condition, each with an appropriate policy document); s.35(8); s.42 (that document).
    expect(OTHER_PROVISIONS.lawEnforcementPurposes.citation).toBe("DPA 2018 s.31");
    expect(OTHER_PROVISIONS.lawEnforcementLawfulness.citation).toBe("DPA 2018 s.35(2)");
    expect(OTHER_PROVISIONS.lawEnforcementSensitiveProcessing.citation).toBe("DPA 2018 s.35(4) and (5)");
    expect(OTHER_PROVISIONS.lawEnforcementSensitiveProcessing.name).toContain("Schedule 8");
    expect(OTHER_PROVISIONS.sensitiveProcessingMeaning.citation).toBe("DPA 2018 s.35(8)");
    expect(OTHER_PROVISIONS.lawEnforcementPolicyDocument.citation).toBe("DPA 2018 s.42");
  });

  it("gives every gateway a legislation source and an id that matches its key", () => {
    expect(Object.keys(GATEWAYS)).toEqual([...GATEWAY_IDS]);
    for (const [id, gateway] of Object.entries(GATEWAYS)) {
      expect(gateway.id).toBe(id);
      expect(gateway.source).toMatch(/^https:\/\/(www\.legislation\.gov\.uk|law\.gov\.wales)\//);
    }
  });

  it("offers NHS Act 2006 s.82 in England and Wales, as read: the NHS (Wales) Act 2006 has no co-operation duty", () => {
    // s.82(1) binds NHS bodies (including Local Health Boards and Welsh NHS trusts) and local
    // authorities "of England and Wales"; only its guidance (s.82(2)–(4)) is for England.
    const s82 = GATEWAYS["nhs-act-2006-s82"];
    expect(s82.extent).toBe("england-and-wales");
    expect(s82.status).toBe("verified");
    expect(s82.summary).toContain("the health and welfare of the people of England and Wales");
    expect(s82.summary).toContain("local health boards");
    // s.82(2) to (4), inserted by the Health and Care Act 2022 s.75(3): the guidance is on the duty "in
    // relation to England", and "an NHS body other than a Welsh NHS body" and "a local authority in
    // England" must have regard to it.
    expect(s82.summary).toContain(
      "the Secretary of State's guidance on the duty in England is for NHS bodies other than Welsh NHS bodies, and for local authorities in England, which must have regard to it",
    );
    // The Welsh NHS bodies are named once, in the duty's own clause, not defined again (review 22: a long
    // aside in the agreements of English councils).
    expect(s82.summary).not.toContain("Special Health Authorities");
    // Part 3 of the NHS (Wales) Act 2006 (ss.32–40) has no co-operation duty: no gateway cites one.
    expect(GATEWAY_IDS).not.toContain("nhs-wales-act-2006-co-operation");
    for (const gateway of Object.values(GATEWAYS)) {
      expect(gateway.citation).not.toMatch(/National Health Service \(Wales\) Act 2006/);
    }
  });

  it("says the general power of competence is subject to Localism Act 2011 ss.2 to 4, as s.1(4) does", () => {
    // s.1(4): the power to do a thing "(subject to sections 2 to 4)"; s.2 its boundaries, s.3 the limits on
    // charging, s.4 on doing things for a commercial purpose (read on the revised text).
    expect(GATEWAYS["localism-act-2011-s1"].summary).toMatch(/boundaries of s\.2 .* ss\.3–4 \(s\.1\(4\)\)/);
  });

  it("records Care Act 2014 s.7 and Crime and Disorder Act 1998 s.115 as read", () => {
    const s7 = GATEWAYS["care-act-2014-s7"];
    expect(s7.status).toBe("verified");
    // s.7(2) runs both ways, and s.7(3) asks for written reasons for a refusal.
    expect(s7.summary).toContain("the council must do so when a relevant partner or another council asks");
    expect(s7.summary).toContain("written reasons");
    const s115 = GATEWAYS["crime-and-disorder-act-1998-s115"];
    expect(s115.status).toBe("verified");
    expect(s115.summary).toContain("necessary or expedient for the purposes of any provision of the Act");
  });

  it("has s.115 name a provision of the Act, with s.17 as the example, not a vague aim", () => {
    const s115 = GATEWAYS["crime-and-disorder-act-1998-s115"];
    expect(s115.summary).not.toContain("such as reducing crime and disorder");
    expect(s115.summary).toContain("the party names that provision");
    expect(s115.summary).toContain("re-offending and serious violence in its area (s.17)");
    // s.17(2) binds fire and rescue authorities and local policing bodies as well as councils.
    expect(s115.summary).not.toContain("the council's duty");
    expect(s115.summary).toContain(
      "the duty of each authority to which s.17 applies (among them councils, fire and rescue authorities and local policing bodies)",
    );
  });

  it("keeps SSWBA ss.166–168 a summary, stating only what s.167 and the 2015 Regulations say", () => {
    const partnership = GATEWAYS["sswba-2014-ss166-168"];
    expect(partnership.status).toBe("summary");
    expect(partnership.extent).toBe("wales");
    expect(partnership.summary).toContain("Partnership Arrangements (Wales) Regulations 2015");
    expect(partnership.summary).toContain("pooled fund");
    expect(partnership.summary).toContain("(s.167)");
    // s.167 gives resources for the arrangements, not a power to share information: none is claimed.
    expect(partnership.summary).not.toMatch(/share information|information sharing/);
  });
});
