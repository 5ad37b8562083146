import { describe, expect, it, vi } from "vitest";
import { z } from "./zod";

describe("the app's zod", () => {
  it("never evaluates strings as code (the CSP forbids eval)", () => {
    const spy = vi.spyOn(globalThis, "Function");
    try {
      const schema = z.object({ a: z.string(), b: z.object({ c: z.number() }) });
      for (let i = 0; i < 5; i++) expect(schema.parse({ a: "x", b: { c: i } })).toEqual({ a: "x", b: { c: i } });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
