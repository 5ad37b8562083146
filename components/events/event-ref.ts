/** Finds the row of a selected event: its row number, or the row whose eventID is exactly the one in the link. */
import type { EventRef } from "../../lib/state/selection-slice";
import type { EngineClient } from "../../lib/worker/client";

/** How many rows with a matching eventID are checked (IDs are unique in sane logs; wildcards in hostile ones match more). */
const CANDIDATES = 50;

/** The row of `ref`, or null when no loaded event has it. */
export async function resolveEventRef(client: EngineClient, ref: EventRef): Promise<number | null> {
  if ("row" in ref) return ref.row;
  const sel = await client.call("select", { spec: { clauses: [{ field: "eventId", values: [ref.eventId] }] } });
  try {
    if (sel.total === 0) return null;
    const w = await client.call("rows", { resultId: sel.resultId, start: 0, end: CANDIDATES, fields: ["eventId"] });
    const ids = w.columns.eventId ?? [];
    const at = ids.findIndex((id) => id === ref.eventId);
    return at >= 0 ? (w.rowIds[at] ?? null) : null;
  } finally {
    client.call("release", { resultId: sel.resultId }).catch(() => undefined);
  }
}
