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

  it("drops a byte-order mark, which would otherwise end up in the middle of the file", () => {
    const text = withSchemaLine("\uFEFF# notes\ncouncil: {}\n");
    expect(text).not.toContain("\uFEFF");
    expect(text).toBe(
      "# yaml-language-server: $schema=./.lac/lac.config.schema.json\n\n# notes\ncouncil: {}\n",
    );
  });

  it("keeps CRLF line endings throughout when the answers file used them", () => {
    const text = withSchemaLine("\uFEFF# yaml-language-server: $schema=x.json\r\n# notes\r\ncouncil: {}\r\n");
    expect(text).toBe(
      "# yaml-language-server: $schema=./.lac/lac.config.schema.json\r\n# notes\r\ncouncil: {}\r\n",
    );
    expect(withSchemaLine("a: 1\r\nb: 2\r\n").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});
