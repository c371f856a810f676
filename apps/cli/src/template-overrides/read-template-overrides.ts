import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { TemplateOverrides } from "@lac/documents/template-overrides";
import { LineCounter, parseDocument } from "yaml";
import { locateConfigPath } from "../locate-config-path.js";

/** The local manifest of the council's templates folder: the documents it adds to the pack. */
export const OVERRIDE_MANIFEST = "manifest.yaml";

/** The largest template file lac reads: 256 KiB (the largest bundled template is a tenth of that). */
const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A problem with the council's templates, at a place in a file of the pack when there is one. */
export interface OverrideProblem {
  /** The file, relative to the folder lac runs in, as people are shown it. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export type ReadOverridesResult =
  | {
      readonly ok: true;
      readonly overrides: TemplateOverrides | undefined;
      /** The text of the folder's manifest.yaml, to locate problems in it. */
      readonly manifestText?: string;
    }
  | { readonly ok: false; readonly problems: readonly OverrideProblem[] };

/** True when `child` is `parent` itself or lies below it. */
export function isWithin(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === "" || (path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** What to do about a file or folder lac may not read. */
const LET_READ = "Give the account that runs lac permission to read it.";

/** Where a symbolic link leads, when it is one that leads nowhere (its target is missing, or a loop). */
function brokenLinkTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    realpathSync(path);
    return undefined;
  } catch {
    try {
      return readlinkSync(path);
    } catch {
      return undefined;
    }
  }
}

/**
 * Where a symbolic link leads, when it leads to a folder that holds the link itself: followed, it would
 * name every template below it again under longer and longer names.
 */
function loopingLinkTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    return isWithin(realpathSync(path), realpathSync(dirname(path))) ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** The two folders of a templates folder, and what goes in each. */
const KIND_FOLDERS: Readonly<Record<string, string>> = {
  documents: "document templates",
  partials: "partials",
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the council's templates folder (`templates:` of lac.config.yaml, relative to the pack): its
 * documents/**.hbs and partials/**.hbs, by name, and its manifest.yaml. Nothing is compiled here. The
 * folder and every file must lie inside the pack, through symbolic links too. No folder named, or a
 * folder with no templates and no manifest: no overrides (undefined).
 */
export function readTemplateOverrides(
  packDir: string,
  folder: string | undefined,
  shownPackDir: string,
): ReadOverridesResult {
  if (folder === undefined) return { ok: true, overrides: undefined };
  const shown = (path: string) => (shownPackDir === "." ? path : `${shownPackDir}/${path}`);
  const fail = (file: string, message: string): ReadOverridesResult => ({
    ok: false,
    problems: [{ file: shown(file), message }],
  });
  const folderPath = folder.replace(/\/+$/, "");
  let realPack: string;
  let realFolder: string;
  try {
    realPack = realpathSync(packDir);
    realFolder = realpathSync(resolve(packDir, folderPath));
  } catch (error) {
    const target = brokenLinkTarget(resolve(packDir, folderPath));
    return fail(
      folderPath,
      target !== undefined
        ? `the templates folder "${folderPath}" (templates: in lac.config.yaml) is a symbolic link to "${target}", which does not exist. Make the link lead to a folder inside the pack, or put the folder itself in its place.`
        : errorCode(error) === "ENOENT"
          ? `the templates folder "${folderPath}" (templates: in lac.config.yaml) does not exist. Create it, for example with lac templates copy <name>, or remove templates: from lac.config.yaml.`
          : `lac cannot read the templates folder "${folderPath}" (${errorCode(error)}). ${LET_READ}`,
    );
  }
  if (!isWithin(realPack, realFolder) || realFolder === realPack)
    return fail(
      folderPath,
      `the templates folder "${folderPath}" leads outside the pack (through a symbolic link), or is the pack folder itself. Use a folder inside the pack.`,
    );
  const folderStats = lstatSync(realFolder);
  if (!folderStats.isDirectory())
    return fail(
      folderPath,
      `"${folderPath}" (templates: in lac.config.yaml) is ${folderStats.isFile() ? "a file" : "something else"}, not a folder. Move it away or rename it, then make the folder (lac templates copy <name> makes it), or set templates: in lac.config.yaml to another folder.`,
    );

  const sources: { name: string; file: string; source: string }[] = [];
  const problems: OverrideProblem[] = [];
  let entries: string[];
  try {
    entries = readdirSync(realFolder, { recursive: true, encoding: "utf8" });
  } catch (error) {
    // A folder inside it that lac may not read is named (relative to the pack), not the whole folder.
    const path = (error as NodeJS.ErrnoException).path;
    const inside =
      path === undefined || !isWithin(realFolder, path)
        ? folderPath
        : [folderPath, relative(realFolder, path).split(sep).join("/")].filter(Boolean).join("/");
    return fail(inside, `lac cannot read the folder "${inside}" (${errorCode(error)}). ${LET_READ}`);
  }
  // Links that lead back up: named once, and nothing read through them.
  const loops: string[] = [];
  for (const entry of entries.sort()) {
    const posixEntry = entry.split(sep).join("/");
    if (loops.some((loop) => posixEntry.startsWith(`${loop}/`))) continue;
    const file = `${folderPath}/${posixEntry}`;
    const absolute = join(realFolder, entry);
    const [kind = ""] = posixEntry.split("/");
    const kindFolder = KIND_FOLDERS[kind];
    if (!posixEntry.endsWith(".hbs")) {
      const loopTarget = loopingLinkTarget(absolute);
      if (loopTarget !== undefined) {
        loops.push(posixEntry);
        problems.push({
          file: shown(file),
          message: `this is a symbolic link to "${loopTarget}", a folder that holds the link itself, so lac would read the same templates again under longer and longer names. Remove the link, or make it lead to another folder inside the pack.`,
        });
        continue;
      }
      // A folder of templates that lac cannot read would leave the templates in it out, unnoticed.
      if (kindFolder === undefined) continue;
      const target = brokenLinkTarget(absolute);
      if (target !== undefined)
        problems.push({
          file: shown(file),
          message: `this is a symbolic link to "${target}", which does not exist, so lac cannot read the templates in it. Make the link lead to a folder inside the pack, or put the folder itself in its place.`,
        });
      else if (posixEntry === kind && !isFolder(absolute))
        problems.push({
          file: shown(file),
          message: `this is a file, not a folder: ${kindFolder} go in ${folderPath}/${kind}/<name>.hbs. Move the file away or rename it, and make the folder ${folderPath}/${kind}/ for them.`,
        });
      continue;
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch (error) {
      const target = brokenLinkTarget(absolute);
      problems.push({
        file: shown(file),
        message:
          target !== undefined
            ? `this template is a symbolic link to "${target}", which does not exist. Make the link lead to a template inside the pack, or put the template itself in its place.`
            : `lac cannot read this template (${errorCode(error)}). ${LET_READ}`,
      });
      continue;
    }
    if (!isWithin(realPack, real)) {
      problems.push({
        file: shown(file),
        message:
          "this template is a symbolic link to a file outside the pack. Copy the file into the pack instead.",
      });
      continue;
    }
    const stats = lstatSync(real);
    if (!stats.isFile()) continue;
    if (kindFolder === undefined) {
      problems.push({
        file: shown(file),
        message: `templates go in ${folderPath}/documents/ (documents) or ${folderPath}/partials/ (partials), named like those of lac templates list.`,
      });
      continue;
    }
    if (stats.size > MAX_TEMPLATE_BYTES) {
      problems.push({
        file: shown(file),
        message: "this template is larger than 256 KiB, which no template needs.",
      });
      continue;
    }
    let source: string;
    try {
      source = readFileSync(real, "utf8");
    } catch (error) {
      problems.push({
        file: shown(file),
        message: `lac cannot read this template (${errorCode(error)}). ${LET_READ}`,
      });
      continue;
    }
    sources.push({ name: posixEntry.replace(/\.hbs$/, ""), file: shown(file), source });
  }

  const manifestFile = `${folderPath}/${OVERRIDE_MANIFEST}`;
  let manifest: TemplateOverrides["manifest"];
  const manifestPath = join(realFolder, OVERRIDE_MANIFEST);
  let manifestText: string | undefined;
  try {
    const real = realpathSync(manifestPath);
    if (!isWithin(realPack, real))
      problems.push({
        file: shown(manifestFile),
        message:
          "manifest.yaml is a symbolic link to a file outside the pack. Copy the file into the pack instead.",
      });
    else manifestText = readFileSync(real, "utf8");
  } catch (error) {
    const target = brokenLinkTarget(manifestPath);
    if (target !== undefined)
      problems.push({
        file: shown(manifestFile),
        message: `this is a symbolic link to "${target}", which does not exist. Make the link lead to a file inside the pack, or put the manifest.yaml itself in its place.`,
      });
    else if (errorCode(error) !== "ENOENT")
      problems.push({
        file: shown(manifestFile),
        message: `lac cannot read it (${errorCode(error)}). ${LET_READ}`,
      });
  }
  if (manifestText !== undefined) {
    const lineCounter = new LineCounter();
    const document = parseDocument(manifestText, { lineCounter, prettyErrors: false });
    const yamlError = document.errors[0];
    if (yamlError) {
      const { line, col } = lineCounter.linePos(yamlError.pos[0]);
      problems.push({
        file: shown(manifestFile),
        line,
        column: col,
        message: `not valid YAML: ${yamlError.message}`,
      });
    } else {
      const value: unknown = document.toJS();
      const documents = (value as { documents?: unknown } | null)?.documents;
      const otherKeys =
        value !== null && typeof value === "object" && !Array.isArray(value)
          ? Object.keys(value).filter((key) => key !== "documents")
          : [];
      if (!Array.isArray(documents) || otherKeys.length > 0) {
        const place = otherKeys[0] === undefined ? undefined : locateConfigPath(manifestText, [otherKeys[0]]);
        problems.push({
          file: shown(manifestFile),
          ...(place ?? { line: 1, column: 1 }),
          message:
            otherKeys.length > 0
              ? `unknown key "${otherKeys[0]}": the templates folder's manifest.yaml has only documents: (a list of the documents the council adds, each with id, title, purpose, template and output).`
              : "must be documents: followed by a list of the documents the council adds, each with id, title, purpose, template and output.",
        });
      } else manifest = { file: shown(manifestFile), documents };
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (sources.length === 0 && manifest === undefined) return { ok: true, overrides: undefined };
  return {
    ok: true,
    overrides: { sources, ...(manifest ? { manifest } : {}) },
    ...(manifestText === undefined ? {} : { manifestText }),
  };
}

/**
 * The place of a problem that applyTemplateOverrides found in the folder's manifest.yaml (its field is
 * "documents.0.output"), from the manifest's text.
 */
export function locateManifestField(
  manifestText: string,
  field: string,
): { line: number; column: number } | undefined {
  return locateConfigPath(
    manifestText,
    field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  );
}
