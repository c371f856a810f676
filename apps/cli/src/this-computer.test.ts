import fc from "fast-check";
import { existsSync, readFileSync } from "node:fs";
import { homedir, hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { LINUX_HOSTNAME_FILE, computerName, homeFolder, nodeOsNeeded } from "./this-computer.js";

describe("computerName", () => {
  it("gives the computer's name as node:os does", () => {
    expect(computerName()).toBe(hostname());
  });

  it.runIf(process.platform === "linux" && existsSync(LINUX_HOSTNAME_FILE))(
    "reads it on Linux from the file Linux gives it in, which holds node:os's name and a newline",
    () => {
      expect(readFileSync(LINUX_HOSTNAME_FILE, "utf8")).toBe(`${hostname()}\n`);
      const read: string[] = [];
      const name = computerName("linux", (path) => {
        read.push(path);
        return "from-the-file\n";
      });
      expect(name).toBe("from-the-file");
      expect(read).toEqual([LINUX_HOSTNAME_FILE]);
    },
  );

  it("asks node:os when the file cannot be read or does not hold one name and a newline", () => {
    for (const text of [undefined, "", "\n", "no-newline", "two\nlines\n", "nul\0\n"]) {
      expect(
        computerName("linux", () => text),
        JSON.stringify(text),
      ).toBe(hostname());
    }
  });

  it("asks node:os outside Linux, without reading any file", () => {
    for (const platform of ["darwin", "win32", "freebsd"] as const) {
      expect(
        computerName(platform, () => {
          throw new Error("read a file");
        }),
      ).toBe(hostname());
    }
  });

  it("gives any one-line name the file holds", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 64 }).filter((s) => !s.includes("\n") && !s.includes("\0")),
        (name) => computerName("linux", () => `${name}\n`) === name,
      ),
    );
  });
});

describe("nodeOsNeeded", () => {
  it("is true outside Linux only, where computerName asks node:os", () => {
    expect(nodeOsNeeded("linux")).toBe(false);
    for (const platform of ["darwin", "win32", "freebsd"] as const) expect(nodeOsNeeded(platform)).toBe(true);
  });
});

describe("homeFolder", () => {
  it("gives the home folder as node:os does", () => {
    expect(homeFolder()).toBe(homedir());
  });

  it("is HOME outside Windows whenever HOME is set, even empty or relative, as libuv's is", () => {
    for (const home of ["/home/someone", "", "relative/folder", "/with space/é"]) {
      expect(homeFolder("linux", { HOME: home })).toBe(home);
      expect(homeFolder("darwin", { HOME: home })).toBe(home);
    }
  });

  it("asks node:os without HOME, and always on Windows", () => {
    expect(homeFolder("linux", {})).toBe(homedir());
    expect(homeFolder("win32", { HOME: "/not/read/on/windows" })).toBe(homedir());
  });
});
