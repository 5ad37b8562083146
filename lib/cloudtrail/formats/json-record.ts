/** One record as a JSON object (pretty-printed or not), or several such objects one after another (jq output). */
import { looksLikeRecord, unwrapPlainRecord } from "./shapes";
import type { InputFormat } from "./types";

export const jsonRecordFormat: InputFormat = {
  id: "json-record",
  label: "CloudTrail record (JSON object)",
  framings: ["document"],
  detect(head) {
    if (head.container !== "") return 0;
    if (looksLikeRecord(head.first)) return 0.8;
    // A first object bigger than the head: most likely one huge record; its own errors will say if not.
    return head.first === undefined ? 0.35 : 0;
  },
  unwrap: unwrapPlainRecord,
};
