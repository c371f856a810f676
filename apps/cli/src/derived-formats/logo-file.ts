import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { detectImageType, type LogoImage } from "@lac/pack-formats";

/** The largest logo lac embeds in every document: 1 MiB. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoResult =
  { readonly ok: true; readonly logo: LogoImage } | { readonly ok: false; readonly message: string };

/**
 * Reads the logo named in output.style.logo, relative to the pack folder (where lac.config.yaml is), and
 * checks it: a file, at most 1 MiB, a PNG or JPEG (or SVG, for HTML only) by its first bytes, not its name.
 */
export function readLogoFile(
  packDir: string,
  logoPath: string,
  alt: string,
  formats: readonly string[],
): LogoResult {
  const absolute = isAbsolute(logoPath) ? logoPath : resolve(packDir, logoPath);
  const where = `the logo ${JSON.stringify(logoPath)} (looked for at ${absolute})`;
  let size: number;
  try {
    const stats = statSync(absolute);
    if (!stats.isFile())
      return {
        ok: false,
        message: `${where} is not a file. Give the path of a PNG or JPEG file, relative to lac.config.yaml.`,
      };
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      message:
        code === "ENOENT"
          ? `${where} does not exist. Give the path of a PNG or JPEG file, relative to the folder of lac.config.yaml, or remove output.style.logo.`
          : `lac cannot read ${where} (${code}). Check the file's permissions.`,
    };
  }
  if (size > MAX_LOGO_BYTES) {
    return {
      ok: false,
      message: `${where} is ${(size / 1024 / 1024).toFixed(1)} MiB; a logo may be at most 1 MiB, as it is copied into every document. Save a smaller version (a few hundred pixels wide is enough).`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      ok: false,
      message: `lac cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    };
  }
  const type = detectImageType(bytes);
  if (type === undefined) {
    return {
      ok: false,
      message: `${where} is not a PNG, JPEG or SVG image (lac looks at the file's content, not its name). Save the logo as PNG or JPEG.`,
    };
  }
  if (type === "svg" && formats.includes("docx")) {
    return {
      ok: false,
      message: `${where} is an SVG image, which lac can put in HTML but not in Word documents. Save the logo as PNG or JPEG, or leave "docx" out of output.formats.`,
    };
  }
  return { ok: true, logo: { bytes, type, alt } };
}
