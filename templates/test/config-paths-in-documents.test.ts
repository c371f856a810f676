// Where a document tells the council to confirm or change something in lac.config.yaml, it names the exact
// key, as code, so that an implementation lead can find it (and a Markdown reader sees it is a key).
import { describe, expect, it } from "vitest";
import { EXAMPLES, example, render } from "./examples.js";

describe("the data items' note names the configuration's key for each direction", () => {
  it.each(EXAMPLES)("in %s, says partners[].dataItems.shares or .receives, as code", (name) => {
    for (const document of render(example(name))) {
      for (const line of document.content.split("\n")) {
        if (!line.includes("dataItems")) continue;
        expect(line, document.path).not.toMatch(/(?<!`)partners\[\]\.dataItems/);
        if (line.startsWith("Data items") && line.includes("confirm or change them")) {
          expect(line, document.path).toMatch(/`partners\[\]\.dataItems\.(shares|receives)`/);
        }
      }
    }
  });

  it("says .shares for what the partner passes to the council and .receives for what it gets", () => {
    const agreement = render(example("kingsmere")).find(
      (document) => document.path === "data-sharing/kingsmere-neighbourhood-network.md",
    )!.content;
    expect(agreement).toContain(
      "Data items (the toolkit's usual items for this kind of partner: confirm or change them in `lac.config.yaml`, `partners[].dataItems.shares`):",
    );
    expect(agreement).toContain(
      "Data items (the toolkit's usual items: confirm or change them in `lac.config.yaml`, `partners[].dataItems.receives`):",
    );
  });
});
