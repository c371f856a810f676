import { DEFAULT_FONT, DEFAULT_HEADING_COLOUR, type HouseStyle } from "./options.js";

/** A font family name: letters, digits, spaces and hyphens, as in "Arial" or "Noto Sans". */
export const FONT_NAME = /^[A-Za-z0-9][A-Za-z0-9 -]{0,62}$/;
/** #rrggbb. */
export const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

export interface ResolvedStyle {
  readonly font: string;
  /** #rrggbb */
  readonly headingColour: string;
}

/** The house style with its defaults; a value that is not safe to write into CSS or Word falls back to the default. */
export function resolveStyle(style: HouseStyle | undefined): ResolvedStyle {
  const font = style?.font !== undefined && FONT_NAME.test(style.font) ? style.font : DEFAULT_FONT;
  const headingColour =
    style?.headingColour !== undefined && HEX_COLOUR.test(style.headingColour)
      ? style.headingColour.toLowerCase()
      : DEFAULT_HEADING_COLOUR;
  return { font, headingColour };
}
