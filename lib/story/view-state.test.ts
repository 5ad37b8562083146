import { describe, expect, it } from "vitest";
import { createAppStore } from "../state/store";
import { hrefFor, parseUrlState, urlStateOf } from "../state/url-state";
import type { ResolvedView } from "./resolve";
import { stepLocation } from "./view-state";

/** A resolved view with defaults, overridden. */
function makeView(overrides: Partial<ResolvedView>): ResolvedView {
  return { kind: "timeline", filters: { chips: [], timeRange: null, text: "" }, principal: null, bucket: null, event: null, spl: null, stackBy: null, finding: null, ...overrides };
}

const current = () => urlStateOf(createAppStore({ chips: [{ field: "region", value: "x", negate: false }], text: "old", sort: { field: "eventName", desc: false } }).getState());

describe("a step as a link", () => {
  const range = { start: Date.UTC(2026, 0, 8), end: Date.UTC(2026, 0, 9) };
  it.each<[string, Partial<ResolvedView>, string]>([
    ["timeline", { stackBy: "principal", filters: { chips: [{ field: "eventSource", value: "iam.amazonaws.com", negate: false }], timeRange: range, text: "" } }, "/timeline?f=eventSource:iam.amazonaws.com&from=2026-01-08T00:00:00Z&to=2026-01-09T00:00:00Z&sort=eventName&stack=principal"],
    ["event", { kind: "event", event: { eventId: "b84b-1" } }, "/timeline?event=b84b-1&sort=eventName"],
    ["user", { kind: "user", principal: "alex.miller" }, "/users?principal=alex.miller"],
    ["bucket", { kind: "bucket", bucket: "faketshirtco-financial-reports", filters: { chips: [{ field: "principal", value: "alex.miller", negate: true }], timeRange: null, text: "" } }, "/buckets?f=!principal:alex.miller&bucket=faketshirtco-financial-reports"],
    ["exfil", { kind: "exfil", principal: "alex.miller" }, "/exfil?principal=alex.miller"],
    ["search", { kind: "search", spl: "eventName=CreateUser | stats count" }, "/search?spl=eventName%3DCreateUser%20%7C%20stats%20count"],
    ["findings", { kind: "findings", finding: "iam-backdoor-user:abc" }, "/findings?finding=iam-backdoor-user:abc"],
  ])("%s", (_, view, href) => {
    const { pathname, state } = stepLocation(makeView(view), current());
    expect(hrefFor(pathname, state)).toBe(href);
  });

  it("reads back as the step's state", () => {
    const view = makeView({ kind: "user", principal: "alex.miller", filters: { chips: [{ field: "eventName", value: "GetObject", negate: false }], timeRange: range, text: "cp" } });
    const { pathname, state } = stepLocation(view, current());
    const back = parseUrlState(hrefFor(pathname, state).split("?")[1], pathname);
    expect(back).toMatchObject({ chips: view.filters.chips, timeRange: range, text: "cp", selectedPrincipal: "alex.miller" });
  });
});
