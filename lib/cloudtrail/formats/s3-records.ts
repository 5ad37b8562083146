/** S3 delivery files: `{"Records":[record, …]}`, plain or .json.gz, as CloudTrail writes them under AWSLogs/. */
import { isObject, looksLikeRecord, unwrapPlainRecord } from "./shapes";
import type { InputFormat } from "./types";

const S3_KEY_LAYOUT = /(^|\/)AWSLogs\/(o-[a-z0-9]+\/)?\d{12}\/CloudTrail(-Insight)?\//;

export const s3RecordsFormat: InputFormat = {
  id: "s3-records",
  label: "CloudTrail S3 log file ({\"Records\": [...]})",
  framings: ["document"],
  containerKeys: ["Records"],
  detect(head) {
    if (head.container !== "Records") return 0;
    const pathBonus = S3_KEY_LAYOUT.test(head.path) ? 0.05 : 0;
    if (head.first === undefined || looksLikeRecord(head.first)) return 0.95 + pathBonus;
    // A Records file whose first record is damaged is still a Records file; an S3 event notification is not.
    return isObject(head.first) && typeof head.first.eventSource !== "string" ? 0.6 : 0;
  },
  unwrap: unwrapPlainRecord,
};
