/**
 * What lives in the URL, listed in ONE place (URL_PARAMS), with the parse and
 * serialise functions that make a link or a reload reproduce a view.
 *
 * Each parameter has a scope: "global" ones (filters, time range, free text,
 * time zone) belong to every view and travel with the header's links; the
 * others belong to one route (the timeline's sort, columns and selected event,
 * the principal of /users, the bucket of /buckets, the search of /search) and are only read and
 * written on that route. A new view adds its lines here.
 *
 * Every value is untrusted: unknown parameters are ignored, malformed ones
 * fall back to their default, and sizes are bounded.
 */
import type { SortSpec, TimeRange } from "../index/types";
import { isSafeFieldName } from "./field-names";
import { validRange, withChip, type FilterChip } from "./filters-slice";
import { MAX_CHIPS, MAX_VALUE_LENGTH } from "./limits";
import { readFindingsView, writeFindingsView, type FindingsView } from "./findings-slice";
import { DEFAULT_COLUMNS, DEFAULT_SORT, DEFAULT_STACK_BY, MAX_COLUMNS } from "./events-view-slice";
import type { EventRef } from "./selection-slice";
import { readStoryPosition, writeStoryPosition, type StoryPosition } from "./story-slice";
import { isoUtc, parseTimeInput, parseTimeZone, type TimeZoneMode } from "./time-format";
import { parseSpan, type SpanSetting } from "./time-spans";

/** The URL-backed part of the store; keys are the store's own field names. */
export interface UrlState {
  chips: FilterChip[];
  timeRange: TimeRange | null;
  text: string;
  timeZone: TimeZoneMode;
  selectedEvent: EventRef | null;
  selectedPrincipal: string | null;
  selectedBucket: string | null;
  sort: SortSpec;
  columns: string[];
  stackBy: string;
  span: SpanSetting;
  searchQuery: string;
  findingsView: FindingsView;
  storyPosition: StoryPosition;
}

/** "global", or the route path that owns the parameter. */
export type Scope = "global" | `/${string}`;

interface ParamDef<K extends keyof UrlState> {
  key: K;
  /** One scope, or the routes that share the parameter (a selected principal is the same on /users and /exfil). */
  scope: Scope | readonly Scope[];
  /** The parameter names it reads and writes (documentation, and the test of "unknown params are ignored"). */
  names: readonly string[];
  read(params: URLSearchParams): UrlState[K];
  /** Name/value pairs; none when the value is the default. */
  write(value: UrlState[K]): [string, string][];
}

type AnyParamDef = { [K in keyof UrlState]: ParamDef<K> }[keyof UrlState];

export { MAX_VALUE_LENGTH } from "./limits";
const MAX_ID_LENGTH = 1024;

function boundedText(value: string | null, max: number): string | null {
  return value !== null && value.length <= max ? value : null;
}

function readChips(params: URLSearchParams): FilterChip[] {
  let chips: FilterChip[] = [];
  for (const raw of params.getAll("f").slice(0, MAX_CHIPS * 4)) {
    const negate = raw.startsWith("!");
    let body = negate ? raw.slice(1) : raw;
    // "=" before the field marks a literal value (written only when the value holds a `*`); a typed `*` is a wildcard.
    const literal = body.startsWith("=");
    if (literal) body = body.slice(1);
    const colon = body.indexOf(":");
    if (colon <= 0) continue;
    const field = body.slice(0, colon);
    const value = body.slice(colon + 1);
    if (!isSafeFieldName(field) || value.length > MAX_VALUE_LENGTH) continue;
    const exact = literal && value.includes("*");
    chips = withChip(chips, exact ? { field, value, negate, exact } : { field, value, negate });
  }
  return chips;
}

function readTime(params: URLSearchParams, name: string): number | null {
  const text = params.get(name);
  return text === null || text.length > 64 ? null : parseTimeInput(text, "utc");
}

function readSort(params: URLSearchParams): SortSpec {
  const raw = params.get("sort");
  if (raw === null) return DEFAULT_SORT;
  const desc = raw.startsWith("-");
  const field = desc ? raw.slice(1) : raw;
  return isSafeFieldName(field) ? { field, desc } : DEFAULT_SORT;
}

function readColumns(params: URLSearchParams): string[] {
  const raw = params.get("cols");
  if (raw === null) return [...DEFAULT_COLUMNS];
  const cols = [...new Set(raw.split(",").filter(isSafeFieldName))].slice(0, MAX_COLUMNS);
  return cols.length > 0 ? cols : [...DEFAULT_COLUMNS];
}

function readEvent(params: URLSearchParams): EventRef | null {
  const id = boundedText(params.get("event"), MAX_ID_LENGTH);
  if (id) return { eventId: id };
  const row = params.get("row");
  if (row !== null && /^\d{1,10}$/.test(row) && Number(row) < 2 ** 32) return { row: Number(row) };
  return null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Every URL parameter of the app. */
export const URL_PARAMS: readonly AnyParamDef[] = [
  {
    key: "chips",
    scope: "global",
    names: ["f"],
    read: readChips,
    write: (chips) => chips.map((c): [string, string] => ["f", `${c.negate ? "!" : ""}${c.exact && c.value.includes("*") ? "=" : ""}${c.field}:${c.value}`]),
  },
  {
    key: "timeRange",
    scope: "global",
    names: ["from", "to"],
    read: (p) => {
      const start = readTime(p, "from");
      const end = readTime(p, "to");
      return start === null || end === null ? null : validRange({ start, end });
    },
    write: (r) => (r ? [["from", isoUtc(r.start)], ["to", isoUtc(r.end)]] : []),
  },
  {
    key: "text",
    scope: "global",
    names: ["q"],
    read: (p) => boundedText(p.get("q"), MAX_VALUE_LENGTH) ?? "",
    write: (text) => (text ? [["q", text]] : []),
  },
  {
    key: "timeZone",
    scope: "global",
    names: ["tz"],
    read: (p) => parseTimeZone(p.get("tz")),
    write: (tz) => (tz === "local" ? [["tz", "local"]] : []),
  },
  {
    key: "selectedEvent",
    scope: "/timeline",
    names: ["event", "row"],
    read: readEvent,
    write: (ref) => (ref === null ? [] : "eventId" in ref ? [["event", ref.eventId]] : [["row", String(ref.row)]]),
  },
  {
    key: "sort",
    scope: "/timeline",
    names: ["sort"],
    read: readSort,
    write: (s) => (s.field === DEFAULT_SORT.field && !!s.desc === !!DEFAULT_SORT.desc ? [] : [["sort", `${s.desc ? "-" : ""}${s.field}`]]),
  },
  {
    key: "columns",
    scope: "/timeline",
    names: ["cols"],
    read: readColumns,
    write: (cols) => (cols.length === 0 || sameList(cols, DEFAULT_COLUMNS) ? [] : [["cols", cols.join(",")]]),
  },
  {
    key: "stackBy",
    scope: "/timeline",
    names: ["stack"],
    read: (p) => {
      const raw = p.get("stack");
      if (raw === "none") return "";
      return raw !== null && isSafeFieldName(raw) ? raw : DEFAULT_STACK_BY;
    },
    write: (f) => (f === DEFAULT_STACK_BY ? [] : [["stack", f === "" ? "none" : f]]),
  },
  {
    key: "span",
    scope: "/timeline",
    names: ["span"],
    read: (p) => parseSpan(p.get("span")) ?? "auto",
    write: (span) => (span === "auto" ? [] : [["span", span]]),
  },
  {
    key: "selectedPrincipal",
    scope: ["/users", "/exfil"],
    names: ["principal"],
    read: (p) => boundedText(p.get("principal"), MAX_ID_LENGTH) || null,
    write: (v) => (v ? [["principal", v]] : []),
  },
  {
    key: "selectedBucket",
    scope: "/buckets",
    names: ["bucket"],
    read: (p) => boundedText(p.get("bucket"), MAX_ID_LENGTH) || null,
    write: (v) => (v ? [["bucket", v]] : []),
  },
  {
    // Not `q`: that is the global free-text filter, which travels with every link.
    key: "searchQuery",
    scope: "/search",
    names: ["spl"],
    read: (p) => boundedText(p.get("spl"), MAX_VALUE_LENGTH) ?? "",
    write: (q) => (q ? [["spl", q]] : []),
  },
  {
    key: "findingsView",
    scope: "/findings",
    names: ["finding", "severity", "rule", "actor", "order"],
    read: readFindingsView,
    write: writeFindingsView,
  },
  {
    key: "storyPosition",
    scope: ["/story", "/story/present"],
    names: ["story", "step", "mode", "role"],
    read: readStoryPosition,
    write: writeStoryPosition,
  },
];

/** "/timeline/" → "/timeline"; "" → "/". */
export function normalizePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

function inScope(def: AnyParamDef, pathname: string): boolean {
  const path = normalizePath(pathname);
  return def.scope === "global" || (typeof def.scope === "string" ? def.scope === path : def.scope.includes(path as Scope));
}

/** The state a URL's query says, for the parameters that apply on `pathname` (absent ones at their defaults). */
export function parseUrlState(search: string | URLSearchParams, pathname: string): Partial<UrlState> {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const out: Partial<Record<keyof UrlState, unknown>> = {};
  for (const def of URL_PARAMS) if (inScope(def, pathname)) out[def.key] = def.read(params);
  return out as Partial<UrlState>;
}

// Percent-encodes like encodeURIComponent but keeps the characters that make filters readable in the address bar.
function encodePart(s: string): string {
  return encodeURIComponent(s).replace(/%(3A|2F|2C|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The query string (no "?") for `pathname`: its global and route parameters, defaults omitted, in URL_PARAMS order. */
export function serializeUrlState(state: UrlState, pathname: string): string {
  const parts: string[] = [];
  for (const def of URL_PARAMS) {
    if (!inScope(def, pathname)) continue;
    const pairs = (def.write as (v: unknown) => [string, string][])(state[def.key]);
    for (const [name, value] of pairs) parts.push(`${name}=${encodePart(value)}`);
  }
  return parts.join("&");
}

/** A link to `pathname` that carries the state that applies there. */
export function hrefFor(pathname: string, state: UrlState): string {
  const query = serializeUrlState(state, pathname);
  return query ? `${pathname}?${query}` : pathname;
}

/** Picks the URL-backed fields out of the store's state. */
export function urlStateOf(s: UrlState): UrlState {
  return {
    chips: s.chips,
    timeRange: s.timeRange,
    text: s.text,
    timeZone: s.timeZone,
    selectedEvent: s.selectedEvent,
    selectedPrincipal: s.selectedPrincipal,
    selectedBucket: s.selectedBucket,
    sort: s.sort,
    columns: s.columns,
    stackBy: s.stackBy,
    span: s.span,
    searchQuery: s.searchQuery,
    findingsView: s.findingsView,
    storyPosition: s.storyPosition,
  };
}

/** Whether the URL-backed change from `prev` to `next` deserves a history entry (filters moved, or another search ran), rather than a replace. */
export function isNavigationChange(prev: UrlState, next: UrlState): boolean {
  const filtersOf = (s: UrlState) => serializeUrlState({ ...s, text: "", timeZone: "utc" }, "/");
  return filtersOf(prev) !== filtersOf(next) || prev.searchQuery !== next.searchQuery;
}
