import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Converts Word documents to PDF in one LibreOffice run (its start-up is the slow part), with a profile of
 * its own in `workDir` so that a desktop LibreOffice's profile is never touched. The PDFs go to `outDir`.
 */
export function convertToPdf(
  files: readonly string[],
  outDir: string,
  workDir: string,
  timeout = 600_000,
): SpawnSyncReturns<string> {
  return spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(workDir, "libreoffice-profile")).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout },
  );
}

/** The text of a PDF (pdftotext, UTF-8). */
export function pdfText(pdf: string): string {
  return spawnSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).stdout;
}
