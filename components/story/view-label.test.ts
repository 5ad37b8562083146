import { describe, expect, it } from "vitest";
import type { ResolvedView } from "../../lib/story/resolve";
import { viewLabel, viewRouteLabel } from "./view-label";

function makeView(overrides: Partial<ResolvedView>): ResolvedView {
  return { kind: "timeline", filters: { chips: [], timeRange: null, text: "" }, principal: null, bucket: null, event: null, spl: null, stackBy: null, finding: null, ...overrides };
}

describe("viewLabel", () => {
  it.each<[Partial<ResolvedView>, string, string]>([
    [{ kind: "timeline", stackBy: "principal" }, "Timeline · stacked by principal", "Timeline"],
    [{ kind: "timeline" }, "Timeline", "Timeline"],
    [{ kind: "user", principal: "alex.miller" }, "Principal · alex.miller", "Users"],
    [{ kind: "bucket", bucket: "faketshirtco-financial-reports" }, "Bucket · faketshirtco-financial-reports", "Buckets"],
    [{ kind: "exfil", principal: "alex.miller" }, "Exfil pattern · alex.miller", "Exfil pattern"],
    [{ kind: "event", event: { eventId: "abc" } }, "Event detail · abc", "Timeline"],
    [{ kind: "event", event: { row: 7 } }, "Event detail · row 7", "Timeline"],
    [{ kind: "search", spl: "index=x" }, "Search", "Search"],
    [{ kind: "findings", finding: "f1" }, "Findings · f1", "Findings"],
  ])("%o → %s", (view, label, route) => {
    expect(viewLabel(makeView(view))).toBe(label);
    expect(viewRouteLabel(makeView(view))).toBe(route);
  });
});
