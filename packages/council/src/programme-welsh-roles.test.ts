// programme.sponsor.welshRole and programme.lead.welshRole: the role titles in Welsh that the Welsh
// documents name (optional, like team.manager.welshTitle), warned of when the pack is in Welsh.
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { exampleText, parsedOk as parsed, patchYaml, REMOVE } from "./test-helpers.js";

const cwmTeg = exampleText("cwm-teg");
const brackenford = exampleText("brackenford");

function warningPaths(text: string): string[] {
  return parsed(text).warnings.map((warning) => `${warning.code} ${warning.pathText}`);
}

/** Cwm Teg with a programme lead who is not the manager. */
const separateLead = patchYaml(cwmTeg, ["programme", "lead", "role"], "Head of Community Wellbeing");

describe("programme.sponsor.welshRole and programme.lead.welshRole", () => {
  it("are read when given", () => {
    const text = patchYaml(separateLead, ["programme", "lead", "welshRole"], "Pennaeth Llesiant Cymunedol");
    const { config } = parsed(text);
    expect(config.programme.lead.welshRole).toBe("Pennaeth Llesiant Cymunedol");
    expect(config.programme.sponsor.welshRole).toBe("Cyfarwyddwr Gwasanaethau Cymdeithasol");
    // The Welsh example gives the sponsor's; its lead holds the manager's post (see below).
    expect(warningPaths(text)).toEqual(["welsh-name-missing team.manager"]);
  });

  it("warn, at the sponsor and at the lead, when missing and the pack is in Welsh", () => {
    const text = patchYaml(separateLead, ["programme", "sponsor", "welshRole"], REMOVE);
    const found = parsed(text).warnings;
    expect(found.map((warning) => `${warning.code} ${warning.pathText}`)).toEqual([
      "welsh-name-missing programme.sponsor",
      "welsh-name-missing programme.lead",
      "welsh-name-missing team.manager",
    ]);
    expect(found[0]?.message).toContain("programme.sponsor.welshRole is missing");
    expect(found[1]?.message).toContain("programme.lead.welshRole is missing");
    expect(found[1]?.message).toContain("English role title, marked as English");
    // With no Welsh documents, nothing is said of them.
    expect(warningPaths(patchYaml(text, ["output", "languages"], ["en"]))).toEqual([
      "welsh-output-missing output.languages",
    ]);
    // Nor for an English council.
    expect(warningPaths(brackenford).join(" ")).not.toContain("programme.");
  });

  it("do not warn of a lead who holds the manager's post: the manager's Welsh title is used, and warned of", () => {
    expect(warningPaths(cwmTeg)).toEqual(["welsh-name-missing team.manager"]);
    const titled = patchYaml(cwmTeg, ["team", "manager", "welshTitle"], "Uwch Gydlynydd Ardal Leol");
    expect(warningPaths(titled)).toEqual([]);
  });

  it("must be text on one line, and are refused on other contacts", () => {
    expect(parseCouncilConfig(patchYaml(cwmTeg, ["programme", "lead", "welshRole"], "")).ok).toBe(false);
    expect(parseCouncilConfig(patchYaml(cwmTeg, ["programme", "sponsor", "welshRole"], "a\nb")).ok).toBe(
      false,
    );
    const dpo = patchYaml(cwmTeg, ["dataProtection", "caldicottGuardian", "welshRole"], "Gwarcheidwad");
    expect(parseCouncilConfig(dpo).ok).toBe(false);
  });
});
