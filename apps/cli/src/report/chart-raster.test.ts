import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { withoutWasmTierUp } from "./chart-raster.js";

/** A code cache made now, and whether V8 would load it (it refuses one made under other flags). */
function flagsCheck(): () => boolean {
  const cachedData = new Script('"lac test 0"').createCachedData();
  let count = 0;
  return () => !new Script(`"lac test ${(count = (count + 1) % 10)}"`, { cachedData }).cachedDataRejected;
}

describe("withoutWasmTierUp", () => {
  it("changes V8's flags while resvg's module loads, and puts them back as they were", async () => {
    const unchanged = flagsCheck();
    expect(unchanged()).toBe(true);
    const during = await withoutWasmTierUp(async () => unchanged());
    expect(during).toBe(false);
    expect(unchanged()).toBe(true);
  });

  it("puts the flags back when the module fails to load", async () => {
    const unchanged = flagsCheck();
    await expect(withoutWasmTierUp(() => Promise.reject(new Error("no module")))).rejects.toThrow(
      "no module",
    );
    expect(unchanged()).toBe(true);
  });
});
