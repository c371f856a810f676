import { describe, expect, it } from "vitest";
import { GATEWAYS, gatewayAppliesIn } from "./gateways.js";

describe("GATEWAYS", () => {
  it("gives s.251B's exception in the section's words: the person objects, or would be likely to object (s.251B(4)(a))", () => {
    const gateway = GATEWAYS["hsca-2012-s251b"];
    expect(gateway.summary).toContain(
      "it need not be done if the person objects, or would be likely to object.",
    );
    expect(gateway.extent).toBe("england");
    expect(gatewayAppliesIn(gateway, "wales")).toBe(false);
  });
});
