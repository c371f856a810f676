import assert from "node:assert/strict";
import { renderReceiptCy } from "@lac/consent/receipt-cy";

// A council in Wales: the person chose Welsh for correspondence, so the receipt is in Welsh.
const agreement = {
  type: "agreement",
  id: "AGR-2025-0009",
  person: "P-000123",
  recipients: [{ organisation: "Cartrefi Cwm Teg", role: "Swyddog tai" }],
  categories: ["contact-details", "housing-situation"],
  purposes: ["advocating-for"],
  method: { kind: "written", evidenceRef: "FORM-2025-0044" },
  notice: { id: "NTC-0003", version: "3", languages: ["cy", "en"] },
  correspondenceLanguage: "cy",
  givenAt: "2025-03-11T10:00:00+00:00",
  expiresAt: "2026-03-11T10:00:00+00:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
};
// Each text of the options in English needs its Welsh in `cy`: a Welsh receipt shows no English of the options.
const options = {
  organisation: "Cwm Teg County Borough Council",
  howToChangeYourMind: "Call the team on 01234 567890.",
  cy: {
    organisation: "Cyngor Bwrdd Sirol Cwm Teg",
    howToChangeYourMind: "Ffoniwch y tîm ar 01234 567890.",
  },
};

const welsh = renderReceiptCy(agreement, options);
if (!welsh.ok) throw new Error(welsh.errors.map((problem) => problem.message).join("\n"));
assert.equal(welsh.language, "cy");
assert.match(welsh.receipt.plain, /Mae'r cytundeb yn para tan 11 Mawrth 2026, oni bai eich bod yn newid/);
assert.match(welsh.receipt.easyRead, /Am ba hyd:\n• Tan 11 Mawrth 2026\.\n• Neu nes i chi ddweud stop\./);

// The option wins over the person's choice: both languages, the Welsh first.
const both = renderReceiptCy(agreement, { ...options, language: "bilingual" });
assert.ok(both.ok);
assert.equal(both.receipt.title, "Eich cytundeb i rannu gwybodaeth / Your agreement to share information");
