// One test per defect found reading the English packs of Brackenford (a unitary council), Stanmoor (a
// metropolitan district) and Wendleshire (a county council) as a council's data protection officer and
// HR adviser would (review 9). The district council's plan is Hollinbrook's.
import { describe, expect, it } from "vitest";
import { documentOf, example, render } from "./examples.js";

const ENGLISH = ["brackenford", "wendleshire", "hollinbrook", "stanmoor", "kingsmere"] as const;

function advertOf(role: string): string {
  return role.slice(role.indexOf("## Advert text"));
}

describe("the coordinator's advert gives the configured grade as a sentence of its own", () => {
  it.each(["Local grade to be agreed", "Grade 7 (£33,366 to £36,648)", "£31,000 to £34,000 a year."])(
    "reads naturally with team.coordinatorGrade %j",
    (grade) => {
      const config = example("brackenford");
      const role = documentOf(
        { ...config, team: { ...config.team, coordinatorGrade: grade } },
        "roles/local-area-coordinator.md",
      );
      const advert = advertOf(role);
      const expected = /[.!?]$/.test(grade) ? grade : `${grade}.`;
      expect(advert).toContain(`hours a week for a full-time post. Grade or salary band: ${expected}`);
      expect(advert).not.toContain("; grade ");
      // The note above the advert no longer says that the grade is left to job evaluation when it is set.
      expect(advert).not.toContain("leaves the grade to job evaluation");
    },
  );

  it("leaves a blank for job evaluation when no grade is configured", () => {
    const role = documentOf(example("wendleshire"), "roles/local-area-coordinator.md");
    const advert = advertOf(role);
    expect(advert).toContain("leaves the grade to job evaluation");
    expect(advert).toContain("Grade or salary band: ____________________ (from job evaluation).");
  });

  it("Brackenford's example grade is text for an advert, not a note to the council", () => {
    expect(example("brackenford").team.coordinatorGrade).toBe("Local grade to be agreed");
  });
});

describe("DBS: conveying is the Safeguarding Vulnerable Groups Act's term, not driving", () => {
  it.each(ENGLISH)("the role descriptions name conveying as the Act has it, in %s", (name) => {
    for (const path of ["roles/local-area-coordinator.md", "roles/team-manager.md"]) {
      const role = documentOf(example(name), path);
      expect(role).not.toContain("drives an adult to or from health care");
      expect(role).toContain(
        'or conveys them to, from or between places where they receive health care, personal care or social work (driving them, or going with them as an assistant: "conveying" in the Act\'s sense)',
      );
      expect(role).toContain(
        "Whether a particular journey counts is for HR to confirm against the DBS guidance.",
      );
    }
  });

  it.each(ENGLISH)("an enhanced check without a barred list is a point for HR to confirm, in %s", (name) => {
    const role = documentOf(example(name), "roles/local-area-coordinator.md");
    expect(role).toContain(
      'it may be eligible for an enhanced check without a barred list, as "work with adults" (Police Act 1997 (Criminal Records) Regulations 2002, regulations 5A(b) and 5B). Whether the post does it often enough is for HR to check against the DBS eligibility guidance, and to record. Work open to everyone in a neighbourhood is not, on its own, wholly or mainly for them.',
    );
    expect(role).toContain(
      "Confirm it with the DBS eligibility guidance before the post is advertised, from what the post will actually do, and record why:",
    );
  });
});

describe("a district council's plan says how a coordinator raises a concern about a child", () => {
  it("names the county council's children's services and the local safeguarding arrangements", () => {
    const plan = documentOf(example("hollinbrook"), "implementation-plan.md");
    expect(plan).toContain(
      "- **Safeguarding children.** A district council is not a children's services authority",
    );
    expect(plan).toContain("the county council's children's services");
    expect(plan).toContain("(Children Act 2004 s.16E)");
    expect(plan).toContain("Children Act 2004 s.11");
  });

  it.each(["brackenford", "wendleshire", "stanmoor", "kingsmere"])(
    "is not said of a council with children's services, %s",
    (name) => {
      const plan = documentOf(example(name), "implementation-plan.md");
      expect(plan).not.toContain("A district council is not a children's services authority");
    },
  );
});

describe("a fire and rescue authority's legal power to share", () => {
  it.each([
    ["brackenford", "data-sharing/brackenshire-fire-and-rescue-service.md"],
    ["stanmoor", "data-sharing/greater-stanmoor-fire-and-rescue-service.md"],
  ])("offers Crime and Disorder Act 1998 s.115 beside its fire safety duty, in %s", (name, path) => {
    const agreement = documentOf(example(name), path);
    const power = agreement.slice(
      agreement.indexOf("**Legal power to share.**"),
      agreement.indexOf("**Purpose limitation.**"),
    );
    const fire = power.slice(power.indexOf("Fire and Rescue Service.**"));
    expect(fire).toContain("Fire and Rescue Services Act 2004 s.6");
    expect(fire).toContain("Crime and Disorder Act 1998 s.115");
    // s.17 binds fire and rescue authorities too: the example is not the council's duty alone.
    expect(fire).toContain(
      "the duty of each authority to which s.17 applies (among them councils, fire and rescue authorities and local policing bodies)",
    );
    expect(fire).toContain(
      "s.115(2) names the London Fire Commissioner and fire and rescue authorities as relevant authorities",
    );
    // s.115 serves the Act's purposes only: a safe and well visit's fire safety rests on s.6.
    expect(fire).toContain("not for a purpose outside the Act");
  });
});

describe("the privacy notice's public task covers the children and families a coordinator walks alongside", () => {
  it.each(["brackenford", "wendleshire", "stanmoor", "kingsmere"])(
    "asks the data protection officer to name the council's function for children, in %s",
    (name) => {
      const notice = documentOf(example(name), "data-protection/privacy-notice.md");
      const basis = notice.slice(notice.indexOf("## 5."), notice.indexOf("Information about your health"));
      // The Care Act 2014 s.2 prevention duty is for adults and carers only.
      expect(basis).toContain(
        "to prevent, reduce or delay the need for care and support for adults and carers (Care Act 2014 s.2",
      );
      expect(basis).toContain(
        "For children and families: ____________________ (our data protection officer names the council's function for children that the programme serves, for example its arrangements to improve the well-being of children in its area, Children Act 2004 s.10).",
      );
    },
  );

  it("is unchanged for a district council, which names its own functions", () => {
    const notice = documentOf(example("hollinbrook"), "data-protection/privacy-notice.md");
    expect(notice).not.toContain("For children and families: ____");
  });
});

describe("the DPIA and the agreements give the same public task as the privacy notice", () => {
  it.each(["brackenford", "wendleshire", "stanmoor", "kingsmere"])(
    "name the prevention duty for adults and carers and leave the function for children to name, in %s",
    (name) => {
      const dpia = documentOf(example(name), "data-protection/dpia.md");
      expect(dpia).toContain(
        "- For the council: to prevent, delay or reduce needs for care and support, for adults and carers (Care Act 2014 s.2); for children and families, the function the council names: ____________________ (for example its arrangements to improve the well-being of children in its area, Children Act 2004 s.10).",
      );
      // Every data-sharing agreement gives the council's position on special category data the same way.
      const agreements = render(example(name)).filter(
        (document) =>
          document.path.startsWith("data-sharing/") &&
          document.content.includes("The council's position, a judgement for it to confirm"),
      );
      expect(agreements.length).toBeGreaterThan(0);
      for (const agreement of agreements) {
        expect(agreement.content).not.toContain(
          "its statutory functions (the Care Act 2014 s.2 prevention duty) for reasons of substantial public interest",
        );
        expect(agreement.content).toContain(
          "its statutory functions for reasons of substantial public interest: for adults and carers, the Care Act 2014 s.2 prevention duty; for children and families, the function the council names: ____________________",
        );
      }
    },
  );
});
