// One test per defect an HR adviser found reading Stanmoor's and Hollinbrook's role descriptions and
// community recruitment panel guide before job evaluation and advertising (review 25).
import { describe, expect, it } from "vitest";
import { documentOf, example, withManagerAsLead } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const guide = (name: string) => documentOf(example(name), "roles/community-recruitment-panel-guide.md");
const manager = (name: string) => documentOf(example(name), "roles/team-manager.md");

describe("the panel hears who was appointed after the final interview and the confirmed offer, not after the event", () => {
  for (const name of ["stanmoor", "hollinbrook"]) {
    it(name, () => {
      const events = part(guide(name), "## How the event works");
      const afterTheEvent = events.split("\n").find((line) => line.includes("**After the event.**")) ?? "";
      expect(afterTheEvent).toContain("shape the shortlist for the final interview");
      expect(afterTheEvent).not.toContain("who was appointed");
      const appointment = part(guide(name), "## How the appointment is made");
      expect(appointment).toContain(
        "Panel members do not tell candidates the outcome; they hear who was appointed once the offer is confirmed, and are invited to meet them.",
      );
    });
  }
});

describe("the panel guide leaves to the council how an involvement payment is made and taxed", () => {
  for (const name of ["stanmoor", "hollinbrook"]) {
    it(name, () => {
      const payment = part(guide(name), "## Payment, expenses and recognition");
      expect(payment).not.toContain("taxable payments go through payroll");
      expect(payment).toContain(
        "A payment can affect some benefits, and may be taxable: ____________________ (how the council pays it, as its payroll or finance team advises).",
      );
    });
  }
});

describe("the manager's duties give job evaluation the line management and the budget", () => {
  for (const name of ["stanmoor", "hollinbrook"]) {
    it(name, () => {
      const duties = part(manager(name), "## What the role does");
      expect(duties).toContain(
        "- Line-manages the coordinators under the council's HR policies: probation, appraisal, attendance, well-being and lone working.",
      );
      expect(duties).toContain("- Budget responsibility, if any: ____________________ (for job evaluation).");
    });
  }
});

describe("with several manager posts, each post's role says which neighbourhoods it leads", () => {
  it("stanmoor's two posts: the Leads row and the advert ask which neighbourhoods", () => {
    const md = manager("stanmoor");
    expect(tableRow(md, "Leads")).toContain(
      "Up to 6 Local Area Coordinators, in ____________________ (the neighbourhoods this post leads)",
    );
    const advert = part(md, "## Advert text");
    expect(advert).toContain(
      "Could you lead a team of Local Area Coordinators in ____________________ (the neighbourhoods this post leads), of these neighbourhoods: Stanmoor Central,",
    );
  });

  it("hollinbrook's one post leads them all, with no blank", () => {
    const md = manager("hollinbrook");
    expect(tableRow(md, "Leads")).not.toContain("____");
    expect(part(md, "## Advert text")).toContain(
      "Could you lead a team of Local Area Coordinators in these neighbourhoods: Hollinbrook Town,",
    );
  });
});

describe("the panel guide names who looks after the first recruitment if the manager is not yet in post, as the plan does", () => {
  const whoTakesPart = (markdown: string) => part(markdown, "## Who takes part");
  it("stanmoor, whose first manager may be recruited with the first coordinators", () => {
    expect(whoTakesPart(guide("stanmoor"))).toContain(
      "- The Local Area Coordination Team Manager (until one is in post, the person the implementation plan names: ____________________), who looks after the process",
    );
  });

  it("not where the programme lead holds the manager's post from the start", () => {
    const markdown = documentOf(
      withManagerAsLead(example("stanmoor")),
      "roles/community-recruitment-panel-guide.md",
    );
    expect(whoTakesPart(markdown)).toContain(
      "- The Local Area Coordination Team Manager, who looks after the process",
    );
  });
});

describe("the manager's role description gives the reporting line once, in its table", () => {
  for (const name of ["stanmoor", "hollinbrook"]) {
    it(name, () => {
      const md = manager(name);
      const reportsTo = tableRow(md, "Reports to").split("|")[2]!.trim();
      expect(md.split(`reports to the ${reportsTo}`)).toHaveLength(1);
    });
  }
});

describe("the coordinator's purpose gives the population a coordinator covers, not the neighbourhood's", () => {
  it("stanmoor, whose Stanmoor Central has about 18,600 people and two coordinators", () => {
    const purpose = part(
      documentOf(example("stanmoor"), "roles/local-area-coordinator.md"),
      "## Purpose of the role",
    );
    expect(purpose).toContain("| Stanmoor Central | Central, Canal Side | 2 |");
    expect(purpose).not.toContain("in a neighbourhood of about 8,000 to 10,000 people");
    expect(purpose).toContain(
      "A Local Area Coordinator is a single, local point of contact for about 8,000 to 10,000 people in a neighbourhood.",
    );
  });
});
