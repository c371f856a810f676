import { createReadStream } from "node:fs";

/** One line of a text file: its number (from 1) and its text, without the line ending. */
export interface TextLine {
  readonly line: number;
  readonly text: string;
}

/** A file that cannot be read as UTF-8 text, with the line where that shows. */
export class TextFileError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Reads a file line by line as UTF-8, streaming: memory holds one chunk at a time, whatever the file's size
 * (unlike read-text-file.ts, which caps a whole file at 1 MiB). A UTF-8 byte-order mark is skipped; a
 * UTF-16 file, or bytes that are not UTF-8, stop the reading with a `TextFileError` naming the line.
 * Line endings may be \n or \r\n.
 */
export async function* readLines(path: string): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let pending = "";
  let line = 0;
  let first = true;
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        stream.destroy();
        throw new TextFileError(
          'the file is UTF-16 text. Save it as UTF-8 (in Excel: Save As, then "CSV UTF-8").',
          1,
        );
      }
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      stream.destroy();
      // The line of the first byte that is not UTF-8: the lines before it in this chunk, after those read.
      const lenient = pending + new TextDecoder("utf-8").decode(chunk);
      const bad = lenient.indexOf("\uFFFD", pending.length);
      const before = lenient.slice(0, bad === -1 ? lenient.length : bad);
      const at = line + 1 + (before.match(/\n/g)?.length ?? 0);
      throw new TextFileError(
        `line ${at} is not UTF-8 text (it may be Windows-1252 or Latin-1). Save the file as UTF-8 and try again.`,
        at,
      );
    }
    pending += text;
    let start = 0;
    for (;;) {
      const end = pending.indexOf("\n", start);
      if (end === -1) break;
      line += 1;
      const raw = pending.slice(start, end);
      yield { line, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new TextFileError(
      "the file ends in the middle of a UTF-8 character. Save it as UTF-8 and try again.",
      line + 1,
    );
  }
  if (pending !== "") {
    line += 1;
    yield { line, text: pending.endsWith("\r") ? pending.slice(0, -1) : pending };
  }
}
