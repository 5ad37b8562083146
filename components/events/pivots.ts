/**
 * Pivots from one event: start a new line of inquiry from its principal, IP,
 * access key, or the minutes around it. A pivot replaces the filters (the
 * browser's Back button returns to the previous ones).
 */
import type { CellValue } from "../../lib/index/types";
import type { Filters } from "../../lib/state/filters-slice";

export interface Pivot {
  id: "principal" | "sourceIp" | "accessKeyId" | "around";
  label: string;
  /** What the pivot filters on, as text for its title. */
  detail: string;
  filters: Partial<Filters>;
}

/** How far "around this event" reaches on each side. */
export const AROUND_MS = 5 * 60_000;

const ENTITY_PIVOTS = [
  { id: "principal", field: "principal", label: "This principal" },
  { id: "sourceIp", field: "sourceIp", label: "This IP" },
  { id: "accessKeyId", field: "accessKeyId", label: "This access key" },
] as const;

/** The pivots an event offers (entity pivots only when the event has that value). */
export function pivotsFor(value: (field: string) => CellValue): Pivot[] {
  const out: Pivot[] = [];
  for (const p of ENTITY_PIVOTS) {
    const v = value(p.field);
    if (typeof v !== "string" || v === "") continue;
    out.push({ id: p.id, label: p.label, detail: `${p.field} = ${v}`, filters: { chips: [v.includes("*") ? { field: p.field, value: v, negate: false, exact: true } : { field: p.field, value: v, negate: false }] } });
  }
  const t = value("time");
  if (typeof t === "number" && Number.isFinite(t)) {
    // Half-open range: +1 ms keeps an event exactly 5 minutes after inside.
    out.push({ id: "around", label: "±5 minutes around this event", detail: "every event within 5 minutes", filters: { timeRange: { start: t - AROUND_MS, end: t + AROUND_MS + 1 } } });
  }
  return out;
}
