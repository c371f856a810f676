import assert from "node:assert/strict";
import { renderReceipt } from "@lac/consent";

// A receipt the coordinator gives or reads to the person, in plain English and in Easy Read.
const result = renderReceipt(
  {
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
  },
  { organisation: "Example Borough Council", howToChangeYourMind: "Call the team on 01234 567890." },
);
if (!result.ok) throw new Error(result.errors.map((problem) => problem.message).join("\n"));
assert.match(
  result.receipt.plain,
  /This lasts until 11 March 2026, unless you change your mind before then\./,
);
assert.match(result.receipt.easyRead, /How long:\n• Until 11 March 2026\.\n• Or until you say stop\./);
