import { STYLE_CODES } from "./style.js";

/**
 * The characters a terminal may act on rather than show: the C0 control characters except the line
 * feed and the tab (so ESC, which starts the escape sequences that move the cursor, set the window
 * title, write to the clipboard or make links; the carriage return, which lets text overwrite a line;
 * NUL; BEL), DEL, the C1 control characters (U+0080–U+009F, among them the one-character CSI), the
 * line and paragraph separators, and the bidirectional controls that reorder text (U+202A–U+202E,
 * U+2066–U+2069). A carriage return just before a line feed (a Windows line ending) is kept.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** lac's own colour codes (style.ts), the only escape sequences lac writes on purpose. */
const OWN_COLOUR = new RegExp(
  `\\u001b\\[(?:${[...new Set(Object.values(STYLE_CODES).flat())].join("|")})m`,
  "y",
);

function escaped(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

/**
 * The text with every character a terminal would act on written as a visible escape, `\u001b` for ESC
 * (the way configuration errors show such characters, quoting values as JSON does): so that text from
 * a file, such as a damaged state file or a file name, cannot send escape codes to the terminal of
 * whoever runs lac. With `keepColour`, lac's own colour codes (and only those) stay as they are.
 */
export function escapeControlCharacters(text: string, keepColour = false): string {
  return text.replace(UNSAFE, (character, offset: number) => {
    if (keepColour && character === "\u001b") {
      OWN_COLOUR.lastIndex = offset;
      if (OWN_COLOUR.test(text)) return character;
    }
    return escaped(character);
  });
}

/** A stream that escapes control characters in everything written to it: lac's message boundary. */
export function escapingWriter(
  stream: { write(text: string): unknown },
  keepColour: boolean,
): { write(text: string): unknown } {
  return { write: (text: string) => stream.write(escapeControlCharacters(String(text), keepColour)) };
}
