import { decodeUtf8 } from "@lac/council";

/**
 * The text of an uploaded file, or the one problem that says why it cannot be read as a
 * lac.config.yaml: a file that is not text at all (a Word document, a PDF, an image chosen by mistake)
 * is said so, not reported as the YAML reader's "control character U+0003 … Remove it"; a NUL byte,
 * which no text file holds, marks it. A text file saved in another encoding than UTF-8 (Windows-1252,
 * with a "£" of one byte) is refused at the place of its first such byte, as lac refuses it, not read
 * with U+FFFD in place of its characters. Any other stray character is left to lac validate's checks.
 */
export function uploadedText(
  name: string,
  bytes: Uint8Array,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string } {
  if (bytes.includes(0))
    return {
      ok: false,
      problem: `${name} is not a text file, so it is not a lac.config.yaml (it may be a Word document, a PDF or an image). Choose the lac.config.yaml that lac init or this builder made.`,
    };
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded : { ok: false, problem: `${name} ${decoded.message}` };
}

/**
 * Whether a file's problems are only answers not given yet: an unfinished lac.config.yaml, such as a
 * question page's Download lac.config.yaml saves, which is loaded to carry on with (the check page
 * lists what is missing). A file with any wrong answer is refused, with the lines of its problems.
 */
export function onlyMissingAnswers(problems: readonly { readonly code: string }[]): boolean {
  return problems.length > 0 && problems.every((problem) => problem.code === "missing-key");
}
