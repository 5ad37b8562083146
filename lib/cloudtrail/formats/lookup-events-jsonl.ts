/** lookup-events elements as JSON lines: one `{"CloudTrailEvent": "<record as a JSON string>", …}` per line. */
import { isLookupEvent, unwrapLookupEvent } from "./lookup-events";
import type { InputFormat } from "./types";

export const lookupEventsJsonlFormat: InputFormat = {
  id: "lookup-events-jsonl",
  label: "JSON lines of lookup-events elements",
  framings: ["lines"],
  detect: (head) => (isLookupEvent(head.first) ? 0.95 : 0),
  unwrap: unwrapLookupEvent,
};
