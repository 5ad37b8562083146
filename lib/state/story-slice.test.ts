import { describe, expect, it } from "vitest";
import { createAppStore } from "./store";
import { DEFAULT_STORY_POSITION, readStoryPosition, writeStoryPosition, type StoryPosition } from "./story-slice";
import { hrefFor, parseUrlState, urlStateOf } from "./url-state";

describe("the story position in the URL", () => {
  it.each<[string, Partial<StoryPosition>]>([
    ["story=exfil&step=3", { id: "exfil", step: 3 }],
    ["story=findings&mode=training", { id: "findings", mode: "training" }],
    ["story=exfil&step=2&role=notes", { id: "exfil", step: 2, role: "notes" }],
    ["step=0", {}],
    ["step=-1&story=%3Cscript%3E", {}],
    ["step=99999&mode=other&role=x", {}],
    ["story=__proto__&step=1.5", {}],
  ])("%s", (query, expected) => {
    expect(readStoryPosition(new URLSearchParams(query))).toEqual({ ...DEFAULT_STORY_POSITION, ...expected });
  });

  it("round-trips through the app's URL state on /story and /story/present only", () => {
    const storyPosition: StoryPosition = { id: "exfil", step: 4, mode: "training", role: "notes" };
    const state = { ...urlStateOf(createAppStore().getState()), storyPosition };
    expect(writeStoryPosition(storyPosition)).toEqual([["story", "exfil"], ["step", "4"], ["mode", "training"], ["role", "notes"]]);
    for (const path of ["/story", "/story/present"]) {
      const href = hrefFor(path, state);
      expect(href).toBe(`${path}?story=exfil&step=4&mode=training&role=notes`);
      expect(parseUrlState(href.split("?")[1]!, path).storyPosition).toEqual(storyPosition);
    }
    expect(hrefFor("/timeline", state)).toBe("/timeline");
  });

  it("moves with setStoryPosition, keeping what is not given", () => {
    const store = createAppStore();
    store.getState().setStoryPosition({ id: "exfil", step: 2 });
    store.getState().setStoryPosition({ step: 5 });
    expect(store.getState().storyPosition).toEqual({ ...DEFAULT_STORY_POSITION, id: "exfil", step: 5 });
  });
});
