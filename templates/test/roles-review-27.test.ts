// HR adviser review 27 of the role descriptions, read for job evaluation and advert: each DBS test says one
// thing once, in English and Welsh, and each role description has only the tests that are about its post.
import { describe, expect, it } from "vitest";
import { documentOf, example, EXAMPLES } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const COORDINATOR = "roles/local-area-coordinator.md";
const MANAGER = "roles/team-manager.md";
const ROLES = [COORDINATOR, MANAGER];

/** The bullets under "How to decide the DBS level" (or its Welsh heading). */
function dbsBullets(role: string): readonly string[] {
  const heading = role.includes("**How to decide the DBS level.**")
    ? "**How to decide the DBS level.**"
    : "**Sut i benderfynu lefel y gwiriad DBS.**";
  return part(role, heading)
    .split("\n")
    .filter((line) => line.startsWith("- "));
}

const count = (text: string, words: string) => text.split(words).length - 1;

describe("1. each DBS test says one thing once", () => {
  it.each(EXAMPLES)(
    "names the adult's age, illness or disability once, for both activities, in %s",
    (name) => {
      for (const path of ROLES) {
        const role = documentOf(example(name), path);
        expect(count(role, "age, illness or disability")).toBe(1);
        expect(role).toContain(
          "- If, because of an adult's age, illness or disability, the post gives them day-to-day help with managing their cash, paying their bills or shopping, or conveys them to, from or between places where they receive health care, personal care or social work (driving them, or going with them as an assistant: \"conveying\" in the Act's sense), that is regulated activity with adults (Safeguarding Vulnerable Groups Act 2006, Schedule 4 Part 2, as amended by the Protection of Freedoms Act 2012): an enhanced check with the adults' barred list. Without regulated activity with adults, no adults' barred list check is possible.",
        );
      }
    },
  );

  it.each(EXAMPLES)(
    "says once that open work is not regulated activity, in the coordinator's own bullet, in %s",
    (name) => {
      const coordinator = documentOf(example(name), COORDINATOR);
      expect(coordinator).not.toContain("A post whose work is open to everyone");
      expect(count(coordinator, "not regulated activity with adults")).toBe(1);
      expect(count(coordinator, "no adults' barred list check is possible")).toBe(1);
      for (const path of ROLES) {
        const wholly = dbsBullets(documentOf(example(name), path)).filter((bullet) =>
          bullet.includes("wholly or mainly for adults"),
        );
        expect(wholly).toEqual([
          '- If the post gives assistance, advice or guidance provided wholly or mainly for adults who receive health or social care services, often enough, it may be eligible for an enhanced check without a barred list, as "work with adults" (Police Act 1997 (Criminal Records) Regulations 2002, regulations 5A(b) and 5B). Whether the post does it often enough is for HR to check against the DBS eligibility guidance, and to record. Work open to everyone in a neighbourhood is not, on its own, wholly or mainly for them.',
        ]);
      }
    },
  );

  it("says so in Welsh too, in the Welsh of the templates", () => {
    const cwmTeg = example("cwm-teg");
    for (const path of ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"]) {
      const role = documentOf(cwmTeg, path);
      expect(count(role, "oedran, salwch neu anabledd")).toBe(1);
      expect(role).not.toContain("Nid yw swydd y mae ei gwaith yn agored i bawb");
      const adults = dbsBullets(role).filter((bullet) => bullet.includes("Atodlen 4 Rhan 2"));
      expect(adults).toHaveLength(1);
      expect(adults[0]).toContain(
        "neu'n ei gludo i'r lleoedd lle mae'n cael gofal iechyd, gofal personol neu waith cymdeithasol, oddi yno, neu o un ohonynt i un arall (ei yrru, neu fynd gydag ef fel cynorthwyydd: \"cludo\" yn ystyr y Ddeddf), oherwydd ei oedran, salwch neu anabledd, mae hynny'n weithgaredd a reoleiddir gydag oedolion",
      );
      expect(adults[0]).toContain(
        "Heb weithgaredd a reoleiddir gydag oedolion, nid oes modd gwirio'r rhestr wahardd oedolion.",
      );
      expectGoodWelsh(dbsBullets(role).join("\n"), cwmTeg);
    }
  });
});

describe("2. each role description has the tests about its own post, in a readable order", () => {
  it.each(EXAMPLES)("leaves the manager's supervision test out of the coordinator's role, in %s", (name) => {
    const coordinator = documentOf(example(name), COORDINATOR);
    expect(coordinator).not.toContain("A manager who supervises");
    const bullets = dbsBullets(coordinator);
    expect(bullets[0]).toMatch(/^- Walking alongside people is open to anyone/);
    expect(bullets.at(-1)).toMatch(/^- A check of the children's barred list is possible only if/);
  });

  it.each(EXAMPLES)("gives the manager's supervision test after the tests it adds to, in %s", (name) => {
    const bullets = dbsBullets(documentOf(example(name), MANAGER));
    expect(bullets.at(-1)).toMatch(
      /^- A manager who supervises, day to day, staff in regulated activity is in scope as well: if the coordinators' posts are in regulated activity, check whether this post supervises them day to day: _+\.$/,
    );
    expect(bullets).toHaveLength(4);
  });

  it("in Welsh too", () => {
    const cwmTeg = example("cwm-teg");
    const coordinator = documentOf(cwmTeg, "roles/local-area-coordinator.cy.md");
    expect(coordinator).not.toContain("Mae rheolwr sy'n goruchwylio");
    const manager = dbsBullets(documentOf(cwmTeg, "roles/team-manager.cy.md"));
    expect(manager.at(-1)).toMatch(/^- Mae rheolwr sy'n goruchwylio, o ddydd i ddydd,/);
    expect(manager).toHaveLength(4);
  });
});

describe("3. what a coordinator does not do, each point once", () => {
  it.each(EXAMPLES)("says no assessment and the open-ended relationship once each, in %s", (name) => {
    const notDo = part(
      documentOf(example(name), COORDINATOR),
      "## What a Local Area Coordinator does not do",
    );
    expect(notDo).toContain("- **No assessment, no eligibility criteria, no time limit.**");
    expect(notDo).toContain(
      "- **No formal service.** The role is not social care, health care or case management, and it does not signpost people into services.",
    );
    expect(notDo).toContain(
      "- **No referral forms or hoops to qualify.** People can be introduced, or introduce themselves, without a form or a test.\n",
    );
    expect(count(notDo, "assess")).toBe(1);
  });

  it("in Welsh too", () => {
    const cwmTeg = example("cwm-teg");
    const role = documentOf(cwmTeg, "roles/local-area-coordinator.cy.md");
    const service =
      "- **Dim gwasanaeth ffurfiol.** Nid gofal cymdeithasol, gofal iechyd na rheoli achosion yw'r swydd, ac nid yw'n cyfeirio pobl at wasanaethau.";
    const forms =
      "- **Dim ffurflenni atgyfeirio.** Gall pobl gael eu cyflwyno, neu gyflwyno eu hunain, heb ffurflen na phrawf.\n";
    expect(role).toContain(service);
    expect(role).toContain(forms);
    expectGoodWelsh(`${service}\n${forms}`, cwmTeg);
  });
});

describe("4. the panel guide tells panel members what the person specification promises candidates", () => {
  it.each(EXAMPLES)("asks no candidate about health, disability or use of services, in %s", (name) => {
    const config = example(name);
    // The premise: the coordinator's person specification promises it.
    expect(documentOf(config, COORDINATOR)).toContain(
      "no applicant is asked about it at the panel or interview",
    );
    const briefing = part(documentOf(config, "roles/community-recruitment-panel-guide.md"), "## Briefing");
    expect(briefing).toContain(
      "Panel members notice their first impressions and look past them, and do not ask candidates about their health, disability or use of services.",
    );
  });

  it("in Welsh too", () => {
    const cwmTeg = example("cwm-teg");
    const guide = documentOf(cwmTeg, "roles/community-recruitment-panel-guide.cy.md");
    const sentence =
      "Mae aelodau'r panel yn sylwi ar eu hargraffiadau cyntaf ac yn edrych y tu hwnt iddynt, ac nid ydynt yn gofyn i ymgeiswyr am eu hiechyd, eu hanabledd na'u defnydd o wasanaethau.";
    expect(guide).toContain(sentence);
    expectGoodWelsh(sentence, cwmTeg);
  });
});

describe("5. the person specification says once that telling us of lived experience is voluntary", () => {
  it.each(EXAMPLES)("in the note above the table, not again in the criterion, in %s", (name) => {
    const spec = part(documentOf(example(name), COORDINATOR), "## Person specification");
    expect(spec).toContain("only where the applicant chooses to tell us about it");
    expect(spec).toContain(
      "| Lived experience of using services (the form asks about the experience, not about health or disability,",
    );
    expect(spec).not.toContain("voluntary");
  });

  it("in Welsh too", () => {
    const spec = part(
      documentOf(example("cwm-teg"), "roles/local-area-coordinator.cy.md"),
      "## Manyleb y person",
    );
    expect(spec).toContain("a dim ond lle mae'r ymgeisydd yn dewis dweud wrthym amdano");
    expect(spec).toContain(
      "| Profiad bywyd o ddefnyddio gwasanaethau (mae'r ffurflen yn gofyn am y profiad,",
    );
    expect(spec).not.toContain("gwirfoddol");
  });
});

describe("6. a decided barred list check says once that it needs regulated activity", () => {
  const withBothLists = (name: string) => {
    const config = example(name);
    return { ...config, team: { ...config.team, dbsCheck: "enhanced-with-both-barred-lists" as const } };
  };

  it.each(EXAMPLES)(
    "asks for the regulated activity, and says once that without it there is no check, in %s",
    (name) => {
      for (const path of ROLES) {
        const duties = part(documentOf(withBothLists(name), path), "**The duties behind this check.**").split(
          "\n",
        )[1]!;
        expect(duties).not.toContain("A barred list check is possible only");
        expect(duties).toContain(". Without it, the post cannot have this check.");
      }
    },
  );

  it("in Welsh too", () => {
    const duties = part(
      documentOf(withBothLists("cwm-teg"), "roles/local-area-coordinator.cy.md"),
      "**Y dyletswyddau y tu ôl i'r gwiriad hwn.**",
    ).split("\n")[1]!;
    expect(duties).not.toContain("y mae gwiriad rhestr wahardd yn bosibl");
    expect(duties).toContain("Hebddo, ni all y swydd gael y gwiriad hwn.");
  });
});
