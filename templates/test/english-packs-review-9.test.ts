// One test per defect found reading the English packs of Brackenford (a unitary council), Stanmoor (a
// metropolitan district) and Wendleshire (a county council) as a council's data protection officer and
// HR adviser would (review 9). The district council's plan is Hollinbrook's.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

const ENGLISH = ["brackenford", "wendleshire", "hollinbrook", "stanmoor", "kingsmere"] as const;

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
      "the parties confirm on legislation.gov.uk that the current s.115(2) names it as a relevant authority",
    );
    // s.115 serves the Act's purposes only: a safe and well visit's fire safety rests on s.6.
    expect(fire).toContain("not for a purpose outside the Act");
  });
});
