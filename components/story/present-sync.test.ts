import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "../../lib/story/builtin/exfil";
import { readPresentMessage } from "./present-sync";

describe("readPresentMessage", () => {
  it.each([
    [{ type: "hello" }, { type: "hello" }],
    [{ type: "go", index: 3 }, { type: "go", index: 3 }],
    [{ type: "blank", blank: true }, { type: "blank", blank: true }],
    [{ type: "go", index: -1 }, null],
    [{ type: "go", index: 1.5 }, null],
    [{ type: "blank", blank: "yes" }, null],
    [{ type: "state", story: { version: 1 }, index: 0, blank: false }, null],
    [{ type: "other" }, null],
    ["hello", null],
    [null, null],
  ])("%j → %j", (data, expected) => {
    expect(readPresentMessage(data)).toEqual(expected);
  });

  it("accepts a state with a valid story", () => {
    const m = readPresentMessage(structuredClone({ type: "state", story: EXFIL_STORY, index: 2, blank: false }));
    expect(m).toEqual({ type: "state", story: EXFIL_STORY, index: 2, blank: false });
  });
});
