/** A JSON array of records, e.g. Stratus Red Team detonation logs (pretty-printed or not). */
import { looksLikeRecord, unwrapPlainRecord } from "./shapes";
import type { InputFormat } from "./types";

export const jsonArrayFormat: InputFormat = {
  id: "json-array",
  label: "JSON array of CloudTrail records",
  framings: ["document"],
  detect(head) {
    if (head.container !== "[") return 0;
    if (looksLikeRecord(head.first)) return 0.8;
    // An empty array, or a first record bigger than the head.
    return head.first === undefined ? 0.4 : 0;
  },
  unwrap: unwrapPlainRecord,
};
