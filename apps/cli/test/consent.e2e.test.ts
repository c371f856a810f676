import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runLac, temporaryFolder } from "./run-lac.js";

const folder = temporaryFolder();
afterAll(folder.remove);

const agreement = {
  type: "agreement",
  id: "AGR-2025-0007",
  person: "P-000123",
  recipients: [{ organisation: "Example Borough Council Housing Options", role: "Tenancy officer" }],
  categories: ["contact-details", "housing-situation"],
  purposes: ["advocating-for"],
  method: { kind: "verbal", evidenceRef: "NOTE-2025-0311" },
  notice: { id: "NTC-0003", version: "3" },
  givenAt: "2025-03-11T10:00:00+00:00",
  expiresAt: "2026-03-11T10:00:00+00:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
};
const withdrawal = {
  type: "withdrawal",
  id: "WDR-2025-0002",
  agreementId: "AGR-2025-0007",
  person: "P-000123",
  scope: { kind: "whole-agreement" },
  withdrawnAt: "2025-05-20T15:00:00+01:00",
  recordedAt: "2025-05-20T15:10:00+01:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
};

function write(name: string, content: string): string {
  writeFileSync(join(folder.dir, name), content);
  return name;
}

describe("lac consent receipt", () => {
  it("prints a plain-English receipt of an agreement", () => {
    const run = runLac(
      ["consent", "receipt", write("agreement.json", JSON.stringify(agreement))],
      folder.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Your agreement to share information");
    expect(run.stdout).toContain("- Example Borough Council Housing Options (Tenancy officer)");
    expect(run.stdout).toContain("This lasts until 11 March 2026, unless you change your mind before then.");
  });

  it("prints the Easy Read receipt of a withdrawal, with its agreement from the log", () => {
    const file = write("log.json", JSON.stringify([agreement, withdrawal]));
    const run = runLac(
      ["consent", "receipt", file, "--easy-read", "--contact", "Call us on 01234 567890."],
      folder.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("You told us to stop sharing your information.\nWe stopped on 20 May 2025.");
    expect(run.stdout).toContain("• Call us on 01234 567890.");
  });

  it("prints the receipt in Welsh when the person chose Welsh for correspondence, and in the language asked for", () => {
    const welshAgreement = { ...agreement, correspondenceLanguage: "cy" };
    const file = write("agreement-cy.json", JSON.stringify(welshAgreement));
    const welsh = runLac(["consent", "receipt", file], folder.dir);
    expect(welsh.status, welsh.stderr).toBe(0);
    expect(welsh.stdout).toContain("Mae'r cytundeb yn para tan 11 Mawrth 2026");
    expect(welsh.stdout).not.toContain("This lasts until");
    // A withdrawal takes the language of the agreement it names, from the log.
    const log = write("log-cy.json", JSON.stringify([welshAgreement, withdrawal]));
    const withdrawn = runLac(["consent", "receipt", log, "--json"], folder.dir);
    expect(withdrawn.status, withdrawn.stderr).toBe(0);
    expect(JSON.parse(withdrawn.stdout)).toMatchObject({ ok: true, language: "cy" });
    // --language overrides the recorded choice, and asks for Welsh where nothing is recorded.
    const english = runLac(["consent", "receipt", file, "--language", "en"], folder.dir);
    expect(english.stdout).toContain("This lasts until 11 March 2026");
    const both = runLac(
      [
        "consent",
        "receipt",
        write("agreement-en.json", JSON.stringify(agreement)),
        "--language",
        "bilingual",
      ],
      folder.dir,
    );
    expect(both.status, both.stderr).toBe(0);
    expect(both.stdout.indexOf("Mae'r cytundeb yn para")).toBeLessThan(
      both.stdout.indexOf("This lasts until"),
    );
    // Without a recorded choice or --language, the receipt stays in English, as before.
    const plain = runLac(["consent", "receipt", "agreement-en.json", "--json"], folder.dir);
    expect(JSON.parse(plain.stdout)).toMatchObject({ ok: true, language: "en" });
  });

  it("asks for the Welsh of --organisation and --contact for a receipt in Welsh, and refuses an unknown language", () => {
    const file = write("agreement-cy2.json", JSON.stringify({ ...agreement, correspondenceLanguage: "cy" }));
    const missing = runLac(
      ["consent", "receipt", file, "--organisation", "Example Borough Council"],
      folder.dir,
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--organisation-cy");
    expect(missing.stdout).toBe("");
    const given = runLac(
      [
        "consent",
        "receipt",
        file,
        "--organisation",
        "Example Borough Council",
        "--organisation-cy",
        "Cyngor Bwrdeistref Enghraifft",
        "--contact-cy",
        "Ffoniwch ni ar 01234 567890.",
      ],
      folder.dir,
    );
    expect(given.status, given.stderr).toBe(0);
    expect(given.stdout).toContain("Rydych wedi cytuno y caiff Cyngor Bwrdeistref Enghraifft rannu:");
    expect(given.stdout).toContain("Ffoniwch ni ar 01234 567890.");
    // The recipients are shown as recorded; the organisation keeping the record, in Welsh.
    expect(given.stdout).not.toContain("caiff Example Borough Council rannu");
    const unknown = runLac(["consent", "receipt", file, "--language", "welsh"], folder.dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--language must be "cy", "en" or "bilingual"');
  });

  it("gives both versions as JSON", () => {
    const run = runLac(["consent", "receipt", "agreement.json", "--json"], folder.dir);
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { ok: boolean; receipt: { plain: string; easyRead: string } };
    expect(parsed.ok).toBe(true);
    expect(parsed.receipt.easyRead).toContain("About sharing your information");
  });

  it("locates bad JSON by line and column and exits with 1", () => {
    const run = runLac(
      ["consent", "receipt", write("bad.json", '{\n  "type": "agreement",\n  "id": }\n')],
      folder.dir,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^bad\.json:3:\d+ error not valid JSON/m);
  });

  it("names the field at fault in a record, and the record in a list", () => {
    const named = write("named.json", JSON.stringify([{ ...agreement, person: "JohnSmith1982" }]));
    const run = runLac(["consent", "receipt", named], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^named\.json: record \[0\] error person: .*never a direct identifier/m);
    expect(run.stderr).not.toContain("JohnSmith1982");
  });

  it("reports a missing file, and a missing or unknown action as a usage error", () => {
    expect(runLac(["consent", "receipt", "nowhere.json"], folder.dir)).toMatchObject({ status: 1 });
    expect(runLac(["consent", "receipt", "nowhere.json"], folder.dir).stderr).toContain(
      "nowhere.json: file not found",
    );
    expect(runLac(["consent"], folder.dir).status).toBe(2);
    expect(runLac(["consent", "print", "agreement.json"], folder.dir).status).toBe(2);
    expect(runLac(["consent", "receipt"], folder.dir).status).toBe(2);
  });
});
