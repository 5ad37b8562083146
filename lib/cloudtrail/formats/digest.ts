/** CloudTrail digest files (log-file integrity data): recognised and skipped, never events or errors. */
import { has, isObject } from "./shapes";
import type { InputFormat } from "./types";
import type { Json } from "../types";

function isDigest(v: Json | undefined): boolean {
  return isObject(v) && (has(v, "digestStartTime") || has(v, "digestPublicKeyFingerprint") || (has(v, "logFiles") && has(v, "digestS3Object")));
}

export const digestFormat: InputFormat = {
  id: "digest",
  label: "CloudTrail digest file (integrity data, no events)",
  framings: ["lines", "document"],
  detect: (head) => (head.container === "" && isDigest(head.first) ? 1 : 0),
  unwrap: (value) => (isDigest(value) ? { kind: "skip", reason: "CloudTrail digest file" } : null),
};
