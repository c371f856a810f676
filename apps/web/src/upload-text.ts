/**
 * What the builder says of an uploaded file that is not text at all (a Word document, a PDF, an
 * image chosen by mistake): one problem that names the mistake, not the YAML reader's "control
 * character U+0003 … Remove it (it may be invisible in your editor)". A NUL character, which no text
 * file holds, marks it; a text file, with any other stray character, is left to lac validate's checks.
 */
export function notTextProblem(name: string, text: string): string | undefined {
  if (!text.includes("\u0000")) return undefined;
  return `${name} is not a text file, so it is not a lac.config.yaml (it may be a Word document, a PDF or an image). Choose the lac.config.yaml that lac init or this builder made.`;
}

/**
 * Whether a file's problems are only answers not given yet: an unfinished lac.config.yaml, such as a
 * question page's Download lac.config.yaml saves, which is loaded to carry on with (the check page
 * lists what is missing). A file with any wrong answer is refused, with the lines of its problems.
 */
export function onlyMissingAnswers(problems: readonly { readonly code: string }[]): boolean {
  return problems.length > 0 && problems.every((problem) => problem.code === "missing-key");
}
