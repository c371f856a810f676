// One test per defect found reading the English packs of Kingsmere (a London borough) and Hollinbrook (a
// district council) as a council's data protection officer and HR adviser would (review 8).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

const ENGLISH = ["brackenford", "wendleshire", "hollinbrook", "stanmoor", "kingsmere"] as const;

describe("reasonable adjustments for candidates (Equality Act 2010 s.20 and Schedule 8)", () => {
  it.each(ENGLISH)("the panel guide asks every candidate and makes them, in %s", (name) => {
    const guide = documentOf(example(name), "roles/community-recruitment-panel-guide.md");
    expect(guide).toContain(
      "Every candidate is asked, when invited, whether they need any adjustments to take part in the event or the interview.",
    );
    expect(guide).toContain("(Equality Act 2010 s.20 and Schedule 8)");
    // Fair scoring no longer demands identical activities whatever a disabled candidate needs.
    expect(guide).toContain(
      "Every candidate meets the same activities, with any reasonable adjustments a disabled candidate needs (below), and is scored",
    );
  });

  it.each(ENGLISH)("the coordinator's role description says so under Recruitment, in %s", (name) => {
    const role = documentOf(example(name), "roles/local-area-coordinator.md");
    const recruitment = role.slice(role.indexOf("## Recruitment"));
    expect(recruitment).toContain("makes the reasonable adjustments a disabled candidate needs");
  });
});

describe("the privacy notice does not promise never to share with a partner it may have to tell", () => {
  it.each(["kingsmere", "hollinbrook"])(
    "names the exceptions where it says the council does not share with a partner, in %s",
    (name) => {
      const notice = documentOf(example(name), "data-protection/privacy-notice.md");
      expect(notice).toMatch(
        /may pass information about you to us \(section 14\), but we do not share information about you with them, unless the law allows us to share without your agreement, for one of the reasons below\./,
      );
      // The reasons below include preventing or detecting crime, and the police among the recipients.
      expect(notice).toContain(
        "or to prevent or detect crime. Sharing for these reasons does not depend on your agreement",
      );
    },
  );

  it("says so when no partner receives anything", () => {
    const config = example("kingsmere");
    const noRecipients = { ...config, partners: config.partners.map((p) => ({ ...p, receives: [] })) };
    const notice = documentOf(noRecipients, "data-protection/privacy-notice.md");
    expect(notice).toContain(
      "We do not pass information about you to any partner organisation, unless the law allows us to share without your agreement, for one of the reasons below.",
    );
  });
});

describe("the privacy notice on the police's own bases", () => {
  it.each([
    ["kingsmere", "Metropolitan Police Service"],
    ["hollinbrook", "Hollinshire Police"],
  ])("says that what %s's police first collected for law enforcement is under Part 3", (name, police) => {
    const notice = documentOf(example(name), "data-protection/privacy-notice.md");
    const line = notice.split("\n").find((l) => l.startsWith(`- ${police} uses your information`));
    expect(line).toContain(
      "Information it first collected to prevent, investigate or detect crime is covered by other rules, for law enforcement (Data Protection Act 2018 Part 3), and it passes such information to us only where the law allows it (Data Protection Act 2018 s.36(4)).",
    );
  });

  it("says nothing of Part 3 for a partner that is not a police force", () => {
    const notice = documentOf(example("kingsmere"), "data-protection/privacy-notice.md");
    const fire = notice.split("\n").find((l) => l.startsWith("- London Fire Brigade uses your information"));
    expect(fire).toBeDefined();
    expect(fire).not.toContain("Part 3");
  });
});

describe("the English coordinator's role description has an advert, as the Welsh one does", () => {
  const advert = (name: string) => {
    const role = documentOf(example(name), "roles/local-area-coordinator.md");
    const start = role.indexOf("## Advert text");
    expect(start).toBeGreaterThan(0);
    return (
      role
        .slice(start)
        .split("\n")
        .find((line) => line.startsWith("> ")) ?? ""
    );
  };

  it.each(ENGLISH)(
    "has no residence test, leaves the grade to job evaluation and offers adjustments, in %s",
    (name) => {
      const text = advert(name);
      expect(text).toContain("You do not need to live in the neighbourhood");
      const grade = example(name).team.coordinatorGrade;
      expect(text).toContain(
        grade === undefined
          ? "Grade or salary band: ____________________ (from job evaluation)."
          : `Grade or salary band: ${grade}.`,
      );
      expect(text).toContain("tell us of any adjustments you need");
      expect(text).toContain("at the level HR decides before the post is advertised: ____________________.");
    },
  );

  it("names the DBS check HR has decided", () => {
    const config = example("kingsmere");
    const decided = { ...config, team: { ...config.team, dbsCheck: "enhanced" as const } };
    const role = documentOf(decided, "roles/local-area-coordinator.md");
    expect(role).toContain(
      "An enhanced DBS check, without a barred list check is part of the pre-employment checks.",
    );
  });

  it("in Wales, gives the post's Welsh language category and welcomes applications in Welsh", () => {
    const text = advert("cwm-teg");
    expect(text).toContain("Welsh language: Welsh language skills are essential.");
    expect(text).toContain("will not be treated less favourably than applications in English");
  });
});

describe("a district council's gateways in its agreement with the county council", () => {
  /** The gateways listed under the council in an agreement's legal power to share. */
  const councilGateways = (path: string) => {
    const agreement = documentOf(example("hollinbrook"), path);
    const start = agreement.indexOf("- **Hollinbrook District Council (fictional).**");
    const rest = agreement.slice(start).split("\n").slice(1);
    return rest
      .slice(
        0,
        rest.findIndex((line) => !line.startsWith("  - ")),
      )
      .map((line) => line.split(":")[0]);
  };

  it("adds the district's co-operation duties as the county's relevant partner", () => {
    expect(councilGateways("data-sharing/hollinshire-county-council-fictional.md")).toEqual([
      "  - Localism Act 2011 s.1",
      "  - Care Act 2014 s.6",
      "  - Care Act 2014 s.7",
      "  - Children Act 2004 s.10",
    ]);
  });

  it("does not offer them in its agreements with other partners", () => {
    expect(councilGateways("data-sharing/hollinshire-police.md")).toEqual(["  - Localism Act 2011 s.1"]);
    expect(councilGateways("data-sharing/hollinbrook-housing-association.md")).toEqual([
      "  - Localism Act 2011 s.1",
    ]);
  });

  it("leaves a county or single-tier council's own gateways as they were", () => {
    const agreement = documentOf(example("kingsmere"), "data-sharing/metropolitan-police-service.md");
    expect(agreement).not.toContain("  - Care Act 2014 s.7:");
  });
});

describe("the DPIA's purposes give the prevention duty to the council, not to its partners", () => {
  it.each(["kingsmere", "brackenford", "stanmoor", "wendleshire"])("in %s", (name) => {
    const dpia = documentOf(example(name), "data-protection/dpia.md");
    expect(dpia).toContain(
      "- For the council: to prevent, delay or reduce needs for care and support, for adults and carers (Care Act 2014 s.2);",
    );
    expect(dpia).toContain(
      "- For the council and its partners: to learn, from pseudonymous counts and stories, what works.",
    );
    expect(dpia).not.toContain("For the council and its partners: to prevent");
  });

  it("in Wales, with the Social Services and Well-being (Wales) Act 2014 s.15", () => {
    const dpia = documentOf(example("cwm-teg"), "data-protection/dpia.md");
    expect(dpia).toContain(
      "- For the council: to prevent or delay needs for care and support (Social Services and Well-being (Wales) Act 2014 s.15).",
    );
  });
});

describe("the panel guide says candidates are told who on the panel sees their information", () => {
  it.each(ENGLISH)("in %s", (name) => {
    const guide = documentOf(example(name), "roles/community-recruitment-panel-guide.md");
    const confidentiality = guide.slice(
      guide.indexOf("## Confidentiality"),
      guide.indexOf("## How the appointment is made"),
    );
    expect(confidentiality).toContain(
      "The council tells candidates, before the event, that residents and partners on the community panel will meet them and what the panel will see",
    );
    expect(confidentiality).toContain("(UK GDPR Art 13(1)(e))");
    expect(confidentiality).toContain(
      "that the council gives them for the panel: ____________________ (what it is).",
    );
  });
});

describe("the privacy notice's categories include what introducing organisations pass on (Art 14)", () => {
  it.each(["kingsmere", "hollinbrook"])("in %s", (name) => {
    const notice = documentOf(example(name), "data-protection/privacy-notice.md");
    const kept = notice.slice(notice.indexOf("## 7. What information we keep"), notice.indexOf("## 8."));
    expect(kept).toContain(
      "only if you choose to tell us, or agree that an organisation that introduces you passes it on to us (section 14), and it helps.",
    );
    expect(kept).toContain(
      "Information about crimes or offences only if you tell us, or agree that an organisation that introduces you passes it on to us, or if it is needed to keep someone safe.",
    );
  });

  it("keeps the shorter words when no partner passes personal data to the council", () => {
    const config = example("kingsmere");
    const noSources = {
      ...config,
      partners: config.partners
        .filter((p) => p.receives.length > 0)
        .map((p) => ({ ...p, shares: [], anonymised: [] })),
    };
    const notice = documentOf(noSources, "data-protection/privacy-notice.md");
    expect(notice).toContain("only if you choose to tell us and it helps.");
  });
});

describe("the Easy Read notice says a service may tell the coordinator things, with the person's yes", () => {
  it.each(["kingsmere", "hollinbrook"])("in %s", (name) => {
    const easyRead = documentOf(example(name), "data-protection/privacy-notice-easy-read.md");
    expect(easyRead).toContain(
      "| Picture: a doctor | They only write about your health if you tell them, or say yes. |",
    );
    expect(easyRead).toContain(
      "| Picture: a letter from a service | Sometimes a service tells us about you, if you say yes. |",
    );
  });
});
