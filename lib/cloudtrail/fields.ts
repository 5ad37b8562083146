/**
 * The catalogue of indexed fields: canonical names (the keys of
 * NormalizedEvent), their kind, a label for the UI, and the CloudTrail paths
 * (as Splunk writes them) that resolve to them. Search, the UI's field
 * pickers and the index all read this one list.
 */
import type { NormalizedEvent } from "./types";

export type FieldKind = "string" | "number" | "time";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  label: string;
  /** CloudTrail JSON paths that mean this field (search resolves them to `name`). */
  aliases: string[];
  description: string;
}

type CoreName = Exclude<keyof NormalizedEvent, "extras">;

const def = (name: CoreName, kind: FieldKind, label: string, aliases: string[], description: string): FieldDef => ({
  name,
  kind,
  label,
  aliases,
  description,
});

/** Every core field, in the order the UI lists them. */
export const CORE_FIELDS: readonly FieldDef[] = [
  def("time", "time", "Time", ["eventTime", "_time"], "eventTime (UTC)"),
  def("eventName", "string", "Event", ["eventName"], "The API call"),
  def("eventSource", "string", "Service", ["eventSource"], "The AWS service that received the call"),
  def("principal", "string", "Principal", [], "Who acted: IAM user, the role behind an assumed-role session, root, or the AWS service"),
  def("principalType", "string", "Principal type", [], "IAMUser, AssumedRole, Root, AWSService, FederatedUser, …"),
  def("principalArn", "string", "Principal ARN", [], "ARN of the principal (the role ARN for assumed-role sessions)"),
  def("identityType", "string", "Identity type", ["userIdentity.type"], "userIdentity.type as written"),
  def("userName", "string", "User name", ["userIdentity.userName"], "userIdentity.userName as written"),
  def("sessionName", "string", "Session name", [], "Role session name of an assumed-role session"),
  def("invokedBy", "string", "Invoked by", ["userIdentity.invokedBy"], "AWS service that made the call on the principal's behalf"),
  def("accessKeyId", "string", "Access key", ["userIdentity.accessKeyId"], "Access key used to sign the call"),
  def("accountId", "string", "Account", ["userIdentity.accountId"], "The principal's account"),
  def("recipientAccountId", "string", "Recipient account", ["recipientAccountId"], "The account that received the call"),
  def("region", "string", "Region", ["awsRegion"], "AWS region"),
  def("sourceIp", "string", "Source IP", ["sourceIPAddress"], "Caller IP address (or AWS service name)"),
  def("userAgent", "string", "User agent", ["userAgent"], "Tool or SDK that made the call"),
  def("errorCode", "string", "Error", ["errorCode"], "Error code of a failed call"),
  def("errorMessage", "string", "Error message", ["errorMessage"], "Error message of a failed call"),
  def("readOnly", "string", "Read-only", ["readOnly"], "true for read-only calls"),
  def("mfa", "string", "MFA", ["userIdentity.sessionContext.attributes.mfaAuthenticated", "additionalEventData.MFAUsed"], "Whether MFA was used"),
  def("bucket", "string", "Bucket", ["requestParameters.bucketName"], "S3 bucket"),
  def("objectKey", "string", "Object key", ["requestParameters.key"], "S3 object key"),
  def("targetUser", "string", "Target user", ["requestParameters.userName"], "IAM user the call acts on"),
  def("policyArn", "string", "Policy ARN", ["requestParameters.policyArn"], "Managed policy attached or detached"),
  def("roleName", "string", "Role name", ["requestParameters.roleName"], "IAM role the call acts on"),
  def("eventType", "string", "Event type", ["eventType"], "AwsApiCall, AwsConsoleSignIn, AwsServiceEvent, AwsCloudTrailInsight, …"),
  def("eventCategory", "string", "Event category", ["eventCategory"], "Management, Data or Insight"),
  def("eventVersion", "string", "Event version", ["eventVersion"], "Record format version"),
  def("kind", "string", "Record kind", [], "event or insight"),
  def("eventId", "string", "Event ID", ["eventID"], "Unique id of the record"),
  def("hour", "number", "Hour (UTC)", ["date_hour"], "Hour of day of eventTime, UTC"),
  def("bytesOut", "number", "Bytes out", ["additionalEventData.bytesTransferredOut"], "Bytes sent to the caller"),
  def("bytesIn", "number", "Bytes in", ["additionalEventData.bytesTransferredIn"], "Bytes received from the caller"),
];

const byName = new Map<string, FieldDef>();
const byAlias = new Map<string, string>();
for (const f of CORE_FIELDS) {
  byName.set(f.name, f);
  for (const a of f.aliases) byAlias.set(a, f.name);
}

/** The core field with this canonical name, if any. */
export function coreField(name: string): FieldDef | undefined {
  return byName.get(name);
}

/** Resolves a canonical name or a CloudTrail path alias to the canonical name; unknown names are returned unchanged (extras are keyed by their path). */
export function canonicalField(nameOrPath: string): string {
  if (byName.has(nameOrPath)) return nameOrPath;
  return byAlias.get(nameOrPath) ?? nameOrPath;
}
