/** JSON lines, one CloudTrail record per line (the demo generator's output; extra fields such as demo_id are kept). */
import { looksLikeRecord, unwrapPlainRecord } from "./shapes";
import type { InputFormat } from "./types";

export const jsonlFormat: InputFormat = {
  id: "jsonl",
  label: "JSON lines of CloudTrail records",
  framings: ["lines"],
  detect: (head) => (looksLikeRecord(head.first) ? 0.8 : 0),
  unwrap: unwrapPlainRecord,
};
