/** CloudTrail management events: LookupEvents (analysts and admins looking at the trail). */
import type { Rng } from "../rng";
import { REGION, buildRecord, type Caller, type CloudTrailRecord } from "./envelope";

const LOOKUPS = [
  ["EventName", "ConsoleLogin"],
  ["EventName", "StopInstances"],
  ["EventSource", "iam.amazonaws.com"],
  ["ResourceType", "AWS::EC2::Instance"],
] as const;

/** One LookupEvents call; `username` looks up a user's own history. */
export function lookupEvents(rng: Rng, ms: number, caller: Caller, username?: string): CloudTrailRecord {
  const [key, value] = username && rng.chance(0.4) ? (["Username", username] as const) : rng.pick(LOOKUPS);
  return buildRecord(rng, ms, caller, {
    eventSource: "cloudtrail.amazonaws.com",
    eventName: "LookupEvents",
    requestParameters: { lookupAttributes: [{ attributeKey: key, attributeValue: value }], maxResults: 50 },
    responseElements: null,
    readOnly: true,
    category: "Management",
    requestId: rng.uuid(),
    host: `cloudtrail.${REGION}.amazonaws.com`,
    eventVersion: "1.09",
  });
}
