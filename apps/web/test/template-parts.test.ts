// The web builder fetches only the parts of the templates a council's pack needs (an English council
// never fetches the Welsh documents): every example council, and a Welsh council in English only,
// renders exactly what the whole template set renders.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCouncilConfig } from "@lac/council";
import type { CouncilConfig } from "@lac/council";
import { renderPack } from "@lac/documents";
import { templateSet } from "@lac/templates";
import { describe, expect, it, vi } from "vitest";
import { templatePartsFor } from "../src/pack/engine.js";

const examples = fileURLToPath(new URL("../../../packages/council/examples/", import.meta.url));

function example(file: string): CouncilConfig {
  const parsed = parseCouncilConfig(readFileSync(join(examples, file), "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

const councils: [string, CouncilConfig][] = readdirSync(examples)
  .filter((file) => file.endsWith(".lac.config.yaml"))
  .map((file) => [file, example(file)]);
const cwmTeg = example("cwm-teg.lac.config.yaml");
councils.push([
  "cwm-teg.lac.config.yaml in English only",
  { ...cwmTeg, output: { ...cwmTeg.output, languages: ["en"] } },
]);

describe("the parts of the templates the web builder fetches", () => {
  it("are the English ones and those of the council's nation, with the Welsh ones only for Welsh documents", () => {
    expect(templatePartsFor(example("wendleshire.lac.config.yaml"))).toEqual(["en", "england"]);
    expect(templatePartsFor(cwmTeg)).toEqual(["en", "wales", "cy"]);
    expect(templatePartsFor({ ...cwmTeg, output: { ...cwmTeg.output, languages: ["en"] } })).toEqual([
      "en",
      "wales",
    ]);
  });

  it.each(councils)("render %s as the whole template set does", async (_name, config) => {
    // A fresh engine, with no part fetched for another council.
    vi.resetModules();
    const { renderDocuments } = await import("../src/pack/engine.js");
    const whole = renderPack(config, templateSet);
    const fetched = await renderDocuments(config);
    if (!whole.ok || !fetched.ok) throw new Error("not rendered");
    expect(fetched.documents).toEqual(whole.documents);
  });
});
