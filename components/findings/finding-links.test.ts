import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, DEFAULT_SORT, DEFAULT_STACK_BY } from "../../lib/state/events-view-slice";
import { DEFAULT_FINDINGS_VIEW } from "../../lib/state/findings-slice";
import { DEFAULT_STORY_POSITION } from "../../lib/state/story-slice";
import { parseUrlState, type UrlState } from "../../lib/state/url-state";
import { actorChip, bucketHref, eventHref, exfilHref, findingHref, minuteRange, principalHref, timelineHref } from "./finding-links";

const state: UrlState = {
  chips: [{ field: "eventName", value: "GetObject", negate: false }],
  timeRange: { start: 0, end: 1000 },
  text: "x",
  timeZone: "local",
  selectedEvent: { row: 3 },
  selectedPrincipal: null,
  selectedBucket: null,
  sort: DEFAULT_SORT,
  columns: [...DEFAULT_COLUMNS],
  stackBy: DEFAULT_STACK_BY,
  span: "auto",
  searchQuery: "",
  findingsView: { ...DEFAULT_FINDINGS_VIEW, rule: "off-hours-activity" },
  storyPosition: DEFAULT_STORY_POSITION,
};

const T = Date.UTC(2026, 0, 8, 10, 45, 0);
const backdoor = { principal: "alex.miller", entities: { principals: ["alex.miller"], users: ["svc-datasync"] }, start: T, end: T + 60_000 };

describe("finding links", () => {
  it("opens the timeline on the finding's whole minutes and its principal, replacing the filters", () => {
    const href = timelineHref(backdoor, state);
    expect(href.startsWith("/timeline?")).toBe(true);
    const parsed = parseUrlState(href.split("?")[1]!, "/timeline");
    expect(parsed.chips).toEqual([{ field: "principal", value: "alex.miller", negate: false }]);
    expect(parsed.timeRange).toEqual({ start: T, end: T + 120_000 });
    expect(parsed.text).toBe("");
    expect(parsed.timeZone).toBe("local");
    expect(parsed.selectedEvent).toBeNull();
  });

  it.each([
    ["a principal", { principal: "alex.miller", entities: {} }, { field: "principal", value: "alex.miller", negate: false }],
    ["an address (spraying)", { principal: "198.51.100.7", entities: { ips: ["198.51.100.7"] } }, { field: "sourceIp", value: "198.51.100.7", negate: false }],
    ["nobody", { principal: "", entities: {} }, null],
  ])("names the actor of %s", (_name, f, chip) => {
    expect(actorChip(f)).toEqual(chip);
  });

  it("rounds a span out to whole minutes", () => {
    expect(minuteRange(T + 1500, T + 61_000)).toEqual({ start: T, end: T + 120_000 });
  });

  it("opens one event with five minutes around it", () => {
    const parsed = parseUrlState(eventHref("ev-1", T, state).split("?")[1]!, "/timeline");
    expect(parsed.selectedEvent).toEqual({ eventId: "ev-1" });
    expect(parsed.timeRange).toEqual({ start: T - 300_000, end: T + 300_001 });
    expect(parsed.chips).toEqual([]);
  });

  it.each([
    ["principal page", principalHref("a&b=c", state), "/users", "selectedPrincipal", "a&b=c"],
    ["bucket page", bucketHref("__proto__", state), "/buckets", "selectedBucket", "__proto__"],
    ["exfil view", exfilHref("alex.miller", state), "/exfil", "selectedPrincipal", "alex.miller"],
  ] as const)("links to the %s, keeping the filters", (_name, href, path, key, value) => {
    const [p, q] = href.split("?");
    expect(p).toBe(path);
    const parsed = parseUrlState(q!, path);
    expect(parsed[key]).toBe(value);
    expect(parsed.chips).toEqual(state.chips);
  });

  it("opens a finding in the list without list filters that could hide it", () => {
    const parsed = parseUrlState(findingHref("s3-mass-download:e9", state).split("?")[1]!, "/findings");
    expect(parsed.findingsView).toEqual({ ...DEFAULT_FINDINGS_VIEW, selected: "s3-mass-download:e9" });
  });
});
