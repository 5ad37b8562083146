import { describe, expect, it } from "vitest";
import { presentKey } from "./present-keys";

describe("presentKey", () => {
  it.each([
    ["ArrowRight", 2, { kind: "go", index: 3 }],
    [" ", 2, { kind: "go", index: 3 }],
    ["PageDown", 2, { kind: "go", index: 3 }],
    ["ArrowRight", 5, { kind: "go", index: 5 }],
    ["ArrowLeft", 2, { kind: "go", index: 1 }],
    ["PageUp", 0, { kind: "go", index: 0 }],
    ["Home", 4, { kind: "go", index: 0 }],
    ["End", 1, { kind: "go", index: 5 }],
    ["1", 4, { kind: "go", index: 0 }],
    ["6", 0, { kind: "go", index: 5 }],
    ["7", 0, null],
    ["0", 3, null],
    ["b", 3, { kind: "blank" }],
    ["B", 3, { kind: "blank" }],
    ["x", 3, null],
    ["Enter", 3, null],
  ] as const)("%j at step index %d of 6", (key, index, expected) => {
    expect(presentKey(key, index, 6)).toEqual(expected);
  });
});
