/** The contrast ratio of a #rrggbb colour against white (WCAG 2.1 relative luminance). */
export function contrastWithWhite(colour: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** A colour written # and six hexadecimal digits. */
export const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
