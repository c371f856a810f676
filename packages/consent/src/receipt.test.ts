import { describe, expect, it } from "vitest";
import { renderReceipt } from "./receipt.js";
import { agreement, exception, GP, withdrawal } from "./test-support/fixtures.js";

function receiptOf(record: unknown, options = {}) {
  const result = renderReceipt(record, options);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.receipt;
}

describe("renderReceipt: an agreement", () => {
  it("says who gets what, why, until when and how to change your mind, in plain English", () => {
    const receipt = receiptOf(agreement(), { organisation: "Example Borough Council" });
    expect(receipt.plain).toBe(
      [
        "Your agreement to share information",
        "Reference AGR-1, given on 1 March 2025.",
        "",
        "You agreed that Example Borough Council may share:",
        "- contact details",
        "- housing situation",
        "",
        "with:",
        "- Example Borough Council Housing Options (Tenancy officer)",
        "",
        "for:",
        "- speaking up for the person when they cannot be there, as agreed with them in advance",
        "",
        "This lasts until 1 March 2026, unless you change your mind before then.",
        "Example Borough Council will check it with you by 1 September 2025.",
        "",
        "You can change your mind at any time, about all of it or part of it. Tell your Local Area Coordinator. From then on nothing more is shared on this agreement; it does not undo sharing that happened before.",
      ].join("\n"),
    );
  });

  it("has an Easy Read version with one idea per line", () => {
    const receipt = receiptOf(
      agreement({ expiresAt: undefined, recipients: [{ relationship: "family-member" }] }),
      {
        howToChangeYourMind: "Call the team on 01234 567890.",
      },
    );
    expect(receipt.easyRead).toContain("You said yes to sharing some information about you.");
    expect(receipt.easyRead).toContain("Who we will share it with:\n• a family member");
    expect(receipt.easyRead).toContain("How long:\n• Until you say stop.");
    expect(receipt.easyRead).toContain("• Call the team on 01234 567890.");
    for (const line of receipt.easyRead.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe("renderReceipt: a withdrawal", () => {
  it("says sharing stops from then, and that what was shared before is not undone", () => {
    const receipt = receiptOf(withdrawal(), { records: [agreement()] });
    expect(receipt.plain).toContain(
      "You told us to stop sharing on your agreement AGR-1 (given on 1 March 2025). From 1 June 2025, we will not share any information on it.",
    );
    expect(receipt.plain).toContain("This does not undo sharing that happened before you told us.");
    expect(receipt.easyRead).toContain(
      "You told us to stop sharing your information.\nWe stopped on 1 June 2025.",
    );
  });

  it("lists what a partial withdrawal stops", () => {
    const part = withdrawal({ scope: { kind: "part", recipients: [GP], categories: ["health"] } });
    const receipt = receiptOf(part);
    expect(receipt.plain).toContain("- with Riverside Medical Practice (Practice manager)\n- health");
    expect(receipt.easyRead).toContain("What we stopped:\n• with Riverside Medical Practice\n• health");
  });
});

describe("renderReceipt: bad input", () => {
  it("returns the problems of an invalid record, with their paths", () => {
    const result = renderReceipt({ ...agreement(), givenAt: "yesterday" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("givenAt");
  });

  it("makes no receipt for an exception", () => {
    expect(renderReceipt(exception())).toMatchObject({
      ok: false,
      errors: [{ code: "no-receipt-for-type" }],
    });
  });
});

describe("renderReceipt: options a JavaScript caller may get wrong", () => {
  it("returns a problem for an organisation or contact that is not text, rather than printing it", () => {
    expect(renderReceipt(agreement(), { organisation: 5 as unknown as string })).toEqual({
      ok: false,
      errors: [
        {
          code: "invalid-value",
          path: "options.organisation",
          message:
            'options.organisation: Give the organisation keeping the record, such as "Example Borough Council", as text, or leave it out.',
        },
      ],
    });
    expect(renderReceipt(agreement(), { howToChangeYourMind: "  " })).toMatchObject({
      ok: false,
      errors: [{ path: "options.howToChangeYourMind", message: expect.stringMatching(/it is empty\.$/) }],
    });
  });

  it("returns a problem, never throws, for options or records that are not an object or a list", () => {
    expect(renderReceipt(agreement(), null as never)).toMatchObject({
      ok: false,
      errors: [
        { path: "options", message: expect.stringMatching(/^options: Give the options as an object/) },
      ],
    });
    expect(renderReceipt(withdrawal(), { records: "AGR-1" as never })).toMatchObject({
      ok: false,
      errors: [{ path: "options.records" }],
    });
  });

  it("skips other records that are not objects when looking for a withdrawal's agreement", () => {
    const result = renderReceipt(withdrawal(), { records: [null, 7, agreement()] as never });
    expect(result.ok).toBe(true);
  });
});
