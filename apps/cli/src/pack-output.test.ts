import { describe, expect, it } from "vitest";
import { withSchemaLine } from "./pack-output.js";

describe("withSchemaLine", () => {
  it("puts lac's schema line first, in place of another one", () => {
    expect(withSchemaLine("# yaml-language-server: $schema=../dist/x.json\n# notes\ncouncil: {}\n")).toBe(
      "# yaml-language-server: $schema=./.lac/lac.config.schema.json\n# notes\ncouncil: {}\n",
    );
  });

  it("adds it above a file that has none, keeping the file as it is", () => {
    expect(withSchemaLine("# notes\ncouncil: {}\n")).toBe(
      "# yaml-language-server: $schema=./.lac/lac.config.schema.json\n\n# notes\ncouncil: {}\n",
    );
  });
});
