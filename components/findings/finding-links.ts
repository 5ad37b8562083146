/**
 * Where a finding leads: the timeline narrowed to its time span and actor,
 * the principal and bucket pages, the exfil view, one evidence event in the
 * timeline. Links carry the app's other URL state (time zone, the views' own
 * settings) and replace the filters, as a pivot does.
 */
import type { Finding } from "../../lib/detect/finding";
import type { FilterChip } from "../../lib/state/filters-slice";
import { DEFAULT_FINDINGS_VIEW } from "../../lib/state/findings-slice";
import { hrefFor, type UrlState } from "../../lib/state/url-state";

const MINUTE_MS = 60_000;
/** How far around one evidence event its timeline link reaches. */
export const EVENT_CONTEXT_MS = 5 * MINUTE_MS;

/** Whole minutes around [start, end] (half-open, so the last event is inside): readable in the URL and the chip. */
export function minuteRange(start: number, end: number): { start: number; end: number } {
  const from = Math.floor(start / MINUTE_MS) * MINUTE_MS;
  return { start: from, end: Math.floor(end / MINUTE_MS) * MINUTE_MS + MINUTE_MS };
}

/** The chip naming who acted: the principal, or the source IP for findings about an address (password spraying). */
export function actorChip(f: Pick<Finding, "principal" | "entities">): FilterChip | null {
  if (f.principal === "") return null;
  const isIp = (f.entities.ips ?? []).includes(f.principal) && !(f.entities.principals ?? []).includes(f.principal);
  return { field: isIp ? "sourceIp" : "principal", value: f.principal, negate: false };
}

const base = (state: UrlState): UrlState => ({ ...state, chips: [], timeRange: null, text: "", selectedEvent: null });

/** The timeline over the finding's time span, filtered to its actor. */
export function timelineHref(f: Pick<Finding, "principal" | "entities" | "start" | "end">, state: UrlState): string {
  const chip = actorChip(f);
  return hrefFor("/timeline", { ...base(state), chips: chip ? [chip] : [], timeRange: minuteRange(f.start, f.end) });
}

/** One event opened in the timeline, with the minutes around it. */
export function eventHref(eventId: string, time: number, state: UrlState): string {
  return hrefFor("/timeline", { ...base(state), timeRange: { start: time - EVENT_CONTEXT_MS, end: time + EVENT_CONTEXT_MS + 1 }, selectedEvent: { eventId } });
}

/** The principal page. */
export function principalHref(name: string, state: UrlState): string {
  return hrefFor("/users", { ...state, selectedPrincipal: name });
}

/** The bucket page. */
export function bucketHref(name: string, state: UrlState): string {
  return hrefFor("/buckets", { ...state, selectedBucket: name });
}

/** The exfil view of a principal. */
export function exfilHref(principal: string, state: UrlState): string {
  return hrefFor("/exfil", { ...state, selectedPrincipal: principal });
}

/** The findings list with one finding open (and no list filters that could hide it). */
export function findingHref(id: string, state: UrlState): string {
  return hrefFor("/findings", { ...state, findingsView: { ...DEFAULT_FINDINGS_VIEW, sort: state.findingsView.sort, selected: id } });
}
