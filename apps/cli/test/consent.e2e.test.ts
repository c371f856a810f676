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
