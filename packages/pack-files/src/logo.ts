import type { CouncilConfig } from "@lac/council";
import type { LogoImage } from "@lac/pack-formats";
import { detectImageType } from "@lac/pack-formats/image-type";

/** The largest logo lac embeds in every document: 1 MiB. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/**
 * A council's logo as checkLogo found it: its bytes and what kind of image they are. Its text alternative
 * is each document's own (logoAlt, in the document's language), which formatOptionsFor adds.
 */
export type CheckedLogo = Omit<LogoImage, "alt">;

export type LogoCheck =
  { readonly ok: true; readonly logo: CheckedLogo } | { readonly ok: false; readonly message: string };

/** What a logo file is called in messages, such as `the logo "logo.png" (looked for at /pack/logo.png)`. */
export type LogoName = string;

/** The message for a logo file larger than MAX_LOGO_BYTES. */
export function logoTooLargeMessage(name: LogoName, size: number): string {
  return `${name} is ${(size / 1024 / 1024).toFixed(1)} MiB; a logo may be at most 1 MiB, as it is copied into every document. Save a smaller version (a few hundred pixels wide is enough).`;
}

/**
 * Checks the bytes of a council's logo as lac embeds it: at most 1 MiB, a PNG or JPEG (or SVG, for HTML
 * only), told by its first bytes, not its name.
 */
export function checkLogo(
  bytes: Uint8Array,
  options: { readonly name: LogoName; readonly formats: readonly string[] },
): LogoCheck {
  const { name } = options;
  // A browser's file.arrayBuffer(), or a file read as text, is a mistake to explain, not a TypeError to throw.
  if (Object.prototype.toString.call(bytes) !== "[object Uint8Array]") {
    const given =
      typeof bytes === "string"
        ? "text (read the file without an encoding)"
        : bytes instanceof ArrayBuffer
          ? "an ArrayBuffer (wrap it: new Uint8Array(buffer))"
          : bytes === null
            ? "null"
            : typeof bytes === "object"
              ? "an object that is not a Uint8Array"
              : `a value of type ${typeof bytes}`;
    return {
      ok: false,
      message: `${name} could not be checked: checkLogo needs the file's bytes as a Uint8Array, not ${given}.`,
    };
  }
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: logoTooLargeMessage(name, bytes.length) };
  const type = detectImageType(bytes);
  if (type === undefined) {
    return {
      ok: false,
      message: `${name} is not a PNG, JPEG or SVG image (lac looks at the file's content, not its name). Save the logo as PNG or JPEG.`,
    };
  }
  if (type === "svg" && options.formats.includes("docx")) {
    return {
      ok: false,
      message: `${name} is an SVG image, which lac can put in HTML but not in Word documents. Save the logo as PNG or JPEG, or leave "docx" out of output.formats.`,
    };
  }
  return { ok: true, logo: { bytes, type } };
}

/**
 * The text alternative of a council's logo in a document of the language given: the council's name, as
 * that language writes it (its Welsh name in a Welsh document, when it has one; the English one
 * otherwise). A text alternative serves the image's purpose (WCAG 2.2, 1.1.1 Non-text Content), and a
 * logo's purpose is to say whose document it is: GOV.UK's guidance on images gives "GOV.UK" as the alt
 * text of the GOV.UK logo. "logo" after the name adds nothing to what a screen reader says.
 */
export function logoAlt(
  council: Pick<CouncilConfig["council"], "name" | "welshName">,
  language: "en" | "cy",
): string {
  return language === "cy" ? (council.welshName ?? council.name) : council.name;
}
