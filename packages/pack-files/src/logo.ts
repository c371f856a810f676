import type { LogoImage } from "@lac/pack-formats";
import { detectImageType } from "@lac/pack-formats/image-type";

/** The largest logo lac embeds in every document: 1 MiB. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoCheck =
  { readonly ok: true; readonly logo: LogoImage } | { readonly ok: false; readonly message: string };

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
  options: { readonly name: LogoName; readonly alt: string; readonly formats: readonly string[] },
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
  return { ok: true, logo: { bytes, type, alt: options.alt } };
}

/** The text alternative of a council's logo. */
export const logoAlt = (councilName: string): string => `${councilName} logo`;
