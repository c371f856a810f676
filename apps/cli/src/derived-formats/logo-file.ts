import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { MAX_LOGO_BYTES, checkLogo, logoTooLargeMessage, type LogoCheck } from "@lac/pack-files";

export { MAX_LOGO_BYTES };
export type LogoResult = LogoCheck;

/**
 * Reads the logo named in output.style.logo, relative to the pack folder (where lac.config.yaml is), and
 * checks it as checkLogo of @lac/pack-files does (the web builder too): a file, at most 1 MiB, a PNG or
 * JPEG (or SVG, for HTML only) by its first bytes, not its name.
 */
export function readLogoFile(packDir: string, logoPath: string, formats: readonly string[]): LogoResult {
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
  if (size > MAX_LOGO_BYTES) return { ok: false, message: logoTooLargeMessage(where, size) };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      ok: false,
      message: `lac cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    };
  }
  return checkLogo(bytes, { name: where, formats });
}
