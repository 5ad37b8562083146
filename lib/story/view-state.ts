/**
 * A resolved step as app state: the route it shows and the URL-backed state
 * (lib/state/url-state.ts) that reproduces it, so "go to step" is a
 * navigation like any other and a step can be linked.
 */
import type { UrlState } from "../state/url-state";
import type { ResolvedView } from "./resolve";
import type { ViewKind } from "./schema";

/** The route of each view kind (an event is the timeline with its detail panel open). */
export const VIEW_ROUTES: Readonly<Record<ViewKind, string>> = {
  timeline: "/timeline",
  event: "/timeline",
  user: "/users",
  bucket: "/buckets",
  exfil: "/exfil",
  search: "/search",
  findings: "/findings",
};

/**
 * The URL state that shows the step, from the current one: the step's filters,
 * time range and entity replace the current ones; display settings (time zone,
 * sort, columns, span) stay as the analyst set them.
 */
export function stepUrlState(view: ResolvedView, current: UrlState): UrlState {
  return {
    ...current,
    chips: view.filters.chips.map((c) => ({ field: c.field, value: c.value, negate: c.negate })),
    timeRange: view.filters.timeRange ? { ...view.filters.timeRange } : null,
    text: view.filters.text,
    selectedEvent: view.event,
    selectedPrincipal: view.principal ?? current.selectedPrincipal,
    selectedBucket: view.bucket ?? current.selectedBucket,
    stackBy: view.stackBy ?? current.stackBy,
    searchQuery: view.spl ?? current.searchQuery,
    findingsView: view.kind === "findings" ? { ...current.findingsView, selected: view.finding } : current.findingsView,
  };
}

/** The route and URL state of a step. */
export function stepLocation(view: ResolvedView, current: UrlState): { pathname: string; state: UrlState } {
  return { pathname: VIEW_ROUTES[view.kind], state: stepUrlState(view, current) };
}
