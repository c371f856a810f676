// One test per defect an HR adviser found reading the pre-employment checks of Stanmoor's and Cwm Teg's role
// descriptions (review 26): they named the DBS check but not what candidates are asked about their criminal
// records, and a decided DBS level repeated, in the duties behind it, tests stated in full just below.
// Sources read: the Rehabilitation of Offenders Act 1974 (legalize-dev/legalize-uk, uk/ukpga-1974-53.md): s.4(2)
// (a question about previous convictions is treated as not relating to spent ones, and may be answered so) and
// Schedule 2 paragraph 3(3) (the same for spent cautions); the Rehabilitation of Offenders Act 1974 (Exceptions)
// Order 1975 (uk/uksi-1975-1023.md): article 3(1) (s.4(2) and Schedule 2 paragraph 3(3) do not apply to a
// question asked to assess suitability for an office or employment Schedule 1 Part II lists, where the person is
// told when asked that, by virtue of the Order, spent convictions are to be disclosed) and article 3(2) (nor to a
// protected caution or conviction); DBS, "DBS filtering guide" (GOV.UK, 28 October 2023: protected offences are
// not disclosed on standard or enhanced certificates); DBS, "Recruitment of ex-offenders guidance" (GOV.UK,
// 28 January 2025: "There is an expectation that all organisations will have their own policy on the recruitment
// of ex-offenders"). The Welsh follows the Welsh text of SI 2003/2527 (legislation.gov.uk): "Deddf Adsefydlu
// Tramgwyddwyr 1974", "Gorchymyn Deddf Adsefydlu Tramgwyddwyr 1974 (Eithriadau) 1975", convictions "wedi'u
// disbyddu" (spent); the toolkit's draft translation, listed for the translator in docs/welsh-language.md.
import type { CouncilConfig, DbsCheckLevel } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

function withDbs(config: CouncilConfig, dbsCheck: DbsCheckLevel): CouncilConfig {
  return { ...config, team: { ...config.team, dbsCheck } };
}

const ROLES = ["roles/local-area-coordinator", "roles/team-manager"] as const;
const DECIDED = ["enhanced", "enhanced-with-adults-barred-list", "enhanced-with-both-barred-lists"] as const;

const unspent =
  "Candidates are asked about unspent convictions and cautions (Rehabilitation of Offenders Act 1974 s.4(2), Schedule 2) and, if the post is eligible for a standard or enhanced check";
const spent =
  ", about spent ones that are not protected, and told the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975 requires it.";
const policy =
  "A record is not an automatic bar: the council's policy on recruiting ex-offenders applies: ____________________ (HR)";

const unspentCy =
  "Gofynnir i ymgeiswyr am euogfarnau a rhybuddion nad ydynt wedi'u disbyddu (Deddf Adsefydlu Tramgwyddwyr 1974 adran 4(2), Atodlen 2) ac, os yw'r swydd yn gymwys i gael gwiriad safonol neu fanwl";
const spentCy =
  ", am rai wedi'u disbyddu nad ydynt yn warchodedig, a dywedir wrthynt fod Gorchymyn Deddf Adsefydlu Tramgwyddwyr 1974 (Eithriadau) 1975 yn ei gwneud yn ofynnol eu datgelu.";
const policyCy =
  "Nid yw cofnod yn rhwystr awtomatig: mae polisi'r cyngor ar recriwtio cyn-droseddwyr yn berthnasol: ____________________ (adnoddau dynol)";

const englishRow = (config: CouncilConfig, role: string) =>
  tableRow(part(documentOf(config, `${role}.md`), "## Pre-employment checks"), "Criminal records");
const welshRow = (config: CouncilConfig, role: string) =>
  tableRow(part(documentOf(config, `${role}.cy.md`), "## Gwiriadau cyn cyflogi"), "Cofnodion troseddol");

describe("the pre-employment checks say what candidates are asked about criminal records, by the DBS level", () => {
  for (const name of ["stanmoor", "cwm-teg"]) {
    for (const role of ROLES) {
      it.each(DECIDED)(`${name}'s ${role}, with %s: spent ones too, except protected ones`, (dbsCheck) => {
        const row = englishRow(withDbs(example(name), dbsCheck), role);
        expect(row).toBe(`| Criminal records | ${unspent} (as this one is)${spent} ${policy} |`);
      });

      it(`${name}'s ${role}, with the level to be decided: it depends on the decision`, () => {
        const row = englishRow(withDbs(example(name), "to-be-decided"), role);
        expect(row).toBe(`| Criminal records | ${unspent}${spent} ${policy} |`);
      });
    }
  }

  it("comes right after the DBS row", () => {
    const checks = part(
      documentOf(example("stanmoor"), "roles/local-area-coordinator.md"),
      "## Pre-employment checks",
    );
    const lines = checks.split("\n");
    const dbs = lines.findIndex((line) => line.startsWith("| Disclosure and Barring Service (DBS) |"));
    expect(lines[dbs + 1]).toMatch(/^\| Criminal records \| /);
  });
});

describe("the Welsh pre-employment checks say the same, by the DBS level", () => {
  const cwmTeg = example("cwm-teg");
  for (const role of ROLES) {
    it.each(DECIDED)(`${role}, with %s`, (dbsCheck) => {
      const config = withDbs(cwmTeg, dbsCheck);
      const row = welshRow(config, role);
      expect(row).toBe(`| Cofnodion troseddol | ${unspentCy} (fel y mae hon)${spentCy} ${policyCy} |`);
      expectGoodWelsh(row, config);
    });

    it(`${role}, with the level to be decided`, () => {
      const config = withDbs(cwmTeg, "to-be-decided");
      const row = welshRow(config, role);
      expect(row).toBe(`| Cofnodion troseddol | ${unspentCy}${spentCy} ${policyCy} |`);
      expectGoodWelsh(row, config);
    });
  }
});

describe("a decided DBS level states each eligibility test once, under the tests, not again in the duties behind it", () => {
  for (const [name, role, test] of [
    ["stanmoor", "roles/local-area-coordinator.md", "wholly or mainly for adults"],
    ["stanmoor", "roles/team-manager.md", "wholly or mainly for adults"],
    ["cwm-teg", "roles/local-area-coordinator.cy.md", "yn gyfan gwbl neu'n bennaf i oedolion"],
    ["cwm-teg", "roles/team-manager.cy.md", "yn gyfan gwbl neu'n bennaf i oedolion"],
  ] as const) {
    it.each(DECIDED)(`${name}'s ${role}, with %s`, (dbsCheck) => {
      const text = documentOf(withDbs(example(name), dbsCheck), role);
      expect(text.split(test)).toHaveLength(2);
      expect(text).not.toMatch(
        /walking alongside people, (open to anyone|as this role describes it), is not on its own/,
      );
      expect(text).not.toMatch(
        /ac nid yw cerdded gyda phobl, (sy'n agored i unrhyw un|fel y mae'r disgrifiad)/,
      );
    });
  }
});
