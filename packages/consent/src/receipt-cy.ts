// The receipt in Welsh, and in Welsh and English, for councils in Wales: its own entry of the package
// (`@lac/consent/receipt-cy`), so that the Welsh text is never in the bundle of an application that imports
// only the package's main entry.
import { WELSH_MONTH_NAMES } from "@lac/en-gb-format/cy-gb";
import * as z from "zod";
import type { AgreementRecord } from "./agreement.js";
import { deepFreeze } from "./deep-freeze.js";
import type { AgreedCategory } from "./information-categories.js";
import type { PurposeId } from "./purposes.js";
import { consentRecordSchema, type ConsentRecord } from "./consent-record.js";
import { findAgreement } from "./find-agreement.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { receiptText, renderReceipt, type Receipt, type ReceiptOptions } from "./receipt.js";
import { isPersonalRecipient, type Recipient, type RecipientRelationship } from "./recipient.js";
import type { WithdrawalRecord } from "./withdrawal.js";

/** The languages of a receipt: Welsh (`cy`), English (`en`), or both, the Welsh first (`bilingual`). */
export const RECEIPT_LANGUAGES = /* @__PURE__ */ deepFreeze(["cy", "en", "bilingual"] as const);

export type ReceiptLanguage = (typeof RECEIPT_LANGUAGES)[number];

/** The options of the English receipt, the language, and the texts of the options in Welsh. */
export interface ReceiptCyOptions extends ReceiptOptions {
  /**
   * The language of the receipt. Default: the language the person chose for correspondence
   * (`correspondenceLanguage` of the agreement, or of the agreement a withdrawal names, found in `records`), or
   * both languages, the Welsh first, when the choice is not recorded.
   */
  readonly language?: ReceiptLanguage;
  /**
   * The options' texts in Welsh, for a Welsh or bilingual receipt: the organisation's Welsh name, such as "Cyngor
   * Bwrdeistref Sirol Enghraifft", and how to change your mind, in Welsh. Needed for each text given in English:
   * a Welsh receipt never shows English text of the options. Default, when neither is given: "we" ("ni") and
   * "Dywedwch wrth eich Cydlynydd Ardal Leol."
   */
  readonly cy?: {
    readonly organisation?: string;
    readonly howToChangeYourMind?: string;
  };
}

export type ReceiptCyResult =
  | { readonly ok: true; readonly language: ReceiptLanguage; readonly receipt: Receipt }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * The options this entry adds, checked like those of the English receipt (which `renderReceipt` checks): the
 * language and the Welsh texts.
 */
const receiptCyOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    language: z
      .enum(RECEIPT_LANGUAGES, { message: 'Use "cy" for Welsh, "en" for English or "bilingual" for both.' })
      .optional(),
    cy: z
      .object(
        {
          organisation: receiptText(
            'the organisation\'s Welsh name, such as "Cyngor Bwrdeistref Sirol Enghraifft",',
          ),
          howToChangeYourMind: receiptText("how to change your mind, in Welsh,"),
        },
        {
          error:
            "Give the Welsh texts as an object, such as { organisation, howToChangeYourMind }, or leave them out.",
        },
      )
      .optional(),
  }))();

/**
 * A date as Welsh is written in the UK, such as "11 Mawrth 2025", in UK time: the day, month and year the English
 * receipt writes, with the Welsh month names of @lac/en-gb-format/cy-gb. (Its `formatDate` takes a YYYY-MM-DD
 * date of the years 0 to 9999, and the last timestamps of 9999 fall on 1 January 10000 in the UK.)
 */
function welshDate(timestamp: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    timeZone: "Europe/London",
  }).formatToParts(new Date(timestamp));
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? "";
  return `${Number(part("day"))} ${WELSH_MONTH_NAMES[Number(part("month")) - 1] ?? ""} ${part("year")}`;
}

/**
 * The words of the Welsh agreement-to-share form (templates/documents/cy/data-protection/agreement-form.hbs), with
 * the possessive where the English receipt says "your".
 */
const RELATIONSHIP_WORDS: Readonly<Record<RecipientRelationship, string>> = {
  "family-member": "aelod o'r teulu",
  "friend-or-neighbour": "ffrind neu gymydog",
  "unpaid-carer": "eich gofalwr di-dâl",
  "lasting-power-of-attorney": "eich atwrnai (atwrneiaeth arhosol)",
  "court-appointed-deputy": "eich dirprwy a benodwyd gan y llys",
  "person-with-parental-responsibility": "rhywun â chyfrifoldeb rhiant",
  advocate: "eich eiriolwr",
  "other-representative": "eich cynrychiolydd",
};

/** The categories as the Welsh agreement-to-share form names them (section 4), lower case as in a list. */
const CATEGORY_WORDS: Readonly<Record<AgreedCategory, string>> = {
  "all-ordinary": "yr holl wybodaeth gyffredin",
  "contact-details": "manylion cyswllt",
  "housing-situation": "sefyllfa dai",
  finances: "arian a chyllid",
  "family-and-networks": "teulu, ffrindiau a rhwydweithiau",
  "education-and-work": "addysg, gwaith a gwirfoddoli",
  "services-and-support": "gwasanaethau a chymorth sydd eisoes yn rhan o fywyd y person",
  "vision-and-what-matters": "beth sy'n bwysig i'r person a'i weledigaeth o fywyd da",
  "racial-or-ethnic-origin": "tarddiad hiliol neu ethnig",
  "political-opinions": "barn wleidyddol",
  "religious-or-philosophical-beliefs": "credoau crefyddol neu athronyddol",
  "trade-union-membership": "aelodaeth o undeb llafur",
  genetic: "data genetig",
  biometric: "data biometrig a ddefnyddir i adnabod rhywun",
  health: "iechyd",
  "sex-life-or-sexual-orientation": "bywyd rhywiol neu gyfeiriadedd rhywiol",
  "criminal-offence": "euogfarnau a throseddau",
};

/** The purposes as the Welsh agreement-to-share form names them (section 5), lower case as in a list. */
const PURPOSE_WORDS: Readonly<Record<PurposeId, string>> = {
  "advocating-alongside": "siarad ochr yn ochr â'r person, gyda'r person yno",
  "advocating-for": "siarad ar ran y person pan na all fod yno, fel y cytunwyd gydag ef ymlaen llaw",
  introduction: "cyflwyno'r person i grŵp cymunedol, sefydliad neu wasanaeth",
  "accessing-a-service": "helpu'r person i gael gwasanaeth, neu i ddod o hyd i'w ffordd drwyddo",
  "coordinating-support": "cydlynu gyda gwasanaethau sydd eisoes yn cefnogi'r person",
  safeguarding: "diogelu rhywun rhag esgeulustod neu rhag niwed corfforol, meddyliol neu emosiynol",
  "protecting-life": "diogelu bywyd rhywun mewn argyfwng",
  "legal-duty": "cyflawni dyletswydd gyfreithiol i rannu",
  "preventing-crime": "atal neu ganfod trosedd",
};

const DEFAULT_CONTACT = "Dywedwch wrth eich Cydlynydd Ardal Leol.";

/** A recipient as recorded: an organisation's name and job title are shown as the record gives them. */
function recipientWords(recipient: Recipient, easyRead: boolean): string {
  if (isPersonalRecipient(recipient)) return RELATIONSHIP_WORDS[recipient.relationship];
  return easyRead ? recipient.organisation : `${recipient.organisation} (${recipient.role})`;
}

function list(items: readonly string[], bullet: string): string {
  return items.map((item) => `${bullet} ${item}`).join("\n");
}

/** The Welsh texts: the organisation's Welsh name (or "we") and how to change your mind. */
interface WelshTexts {
  readonly organisation: string | undefined;
  readonly contact: string;
}

function agreementReceipt(agreement: AgreementRecord, texts: WelshTexts): Receipt {
  const org = texts.organisation;
  const until =
    agreement.expiresAt === undefined
      ? "Mae'r cytundeb yn para nes i chi newid eich meddwl."
      : `Mae'r cytundeb yn para tan ${welshDate(agreement.expiresAt)}, oni bai eich bod yn newid eich meddwl cyn hynny.`;
  const review =
    agreement.reviewBy === undefined
      ? ""
      : `\n${org === undefined ? "Byddwn" : `Bydd ${org}`} yn ei adolygu gyda chi erbyn ${welshDate(agreement.reviewBy)}.`;
  const title = "Eich cytundeb i rannu gwybodaeth";
  const categories = agreement.categories.map((category) => CATEGORY_WORDS[category]);
  const purposes = agreement.purposes.map((purpose) => PURPOSE_WORDS[purpose]);
  const plain = [
    title,
    `Rhif y cofnod: ${agreement.id}. Dyddiad y cytundeb: ${welshDate(agreement.givenAt)}.`,
    "",
    `Rydych wedi cytuno y ${org === undefined ? "cawn ni" : `caiff ${org}`} rannu:`,
    list(categories, "-"),
    "",
    "Pwy all gael yr wybodaeth:",
    list(
      agreement.recipients.map((recipient) => recipientWords(recipient, false)),
      "-",
    ),
    "",
    "Pam:",
    list(purposes, "-"),
    "",
    `${until}${review}`,
    "",
    "Gallwch newid y cytundeb hwn neu ei dynnu'n ôl unrhyw bryd, i gyd neu ran ohono. " +
      `${texts.contact} O hynny ymlaen, nid oes dim mwy yn cael ei rannu ar sail y cytundeb hwn; nid yw'n dadwneud rhannu a ddigwyddodd o'r blaen.`,
  ].join("\n");
  const easyRead = [
    "Am rannu eich gwybodaeth",
    "",
    "Rydych wedi dweud ie i rannu rhywfaint o wybodaeth amdanoch.",
    "",
    "Pa wybodaeth y byddwn yn ei rhannu:",
    list(categories, "•"),
    "",
    "Gyda phwy y byddwn yn ei rhannu:",
    list(
      agreement.recipients.map((recipient) => recipientWords(recipient, true)),
      "•",
    ),
    "",
    "Pam:",
    list(purposes, "•"),
    "",
    "Am ba hyd:",
    agreement.expiresAt === undefined
      ? "• Nes i chi ddweud stop."
      : `• Tan ${welshDate(agreement.expiresAt)}.\n• Neu nes i chi ddweud stop.`,
    "",
    "Gallwch newid eich meddwl:",
    "• Gallwch ddweud stop unrhyw bryd.",
    "• Gallwch ddweud stop i ran ohono.",
    `• ${texts.contact}`,
    "",
    `Rhif y cofnod: ${agreement.id}`,
  ].join("\n");
  return { title, plain, easyRead };
}

function withdrawalReceipt(
  withdrawal: WithdrawalRecord,
  agreement: AgreementRecord | undefined,
  texts: WelshTexts,
): Receipt {
  const when = welshDate(withdrawal.withdrawnAt);
  const willNot = texts.organisation === undefined ? "ni fyddwn" : `ni fydd ${texts.organisation}`;
  const title = "Rydych wedi newid eich meddwl am rannu";
  const scope = withdrawal.scope;
  const parts = (bullet: string, easyRead: boolean): string[] => {
    if (scope.kind === "whole-agreement") return [];
    // Easy Read asks "who, what, why"; the plain text says "with this recipient", "this information", "for this
    // purpose", each followed by a colon, so that no name or list item needs a mutation.
    const [who, what, why] = easyRead
      ? ["Pwy", "Beth", "Pam"]
      : ["â'r derbynnydd hwn", "yr wybodaeth hon", "at y diben hwn"];
    return [
      ...(scope.recipients ?? []).map(
        (recipient) => `${bullet} ${who}: ${recipientWords(recipient, easyRead)}`,
      ),
      ...(scope.categories ?? []).map((category) => `${bullet} ${what}: ${CATEGORY_WORDS[category]}`),
      ...(scope.purposes ?? []).map((purpose) => `${bullet} ${why}: ${PURPOSE_WORDS[purpose]}`),
    ];
  };
  const given = agreement === undefined ? "" : ` (a roddwyd ar ${welshDate(agreement.givenAt)})`;
  const plain = [
    title,
    `Rhif y cofnod tynnu'n ôl: ${withdrawal.id}. Dyddiad: ${when}.`,
    "",
    scope.kind === "whole-agreement"
      ? `Dywedoch wrthym am stopio rhannu ar sail eich cytundeb ${withdrawal.agreementId}${given}. O ${when} ymlaen, ${willNot} yn rhannu unrhyw wybodaeth ar ei sail.`
      : `Dywedoch wrthym am stopio rhan o'ch cytundeb ${withdrawal.agreementId}${given}. O ${when} ymlaen, ${willNot} yn rhannu:\n${parts("-", false).join("\n")}`,
    "",
    "Nid yw hyn yn dadwneud rhannu a ddigwyddodd cyn i chi ddweud wrthym.",
    `Os ydych am gytuno i rannu eto, neu newid unrhyw beth arall: ${texts.contact}`,
  ].join("\n");
  const easyRead = [
    "Rydych wedi dweud stop",
    "",
    scope.kind === "whole-agreement"
      ? `Dywedoch wrthym am stopio rhannu eich gwybodaeth.\nGwnaethom stopio ar ${when}.`
      : `Dywedoch wrthym am stopio rhannu rhywfaint o'ch gwybodaeth.\nGwnaethom stopio ar ${when}.\n\nBeth wnaethom ei stopio:\n${parts("•", true).join("\n")}`,
    "",
    "Nid yw pethau a rannwyd cyn i chi ddweud stop yn cael eu cymryd yn ôl.",
    "",
    "Gallwch newid eich meddwl eto:",
    `• ${texts.contact}`,
    "",
    `Rhif y cofnod: ${withdrawal.id}`,
  ].join("\n");
  return { title, plain, easyRead };
}

/** The Welsh receipt of a checked agreement or withdrawal. */
function welshReceipt(
  record: AgreementRecord | WithdrawalRecord,
  options: ReceiptCyOptions,
  texts: WelshTexts,
): Receipt {
  return record.type === "agreement"
    ? agreementReceipt(record, texts)
    : withdrawalReceipt(record, findAgreement(options.records, record.agreementId), texts);
}

/** A problem for each text of the options given in English without its Welsh. */
function missingWelsh(options: ReceiptCyOptions): Problem[] {
  return (["organisation", "howToChangeYourMind"] as const)
    .filter((key) => options[key] !== undefined && options.cy?.[key] === undefined)
    .map((key) => ({
      code: "welsh-text-missing",
      path: `options.cy.${key}`,
      message: `Give ${key} in Welsh too (options.cy.${key}), for a receipt in Welsh: it shows no English text of the options.`,
    }));
}

/**
 * The language a receipt of the record is in: `options.language`; else the language the person chose for
 * correspondence, recorded on the agreement (for a withdrawal, on the agreement it names, found in
 * `options.records`); else `"bilingual"`, the Welsh first.
 */
export function chooseReceiptLanguage(
  record: ConsentRecord,
  options: ReceiptCyOptions = {},
): ReceiptLanguage {
  const agreement =
    record.type === "agreement"
      ? record
      : record.type === "withdrawal"
        ? findAgreement(options.records, record.agreementId)
        : undefined;
  return options.language ?? agreement?.correspondenceLanguage ?? "bilingual";
}

/**
 * Renders an agreement, or a withdrawal, as the receipt of `renderReceipt` from `@lac/consent`, in Welsh, in
 * English or in both (the Welsh first): the language of `options.language`, else the one the person chose for
 * correspondence, else both. The same facts as the English: who will get what, why, until when, and how to change
 * their mind, in plain Welsh and in Easy Read, with the terms of the Welsh agreement-to-share form and dates with
 * the Welsh month names ("1 Mawrth 2025"). Names and job titles are shown as recorded. Pure; invalid records and
 * options come back as problems, never thrown.
 *
 * The Welsh is the toolkit's draft translation, for the council's translation service to check, like the pack's
 * Welsh documents.
 */
export function renderReceiptCy(record: unknown, options: ReceiptCyOptions = {}): ReceiptCyResult {
  // renderReceipt checks the record and the English receipt's options; the options of this entry are checked
  // here, when the options are an object at all (renderReceipt says so when they are not).
  const english = renderReceipt(record, options);
  const own =
    typeof options === "object" && options !== null && !Array.isArray(options)
      ? receiptCyOptionsSchema.safeParse(options)
      : undefined;
  // A record renderReceipt accepts is an agreement or a withdrawal; the type is narrowed here again.
  const checked = consentRecordSchema.safeParse(record);
  const subject =
    checked.success && (checked.data.type === "agreement" || checked.data.type === "withdrawal")
      ? checked.data
      : undefined;
  if (!english.ok || own?.success === false || subject === undefined) {
    return {
      ok: false,
      errors: [
        ...(english.ok ? [] : english.errors),
        ...(own?.success === false ? problemsFromZod(own.error, "options") : []),
      ],
    };
  }
  const language = chooseReceiptLanguage(subject, options);
  if (language === "en") return { ok: true, language, receipt: english.receipt };
  const problems = missingWelsh(options);
  if (problems.length > 0) return { ok: false, errors: problems };
  const welsh = welshReceipt(subject, options, {
    organisation: options.cy?.organisation,
    contact: options.cy?.howToChangeYourMind ?? DEFAULT_CONTACT,
  });
  if (language === "cy") return { ok: true, language, receipt: welsh };
  return {
    ok: true,
    language,
    receipt: {
      title: `${welsh.title} / ${english.receipt.title}`,
      plain: `${welsh.plain}\n\n${english.receipt.plain}`,
      easyRead: `${welsh.easyRead}\n\n${english.receipt.easyRead}`,
    },
  };
}
