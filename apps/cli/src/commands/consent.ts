import { resolve } from "node:path";
import { renderReceipt, type ConsentRecord } from "@lac/consent";
import {
  chooseReceiptLanguage,
  RECEIPT_LANGUAGES,
  renderReceiptCy,
  type ReceiptLanguage,
} from "@lac/consent/receipt-cy";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { readTextFile } from "../read-text-file.js";
import { createStyle } from "../style.js";

function optionText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return `${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Where JSON.parse stopped, as line:col. Node.js says "at position 12" or "(line 2 column 3)", or (Node.js 20, for an
 * unexpected token) quotes the text around it: `Unexpected token '}', ..."text"... is not valid JSON`, where the
 * quoted text starts 10 characters before the token when it begins with "...".
 */
function jsonErrorPlace(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  const quoted = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
    message,
  );
  if (quoted) {
    const [, token = "", cut, around = ""] = quoted;
    const start = text.indexOf(around);
    if (start !== -1) {
      const offset = cut === undefined ? around.indexOf(token) : Math.min(10, around.length);
      return lineAndColumn(text, start + Math.max(0, offset));
    }
  }
  return lineAndColumn(text, text.length);
}

/**
 * `lac consent receipt <record.json>`: prints a receipt for the person from an agreement or a withdrawal record.
 * The file holds one record, or a list of records (the person's log), whose last record gets the receipt.
 */
export async function run({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  const style = createStyle(io.color);
  const [action, file] = positionals;
  const usage = (message: string): ExitCode => {
    io.stderr.write(`${style.red("error")} ${message}\nRun lac consent --help.\n`);
    return ExitCode.usage;
  };
  if (action !== "receipt") {
    return usage(
      action === undefined
        ? 'lac consent needs an action: "receipt".'
        : `unknown action "${action}" for lac consent: the only action is "receipt".`,
    );
  }
  if (file === undefined)
    return usage("lac consent receipt needs the record file: lac consent receipt record.json");
  if (options.language !== undefined && !RECEIPT_LANGUAGES.includes(options.language as ReceiptLanguage)) {
    return usage(
      `--language must be "cy", "en" or "bilingual" (Welsh first), not ${JSON.stringify(options.language)}.`,
    );
  }

  const failed = (lines: readonly string[]): ExitCode => {
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({ ok: false, errors: lines.map((message) => ({ message })) }, null, 2)}\n`,
      );
    } else {
      for (const line of lines) io.stderr.write(`${line}\n`);
    }
    return ExitCode.failed;
  };

  const read = await readTextFile(
    resolve(file),
    file,
    "Give the path of a JSON file holding a consent record (an agreement or a withdrawal).",
  );
  if (!read.ok) return failed([`${style.red("error")} ${read.message}`]);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const message = raw.replace(/\s+/g, " ");
    return failed([
      `${file}:${jsonErrorPlace(read.text, raw)} ${style.red("error")} not valid JSON: ${message}. Fix the JSON, for example a missing comma or quote.`,
    ]);
  }
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length === 0) {
    return failed([`${file} ${style.red("error")} the list of records is empty: give at least one record.`]);
  }
  const index = list.length - 1;
  const receiptOptions = {
    records: list.slice(0, index) as ConsentRecord[],
    ...(optionText(options.organisation) === undefined
      ? {}
      : { organisation: optionText(options.organisation) }),
    ...(optionText(options.contact) === undefined
      ? {}
      : { howToChangeYourMind: optionText(options.contact) }),
  };
  const english = renderReceipt(list[index], receiptOptions);
  if (!english.ok) {
    // Each problem's message starts with the path of the field at fault, such as "recipients[0].role: …".
    const within = Array.isArray(value) ? ` record [${index}]` : "";
    return failed(
      english.errors.map((problem) => `${file}:${within} ${style.red("error")} ${problem.message}`),
    );
  }
  // The language the person chose for correspondence (recorded on the agreement), unless --language says
  // otherwise; English where nothing is recorded, unless a Welsh text is given.
  const welshTexts = {
    ...(optionText(options["organisation-cy"]) === undefined
      ? {}
      : { organisation: optionText(options["organisation-cy"]) }),
    ...(optionText(options["contact-cy"]) === undefined
      ? {}
      : { howToChangeYourMind: optionText(options["contact-cy"]) }),
  };
  const recorded = chooseReceiptLanguage(list[index] as ConsentRecord, receiptOptions);
  const language: ReceiptLanguage =
    (options.language as ReceiptLanguage | undefined) ??
    (recorded === "bilingual" && Object.keys(welshTexts).length === 0 ? "en" : recorded);
  const result =
    language === "en"
      ? { ok: true as const, language, receipt: english.receipt }
      : renderReceiptCy(list[index], { ...receiptOptions, language, cy: welshTexts });
  if (!result.ok) {
    // The only problems left are the options' texts without their Welsh (options.cy.organisation, …).
    const flags: Record<string, string> = {
      "options.cy.organisation": "--organisation-cy <name> (the organisation's name in Welsh)",
      "options.cy.howToChangeYourMind": "--contact-cy <text> (how to change your mind, in Welsh)",
    };
    return usage(
      `a receipt in Welsh shows no English: give ${result.errors
        .map((problem) => flags[problem.path ?? ""] ?? problem.message)
        .join(" and ")}, or --language en.`,
    );
  }
  const { receipt } = result;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, language, receipt }, null, 2)}\n`);
  } else {
    io.stdout.write(`${options["easy-read"] ? receipt.easyRead : receipt.plain}\n`);
  }
  return ExitCode.ok;
}
