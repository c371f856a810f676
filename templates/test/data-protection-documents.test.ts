import {
  ACCESSIBLE_FORMATS,
  agreementSchema,
  ALL_ORDINARY,
  EXCEPTION_GROUNDS,
  INFORMATION_CATEGORIES,
  PURPOSES,
  type PurposeId,
  RECIPIENT_RELATIONSHIPS,
  REPRESENTATIVE_RELATIONSHIPS,
  withdrawalSchema,
} from "@lac/consent";
import { WELSH_LANGUAGE_CATEGORIES } from "@lac/council";
import type { RenderedDocument } from "@lac/documents";
import { supportLevelLabels, supportLevels } from "@lac/journeys";
import { describe, expect, it } from "vitest";
import { example, EXAMPLES, render } from "./examples.js";
import { AGREED_PURPOSES, EXCEPTION_ONLY_PURPOSES } from "./form-purposes.js";

function documentAt(documents: readonly RenderedDocument[], path: string): string {
  const found = documents.find((document) => document.path === path);
  if (!found) throw new Error(`${path} is not in the pack`);
  return found.content;
}

/** The keys of a zod object schema (a refined object keeps its shape). */
function keysOf(schema: unknown): string[] {
  return Object.keys((schema as { shape: Record<string, unknown> }).shape);
}

/** The "Words" cells of the Easy Read tables: what the reader reads. */
function easyReadLines(content: string): string[] {
  return content
    .split("\n")
    .filter((line) => line.startsWith("| Picture: "))
    .map((line) => line.split("|")[2]!.trim());
}

/** Words a reader of Easy Read should not meet unexplained. */
const JARGON = [
  /\bprocess(ing|ed)?\b/i,
  /\bcontroller\b/i,
  /\blawful basis\b/i,
  /\bGDPR\b/,
  /\bspecial category\b/i,
  /\bpursuant\b/i,
  /\bhereby\b/i,
  /\bdata subject\b/i,
  /\bretention\b/i,
  /\bthird part(y|ies)\b/i,
];

describe.each(EXAMPLES)("the data protection documents of %s", (name) => {
  const documents = render(example(name));

  describe("the Easy Read privacy notice", () => {
    const content = documentAt(documents, "data-protection/privacy-notice-easy-read.md");
    const lines = easyReadLines(content);

    it("puts a picture on the left of every line", () => {
      expect(lines.length).toBeGreaterThan(20);
      const rows = content
        .split("\n")
        .filter(
          (line) => line.startsWith("| ") && !line.startsWith("| Picture |") && !line.startsWith("| --- |"),
        );
      for (const row of rows) expect(row, row).toMatch(/^\| Picture: [^|]+ \| /);
    });

    it("writes one short sentence a line: at most 15 words, one full stop", () => {
      for (const line of lines) {
        const words = line
          .replace(/<[^>]+>/g, "address")
          .split(/\s+/)
          .filter(Boolean);
        expect(words.length, line).toBeLessThanOrEqual(15);
        const sentences = line.replace(/<[^>]+>/g, "address").match(/[.!?](\s|$)/g) ?? [];
        expect(sentences.length, line).toBe(1);
      }
    });

    it("uses everyday words", () => {
      for (const line of lines) for (const word of JARGON) expect(line, line).not.toMatch(word);
    });

    it("says who to talk to, with an address to write to and the ICO", () => {
      const whoToTalkTo = content.slice(content.indexOf("## Who to talk to"));
      expect(whoToTalkTo).toContain("Talk to your coordinator first.");
      expect(whoToTalkTo).toMatch(/Or email our data protection team: <[^>]+@[^>]+>\./);
      expect(whoToTalkTo).toContain("You can also complain to the Information Commission, called the ICO.");
    });
  });

  describe("the privacy notice", () => {
    const content = documentAt(documents, "data-protection/privacy-notice.md");

    it("has a section for every item of the ICO's right-to-be-informed checklist (UK GDPR Arts 13 and 14)", () => {
      for (const heading of [
        "## 1. Who we are",
        "## 2. Our representative",
        "## 3. Our data protection officer",
        "## 4. Why we use your information",
        "## 5. The law that allows us to use it (our lawful basis)",
        "## 6. Legitimate interests",
        "## 7. What information we keep",
        "## 8. Who we share it with",
        "## 9. Sending information abroad",
        "## 10. How long we keep it",
        "## 11. Your rights",
        "## 12. Changing your mind about sharing",
        "## 13. How to complain",
        "## 14. Where your information comes from",
        "## 15. Do you have to give us information?",
        "## 16. Decisions made by computers",
      ]) {
        expect(content).toContain(heading);
      }
    });

    it("gives the council's own complaint route as well as the ICO's", () => {
      const complaints = content.slice(content.indexOf("## 13."), content.indexOf("## 14."));
      expect(complaints).toContain("Data Protection Act 2018 s.164A");
      expect(complaints).toContain("<https://ico.org.uk/make-a-complaint/>");
    });
  });

  describe("the agreement-to-share form", () => {
    const content = documentAt(documents, "data-protection/agreement-to-share-form.md");

    /** The parts the person gets a copy of (A and B), and the part for staff with the codes (C). */
    const personsCopy = content.slice(content.indexOf("## Part A"), content.indexOf("## Part C"));
    const partC = content.slice(content.indexOf("## Part C: The case-note system's codes (for staff only)"));

    it("has exactly the fields of an @lac/consent agreement, and nothing the record cannot hold", () => {
      // `type` is the record's kind; the form is, as a whole, an agreement. The language for
      // correspondence is asked only by a council in Wales (the Welsh Language Standards).
      const config = example(name);
      const fields = keysOf(agreementSchema).filter(
        (key) => key !== "type" && (key !== "correspondenceLanguage" || config.council.nation === "wales"),
      );
      const partCFields = partC.slice(0, partC.indexOf("| Section | Choice | Code |"));
      for (const field of fields) expect(partCFields, field).toMatch(new RegExp(`\\| \`${field}\`[ :]`));
      const codesInPartC = new Set([...partCFields.matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]));
      const known = new Set([
        ...fields,
        ...keysOf(withdrawalSchema),
        "organisation",
        "role",
        "relationship",
        "format",
        "evidenceRef",
        "version",
        "languages",
      ]);
      for (const code of codesInPartC) expect(known.has(code!), code).toBe(true);
      expect(personsCopy.length).toBeGreaterThan(1000);
      expect(personsCopy).not.toContain("`");
    });

    it("offers every category, agreed purpose, method, format and relationship of @lac/consent, in words, with its code for staff", () => {
      const codes = [
        ALL_ORDINARY,
        ...Object.keys(INFORMATION_CATEGORIES),
        ...AGREED_PURPOSES,
        "verbal",
        "written",
        "accessible-format",
        "via-representative",
        ...ACCESSIBLE_FORMATS,
        ...REPRESENTATIVE_RELATIONSHIPS,
        ...RECIPIENT_RELATIONSHIPS,
      ];
      for (const code of codes) expect(partC, code).toContain(` | \`${code}\` |`);
      for (const category of Object.values(INFORMATION_CATEGORIES)) {
        expect(personsCopy).toContain(`- [ ] ${category.label}\n`);
        expect(partC).toContain(`| 4 | ${category.label} | \`${category.id}\` |`);
      }
      for (const id of AGREED_PURPOSES) {
        expect(personsCopy).toContain(`- [ ] ${PURPOSES[id].label}\n`);
        expect(partC).toContain(`| 5 | ${PURPOSES[id].label} | \`${id}\` |`);
      }
    });

    it("asks the person to agree only to purposes that depend on agreement; the others are exceptions", () => {
      expect(AGREED_PURPOSES).toContain("safeguarding");
      const why = content.slice(content.indexOf("### 5. Why"), content.indexOf("### 6. "));
      for (const [id, grounds] of Object.entries(EXCEPTION_ONLY_PURPOSES)) {
        expect(Object.keys(PURPOSES)).toContain(id);
        expect(EXCEPTION_GROUNDS).toContain(grounds);
        expect(why, id).not.toContain(`- [ ] ${PURPOSES[id as PurposeId].label}`);
        expect(why, id).toContain(`\n- ${PURPOSES[id as PurposeId].label}\n`);
        expect(partC, id).toContain(`| ${PURPOSES[id as PurposeId].label} | \`${grounds}\` | \`${id}\` |`);
      }
      expect(why).toContain("does not depend on the person's agreement");
      expect(why).toContain("recorded as an exception");
      expect(why).toContain("the privacy notice explains");
    });

    it("has a withdrawal section with every field of an @lac/consent withdrawal", () => {
      const partB = content.slice(content.indexOf("## Part B: Withdrawal"), content.indexOf("## Part C"));
      expect(partB.length).toBeGreaterThan(0);
      const fields = keysOf(withdrawalSchema).filter((key) => key !== "type");
      for (const field of fields)
        expect(partC, field).toMatch(new RegExp(`\\| B \\| [^|]+ \\| \`${field}\``));
      expect(partB).toContain("- [ ] The whole agreement\n- [ ] Part of it:");
      for (const kind of ["whole-agreement", "part"]) expect(partC).toContain(`| \`${kind}\``);
    });
  });

  it("defines the levels of support in the plan as @lac/journeys records them", () => {
    const plan = documentAt(documents, "implementation-plan.md");
    for (const level of supportLevels) expect(plan).toContain(`- **${supportLevelLabels[level]}:**`);
  });
});

describe("the DPIA", () => {
  const content = documentAt(render(example("brackenford")), "data-protection/dpia.md");

  it("follows the steps of the ICO's sample template", () => {
    const headings = content.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Step 1: Identify the need for a DPIA",
      "## Step 2: Describe the processing",
      "## Step 3: Consultation",
      "## Step 4: Assess necessity and proportionality",
      "## Step 5: Identify and assess risks",
      "## Step 6: Identify measures to reduce risk",
      "## Step 7: Sign off and record outcomes",
    ]);
    for (const sub of [
      "### Nature of the processing",
      "### Scope of the processing",
      "### Context of the processing",
      "### Purposes of the processing",
    ]) {
      expect(content).toContain(sub);
    }
  });

  it("rates every risk with the ICO's words, and fills the lawful bases of the council and every partner", () => {
    const risks = content.slice(content.indexOf("## Step 5"), content.indexOf("## Step 6"));
    const rows = risks.split("\n").filter((line) => /^\| \d+ \| /.test(line));
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows.slice(0, -1)) {
      expect(row).toMatch(
        /\| (remote|possible|probable) \| (minimal|significant|severe) \| (low|medium|high) \|$/,
      );
    }
    // Every partner has a row: its own Article 6 basis, or why it needs none (a service of the council
    // itself, or a partner that shares anonymised figures only).
    const config = example("brackenford");
    for (const partner of config.partners)
      expect(content).toMatch(
        new RegExp(
          `\\| ${partner.organisation} \\| (UK GDPR Art 6\\(1\\)|Part of the council|Anonymised figures only)`,
        ),
      );
    expect(content).toContain(
      "| Brackenford Hospitals NHS Foundation Trust | UK GDPR Art 6(1)(e) public task |",
    );
    expect(content).toContain("| Brackenford Borough Council Adult Social Care | Part of the council");
    expect(content).toContain("| NHS Brackenshire Integrated Care Board | Anonymised figures only");
  });
});

describe("the role descriptions in Wales", () => {
  const config = example("cwm-teg");

  it.each(WELSH_LANGUAGE_CATEGORIES)(
    "state the Welsh language category %s with one of the Standards' four labels",
    (category) => {
      const documents = render({
        ...config,
        team: {
          ...config.team,
          welshLanguage: { coordinator: category, manager: category, assessment: "HR assessment, 2026" },
        },
      });
      const role = documentAt(documents, "roles/local-area-coordinator.md");
      const labels = [
        "Welsh language skills are essential",
        "Welsh language skills need to be learnt when appointed to the post",
        "Welsh language skills are desirable",
        "Welsh language skills are not necessary",
      ];
      const row = role.split("\n").find((line) => line.startsWith("| Welsh language |"))!;
      expect(labels.filter((label) => row.includes(label))).toHaveLength(1);
      expect(row).toContain("HR assessment, 2026");
    },
  );
});

describe("the team manager's reporting line", () => {
  it.each(EXAMPLES)("never reports to its own title in %s", (name) => {
    const role = documentAt(render(example(name)), "roles/team-manager.md");
    const title = role.split("\n")[0]!.replace("# Role description: ", "");
    const reportsTo = role.split("\n").find((line) => line.startsWith("| Reports to |"))!;
    expect(reportsTo).not.toContain(title);
    // The titles other councils use must not include the one the post reports to.
    const titles = role
      .split("\n")
      .find((line) => line.startsWith("Councils use several titles"))!
      .split("This description uses")[0]!;
    expect(titles).not.toContain(reportsTo.split("|")[2]!.trim());
    expect(titles).not.toContain("Programme Manager");
  });
});

describe("the pre-employment checks of the role descriptions", () => {
  const wendleshire = example("wendleshire");
  const roles = (config: typeof wendleshire) => {
    const documents = render(config);
    return {
      coordinator: documentAt(documents, "roles/local-area-coordinator.md"),
      manager: documentAt(documents, "roles/team-manager.md"),
    };
  };
  const travelRow = (text: string) =>
    text.split("\n").find((line) => line.includes("| Driving and travel |"))!;

  it("asks for a way to travel only of the posts in rural neighbourhoods, and of the manager, who covers them all", () => {
    const { coordinator, manager } = roles(wendleshire);
    expect(travelRow(coordinator)).toContain(
      "For the posts in Ashby Wold and Haddon Vale, rural neighbourhoods",
    );
    expect(travelRow(coordinator)).toContain("For the posts elsewhere, travel within the neighbourhood");
    expect(coordinator).toContain(
      "| For the posts in Ashby Wold and Haddon Vale: a way to travel between the places of a rural neighbourhood (see the checks below) | Essential for those posts | A |",
    );
    expect(travelRow(manager)).toContain(
      "including rural neighbourhoods (Ashby Wold and Haddon Vale) where public transport is limited",
    );
    // Every neighbourhood rural: no posts elsewhere.
    const allRural = {
      ...wendleshire,
      neighbourhoods: wendleshire.neighbourhoods.map((neighbourhood) => ({ ...neighbourhood, rural: true })),
    };
    expect(travelRow(roles(allRural).coordinator)).not.toContain("elsewhere");
  });

  it.each(EXAMPLES)("states the DBS eligibility tests as the law has them, in %s", (name) => {
    const { coordinator, manager } = roles(example(name));
    for (const role of [coordinator, manager]) {
      // Safeguarding Vulnerable Groups Act 2006 Sch 4: "day-to-day" household help; "wholly or mainly" for
      // adults receiving care (work with adults); regulated activity with children for their barred list.
      expect(role).toContain("day-to-day help with managing their cash, paying their bills or shopping");
      expect(role).toContain("wholly or mainly for adults who receive health or social care services");
      expect(role).toContain(
        "A check of the children's barred list is possible only if the post is in regulated activity with children",
      );
      expect(role).not.toContain("tests for the child workforce");
    }
  });
});

describe("the document switches", () => {
  it("leave out each new document when it is turned off", () => {
    const config = example("brackenford");
    const paths = render({
      ...config,
      documents: { dpia: false, privacyNotice: false, easyReadPrivacyNotice: false, agreementForm: false },
    }).map((document) => document.path);
    expect(paths.filter((path) => path.startsWith("data-protection/"))).toEqual([]);
    const all = render(config).map((document) => document.path);
    expect(all.filter((path) => path.startsWith("data-protection/"))).toEqual([
      "data-protection/dpia.md",
      "data-protection/privacy-notice.md",
      "data-protection/privacy-notice-easy-read.md",
      "data-protection/agreement-to-share-form.md",
    ]);
  });
});

describe("the plan fits the council", () => {
  const plan = (name: (typeof EXAMPLES)[number]) =>
    documentAt(render(example(name)), "implementation-plan.md");
  const section3 = (text: string) => text.slice(text.indexOf("## 3."), text.indexOf("## 4."));

  it("says the population range is each coordinator's, not each neighbourhood's", () => {
    // Wendleshire's Market Wendle has two coordinators for 18,900 people.
    expect(plan("wendleshire")).toContain("every coordinator here covers a population within that range");
    expect(plan("wendleshire")).not.toContain("every neighbourhood here is within that range");
  });

  it("speaks of the district councils in a county, and of the county's adult social care in a district", () => {
    expect(section3(plan("wendleshire"))).toContain("works with the district councils");
    expect(section3(plan("wendleshire"))).toContain("Crime and Disorder Act 1998 s.5");
    expect(section3(plan("hollinbrook"))).toContain("the county council's adult social care");
  });

  it.each(["brackenford", "stanmoor", "kingsmere"] as const)("speaks of its own services in %s", (name) => {
    expect(section3(plan(name))).toContain("works across the council's own services");
  });

  it("speaks of the Social Services and Well-being (Wales) Act 2014 and the Regional Partnership Board in Wales", () => {
    const text = section3(plan("cwm-teg"));
    expect(text).toContain("Social Services and Well-being (Wales) Act 2014");
    expect(text).toContain("Regional Partnership Board");
  });

  it("starts many neighbourhoods in waves, in the table and the chart, and ends the chart's bars on their last day", () => {
    const text = plan("stanmoor");
    expect(text).toContain("| 2 | Greenacre, Lowther Park, Mossfield, Tanners Hill |");
    expect(text).toContain("Community recruitment (wave 2) :");
    expect(text).toContain("  inclusiveEndDates\n");
    expect(plan("kingsmere")).not.toContain("(wave 1)");
  });

  it("runs the leadership group to the end of the programme, and designs the evaluation before the first coordinator starts", () => {
    const text = plan("stanmoor");
    const row = (name: string) =>
      text
        .split("\n")
        .find((line) => line.includes(`| ${name} |`))!
        .split(" | ");
    const group = row("Cross-sector leadership group");
    const growth = row("Growth and sustainability");
    expect(group[3]).toBe(growth[3]);
    const evaluation = row("Evaluation design");
    expect(text).toContain(`the evaluation is designed before the first coordinator starts on`);
    expect(evaluation[3]).toBe("31 March 2027");
    expect(row("Induction and training (wave 1)")[2]).toBe("1 June 2027");
  });

  it("shows part-time coordinators as full-time equivalents", () => {
    const text = plan("kingsmere");
    expect(text).toContain("4.5 full-time equivalent Local Area Coordinator posts");
    expect(text).toMatch(/\| Northgate Estate \| Northgate \| 13,000 \| 1\.5 \|/);
    const kingsmere = example("kingsmere");
    const role = documentAt(
      render({ ...kingsmere, team: { ...kingsmere.team, hoursPerWeek: 37 } }),
      "roles/local-area-coordinator.md",
    );
    expect(role).toContain(
      "in Northgate Estate, one part-time post of 0.5 full-time equivalent (18.5 hours a week)",
    );
  });
});
