// The parts of the builder a download fetches, and the message that names those it could not fetch.
import { readFileSync } from "node:fs";
import { parseCouncilConfig, type CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import {
  downloadParts,
  loadPreviewWriter,
  partsNotLoadedMessage,
  partsToFetchNote,
  renderDocuments,
} from "./engine.js";

const parsed = parseCouncilConfig(
  readFileSync(
    new URL("../../../../packages/council/examples/wendleshire.lac.config.yaml", import.meta.url),
    "utf8",
  ),
);
if (!parsed.ok) throw new Error("the example does not parse");
const withFormats = (formats: CouncilConfig["output"]["formats"]): CouncilConfig => ({
  ...parsed.config,
  output: { ...parsed.config.output, formats },
});
const names = (config: CouncilConfig) => downloadParts(config).map((part) => part.name);

describe("downloadParts", () => {
  it("names the parts every download needs, and the writer of each derived format the pack has", () => {
    const always = ["the configuration's JSON Schema", "the templates' hashes", "the zip writer"];
    expect(names(withFormats(["markdown"]))).toEqual(always);
    expect(names(withFormats(["markdown", "html"]))).toEqual([...always, "the HTML writer"]);
    expect(names(withFormats(["markdown", "docx", "html"]))).toEqual([
      ...always,
      "the HTML writer",
      "the Word writer",
    ]);
  });
});

describe("partsNotLoadedMessage", () => {
  it("names each part that could not be fetched, in a list", () => {
    expect(partsNotLoadedMessage(["the HTML writer"])).toBe(
      "The download needs a part of the builder that could not be loaded from this site: the HTML writer. Check that you are online, then download again.",
    );
    expect(partsNotLoadedMessage(["the zip writer", "the HTML writer", "the Word writer"])).toContain(
      "parts of the builder that could not be loaded from this site: the zip writer, the HTML writer and the Word writer.",
    );
  });
});

describe("partsToFetchNote", () => {
  it("names the parts the download has still to fetch, and nothing once they are here", async () => {
    const config = withFormats(["markdown"]);
    expect(partsToFetchNote(config)).toBe(
      "The download fetches the configuration's JSON Schema, the templates' hashes and the zip writer from this site, so stay online until it starts. Nothing you typed is sent.",
    );
    await Promise.all(downloadParts(config).map((part) => part.load()));
    expect(partsToFetchNote(config)).toBeUndefined();
    expect(partsToFetchNote(withFormats(["markdown", "html"]))).toContain("fetches the HTML writer from");
  });
});

describe("the council's logo in the previews", () => {
  it("has the council's name as its text alternative, in each document's language", async () => {
    const welsh = parseCouncilConfig(
      readFileSync(
        new URL("../../../../packages/council/examples/cwm-teg.lac.config.yaml", import.meta.url),
        "utf8",
      ),
    );
    if (!welsh.ok) throw new Error("the Welsh example does not parse");
    const config: CouncilConfig = {
      ...welsh.config,
      output: {
        ...welsh.config.output,
        formats: ["markdown", "html"],
        style: { ...welsh.config.output.style, logo: "logo.png" },
      },
    };
    const [rendered, preview] = await Promise.all([renderDocuments(config), loadPreviewWriter()]);
    if (!rendered.ok) throw new Error(rendered.problems.join("\n"));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const altOf = (path: string) => {
      const document = rendered.documents.find((each) => each.path === path);
      if (document === undefined) throw new Error(`no ${path}`);
      return /<img class="logo" [^>]*alt="([^"]*)"/.exec(
        preview(rendered, document, { name: "logo.png", bytes: png }),
      )?.[1];
    };
    expect(altOf("data-protection/privacy-notice.cy.md")).toBe(config.council.welshName);
    expect(altOf("data-protection/privacy-notice.md")).toBe(config.council.name);
  });
});
