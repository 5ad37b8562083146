/** How a step's view is named on screen ("Exfil pattern · alex.miller"): the presenter and the e2e read it. */
import type { ResolvedView } from "../../lib/story/resolve";

const NAMES = {
  timeline: "Timeline",
  event: "Event detail",
  user: "Principal",
  bucket: "Bucket",
  exfil: "Exfil pattern",
  search: "Search",
  findings: "Findings",
} as const;

/** The view's name and its entity. */
export function viewLabel(v: ResolvedView): string {
  const parts: string[] = [NAMES[v.kind]];
  if (v.kind === "timeline" && v.stackBy) parts.push(`stacked by ${v.stackBy}`);
  if ((v.kind === "user" || v.kind === "exfil") && v.principal) parts.push(v.principal);
  if (v.kind === "bucket" && v.bucket) parts.push(v.bucket);
  if (v.kind === "event" && v.event) parts.push("eventId" in v.event ? v.event.eventId : `row ${v.event.row}`);
  if (v.kind === "findings" && v.finding) parts.push(v.finding);
  return parts.join(" · ");
}

/** The app route that shows the view in full, as the header names it. */
export function viewRouteLabel(v: ResolvedView): string {
  return v.kind === "event" ? "Timeline" : v.kind === "user" ? "Users" : v.kind === "bucket" ? "Buckets" : NAMES[v.kind];
}
