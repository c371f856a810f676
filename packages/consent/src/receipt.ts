import * as z from "zod";
import type { AgreementRecord } from "./agreement.js";
import { consentRecordSchema, type ConsentRecord } from "./consent-record.js";
import { findAgreement } from "./find-agreement.js";
import { describeCategory, type AgreedCategory } from "./information-categories.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { PURPOSES, type PurposeId } from "./purposes.js";
import { isPersonalRecipient, type Recipient } from "./recipient.js";
import type { WithdrawalRecord } from "./withdrawal.js";

/**
 * A receipt for the person: the same facts as short plain-English text, and as Easy Read text (one idea per line,
 * short sentences, everyday words), for the coordinator to give or read to the person.
 */
export interface Receipt {
  readonly title: string;
  readonly plain: string;
  readonly easyRead: string;
}

export type ReceiptResult =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** What the receipt says about the organisation and how to change your mind. Both are optional. */
export interface ReceiptOptions {
  /** The organisation keeping the record, such as "Example Borough Council". Default: "we". */
  readonly organisation?: string;
  /**
   * How to change your mind, in your own words, such as "Call the Local Area Coordination team on 01234 567890".
   * Default: "Tell your Local Area Coordinator."
   */
  readonly howToChangeYourMind?: string;
  /** Other records of the person, to find the agreement a withdrawal names. */
  readonly records?: readonly ConsentRecord[];
}

const DEFAULT_CONTACT = "Tell your Local Area Coordinator.";

/** Text the receipt puts in front of the person: a string with something in it, or left out (the Welsh receipt's too). */
export const receiptText = (what: string) =>
  z
    .string({ error: `Give ${what} as text, or leave it out.` })
    .refine((text) => text.trim() !== "", { error: `Give ${what}, or leave it out: it is empty.` })
    .optional();

/** The options are checked like the record, so that a mistake is a problem, never "5 may share" or a TypeError. */
export const receiptOptionsSchema = /* @__PURE__ */ z.object(
  {
    organisation: receiptText('the organisation keeping the record, such as "Example Borough Council",'),
    howToChangeYourMind: receiptText("how to change your mind, in your own words,"),
    records: z
      .array(z.unknown(), { error: "Give the person's other records as an array, or leave it out." })
      .optional(),
  },
  {
    error: "Give the options as an object, such as { organisation, howToChangeYourMind }, or leave them out.",
  },
);

/** A date as people write it in the UK, such as "11 March 2025", in UK time. */
function ukDate(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}

const RELATIONSHIP_WORDS: Readonly<Record<string, string>> = {
  "family-member": "a family member",
  "friend-or-neighbour": "a friend or neighbour",
  "unpaid-carer": "your unpaid carer",
  "lasting-power-of-attorney": "your attorney (lasting power of attorney)",
  "court-appointed-deputy": "your deputy appointed by the court",
  "person-with-parental-responsibility": "a person with parental responsibility",
  advocate: "your advocate",
  "other-representative": "your representative",
};

function recipientWords(recipient: Recipient, easyRead: boolean): string {
  if (isPersonalRecipient(recipient)) {
    return RELATIONSHIP_WORDS[recipient.relationship] ?? recipient.relationship.replace(/-/g, " ");
  }
  return easyRead ? recipient.organisation : `${recipient.organisation} (${recipient.role})`;
}

function categoryWords(category: AgreedCategory): string {
  const label = describeCategory(category);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function purposeWords(purpose: PurposeId): string {
  const label = PURPOSES[purpose].label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function list(items: readonly string[], bullet: string): string {
  return items.map((item) => `${bullet} ${item}`).join("\n");
}

function agreementReceipt(agreement: AgreementRecord, options: ReceiptOptions): Receipt {
  const we = options.organisation ?? "we";
  const We = options.organisation ?? "We";
  const contact = options.howToChangeYourMind ?? DEFAULT_CONTACT;
  const until =
    agreement.expiresAt === undefined
      ? "until you change your mind"
      : `until ${ukDate(agreement.expiresAt)}, unless you change your mind before then`;
  const review =
    agreement.reviewBy === undefined
      ? ""
      : `\n${We} will check it with you by ${ukDate(agreement.reviewBy)}.`;
  const title = "Your agreement to share information";
  const plain = [
    title,
    `Reference ${agreement.id}, given on ${ukDate(agreement.givenAt)}.`,
    "",
    `You agreed that ${we} may share:`,
    list(agreement.categories.map(categoryWords), "-"),
    "",
    "with:",
    list(
      agreement.recipients.map((recipient) => recipientWords(recipient, false)),
      "-",
    ),
    "",
    "for:",
    list(agreement.purposes.map(purposeWords), "-"),
    "",
    `This lasts ${until}.${review}`,
    "",
    "You can change your mind at any time, about all of it or part of it. " +
      `${contact} From then on nothing more is shared on this agreement; it does not undo sharing that happened before.`,
  ].join("\n");
  const easyRead = [
    "About sharing your information",
    "",
    "You said yes to sharing some information about you.",
    "",
    "What we will share:",
    list(agreement.categories.map(categoryWords), "•"),
    "",
    "Who we will share it with:",
    list(
      agreement.recipients.map((recipient) => recipientWords(recipient, true)),
      "•",
    ),
    "",
    "Why:",
    list(agreement.purposes.map(purposeWords), "•"),
    "",
    "How long:",
    agreement.expiresAt === undefined
      ? "• Until you say stop."
      : `• Until ${ukDate(agreement.expiresAt)}.\n• Or until you say stop.`,
    "",
    "You can change your mind:",
    "• You can say stop at any time.",
    "• You can say stop to some of it.",
    `• ${contact}`,
    "",
    `Your reference: ${agreement.id}`,
  ].join("\n");
  return { title, plain, easyRead };
}

function withdrawalReceipt(
  withdrawal: WithdrawalRecord,
  agreement: AgreementRecord | undefined,
  options: ReceiptOptions,
): Receipt {
  const we = options.organisation ?? "we";
  const contact = options.howToChangeYourMind ?? DEFAULT_CONTACT;
  const when = ukDate(withdrawal.withdrawnAt);
  const title = "You changed your mind about sharing";
  const scope = withdrawal.scope;
  const whole = scope.kind === "whole-agreement";
  const parts = (bullet: string, easyRead: boolean): string[] => {
    if (scope.kind === "whole-agreement") return [];
    return [
      ...(scope.recipients ?? []).map((recipient) => `${bullet} with ${recipientWords(recipient, easyRead)}`),
      ...(scope.categories ?? []).map((category) => `${bullet} ${categoryWords(category)}`),
      ...(scope.purposes ?? []).map((purpose) => `${bullet} for ${purposeWords(purpose)}`),
    ];
  };
  const given = agreement === undefined ? "" : ` (given on ${ukDate(agreement.givenAt)})`;
  const plain = [
    title,
    `Reference ${withdrawal.id}, on ${when}.`,
    "",
    whole
      ? `You told us to stop sharing on your agreement ${withdrawal.agreementId}${given}. From ${when}, ${we} will not share any information on it.`
      : `You told us to stop part of your agreement ${withdrawal.agreementId}${given}. From ${when}, ${we} will not share:\n${parts("-", false).join("\n")}`,
    "",
    "This does not undo sharing that happened before you told us.",
    `If you want to agree to share again, or change anything else: ${contact}`,
  ].join("\n");
  const easyRead = [
    "You said stop",
    "",
    whole
      ? `You told us to stop sharing your information.\nWe stopped on ${when}.`
      : `You told us to stop sharing some of your information.\nWe stopped on ${when}.\n\nWhat we stopped:\n${parts("•", true).join("\n")}`,
    "",
    "Things we shared before you said stop are not taken back.",
    "",
    "You can change your mind again:",
    `• ${contact}`,
    "",
    `Your reference: ${withdrawal.id}`,
  ].join("\n");
  return { title, plain, easyRead };
}

/**
 * Renders an agreement, or a withdrawal, as a short receipt for the person: who will get what, why, until when, and
 * how to change their mind, in plain English and in Easy Read. Pure: no clock, no files. The record is checked
 * first; invalid input is returned as problems, never thrown. For a withdrawal, pass the person's records in
 * `options.records` to say when the agreement was given.
 *
 * The wording is the toolkit's own, for the coordinator to adapt; it is not a privacy notice. For a receipt in
 * Welsh, or in Welsh and English, use `renderReceiptCy` from `@lac/consent/receipt-cy`.
 */
export function renderReceipt(record: unknown, options: ReceiptOptions = {}): ReceiptResult {
  const parsed = consentRecordSchema.safeParse(record);
  const parsedOptions = receiptOptionsSchema.safeParse(options);
  if (!parsed.success || !parsedOptions.success) {
    return {
      ok: false,
      errors: [
        ...(parsed.success ? [] : problemsFromZod(parsed.error)),
        ...(parsedOptions.success ? [] : problemsFromZod(parsedOptions.error, "options")),
      ],
    };
  }
  const checked = parsed.data;
  if (checked.type === "agreement") return { ok: true, receipt: agreementReceipt(checked, options) };
  if (checked.type === "withdrawal") {
    return {
      ok: true,
      receipt: withdrawalReceipt(checked, findAgreement(options.records, checked.agreementId), options),
    };
  }
  return {
    ok: false,
    errors: [
      {
        code: "no-receipt-for-type",
        path: "type",
        message: `A receipt is made for an "agreement" or a "withdrawal", not for a "${checked.type}" record. For a recorded exception, tell the person in your own words, and record it with a "person-told" record.`,
      },
    ],
  };
}
