/**
 * The guide's screenshots that LAC_WEB_SCREENSHOTS asks the browser tests to write: "1" every one,
 * names (separated by commas or spaces, with or without `.png`) only those, and nothing, "" or "0"
 * none. A name that is not one of `known` (the images in docs/images/web) is refused, so that a
 * misspelt name does not pass as a run that wrote nothing.
 */
export function screenshotNames(value: string | undefined, known: readonly string[]): "all" | Set<string> {
  const text = value?.trim() ?? "";
  if (text === "1") return "all";
  if (text === "" || text === "0") return new Set();
  const names = text
    .split(/[\s,]+/)
    .filter((name) => name !== "")
    .map((name) => name.replace(/\.png$/, ""));
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `LAC_WEB_SCREENSHOTS names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is" : "are"} no screenshot of the guide (docs/images/web): ${[...known].sort().join(", ")}`,
    );
  }
  return new Set(names);
}
