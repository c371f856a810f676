// The pack the web builder makes is, file for file and byte for byte, the pack `lac init --answers`
// writes for the same lac.config.yaml: only .lac/state.json differs, by the version of the tool that
// wrote it and the CLI's record of what each Word and HTML file was made from (`derived`), which lac
// generate uses to keep files it need not make again; the builder records none.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCouncilConfig, stringifyCouncilConfig } from "@lac/council";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { withSchemaLine } from "../src/config-text.js";
import type { LogoFile } from "../src/pack/engine.js";
import { WEB_BUILDER_VERSION, packFiles, renderDocuments, zipPack } from "../src/pack/engine.js";
import { STATE_FILE } from "@lac/pack-files";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const lac = join(repo, "apps/cli/dist/lac.cjs");
const examples = join(repo, "packages/council/examples");
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** Runs lac init --answers on the text (in a folder holding the logo, if any) and returns the files. */
function cliPack(configText: string, logo?: LogoFile & { path: string }): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "lac-web-cli-"));
  folders.push(dir);
  writeFileSync(join(dir, "answers.yaml"), configText);
  if (logo) {
    mkdirSync(join(dir, "pack", logo.path, ".."), { recursive: true });
    writeFileSync(join(dir, "pack", logo.path), logo.bytes);
  }
  execFileSync(process.execPath, [lac, "init", "pack", "--answers", "answers.yaml"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", CI: "1" },
    stdio: "pipe",
  });
  const pack = join(dir, "pack");
  return new Map(listFiles(pack).map((path) => [path, readFileSync(join(pack, path))]));
}

/** The state file without the version of the tool that wrote it, nor the CLI's `derived` record. */
function withoutTool(text: string): unknown {
  const { derived: _derived, ...state } = JSON.parse(text) as { lac: { version: string }; derived?: unknown };
  return { ...state, lac: { version: "(the tool)" } };
}

async function compare(configText: string, logo?: LogoFile & { path: string }): Promise<void> {
  const parsed = parseCouncilConfig(configText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const rendered = await renderDocuments(parsed.config);
  if (!rendered.ok) throw new Error(rendered.problems.join("\n"));
  const made = await packFiles(rendered, configText, logo);
  if (!made.ok) throw new Error(made.message);
  const fromZip = unzipSync(await zipPack(made.files));
  const expected = cliPack(configText, logo);
  expect(Object.keys(fromZip).sort()).toEqual([...expected.keys()]);
  for (const [path, bytes] of expected) {
    const web = Buffer.from(fromZip[path]!);
    if (path === STATE_FILE) {
      expect(JSON.parse(web.toString("utf8")).lac.version).toBe(WEB_BUILDER_VERSION);
      expect(withoutTool(web.toString("utf8")), path).toEqual(withoutTool(bytes.toString("utf8")));
    } else {
      expect(web.equals(bytes), `${path} differs from lac init's`).toBe(true);
    }
  }
}

describe("the web builder's pack is lac init's pack", () => {
  // An English county with Word files, and a Welsh council with a Welsh-language pack.
  for (const example of ["wendleshire.lac.config.yaml", "cwm-teg.lac.config.yaml"]) {
    it(`for ${example} as uploaded`, async () => {
      await compare(withSchemaLine(readFileSync(join(examples, example), "utf8")));
    });
  }

  it("for a configuration written by the builder's form (all three formats)", async () => {
    const parsed = parseCouncilConfig(readFileSync(join(examples, "cwm-teg.lac.config.yaml"), "utf8"));
    if (!parsed.ok) throw new Error("the example is not valid");
    const config = {
      ...parsed.config,
      output: { ...parsed.config.output, formats: ["markdown", "docx", "html"] },
    };
    await compare(stringifyCouncilConfig(config as Parameters<typeof stringifyCouncilConfig>[0]));
  });

  it("for a configuration with a logo: the chosen file goes into every document and into the pack", async () => {
    // A 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const text = readFileSync(join(examples, "cwm-teg.lac.config.yaml"), "utf8");
    const parsed = parseCouncilConfig(text);
    if (!parsed.ok) throw new Error("the example is not valid");
    const config = {
      ...parsed.config,
      output: {
        ...parsed.config.output,
        formats: ["markdown", "docx", "html"],
        style: { ...parsed.config.output.style, logo: "branding/logo.png" },
      },
    };
    const logo = { path: "branding/logo.png", name: "our-logo.png", bytes: png };
    const configText = stringifyCouncilConfig(config as Parameters<typeof stringifyCouncilConfig>[0]);
    await compare(configText, logo);
    // A second download from the same page gives the same pack (each Word file numbers its pictures from 1).
    await compare(configText, logo);
  });
});
