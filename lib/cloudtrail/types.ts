/**
 * Shared shapes of the ingest pipeline: what a format yields, what the
 * normaliser produces, where a record lives in its source, and what a file
 * report says. Every other module (index, worker, CLI) builds on these.
 */

/** A JSON value as JSON.parse returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** What kind of CloudTrail record a row is. Insights events are kept as their own type. */
export type RecordKind = "event" | "insight";

/**
 * The fields every view needs, computed once per record at ingest.
 * Strings are "" when absent (never undefined) so columns stay dense;
 * numbers are NaN when absent.
 */
export interface NormalizedEvent {
  /** eventID as written (CloudTrail: a lowercase UUID); "" when absent. */
  eventId: string;
  /** eventTime as epoch milliseconds (UTC). */
  time: number;
  /** 0-23, UTC hour of eventTime. */
  hour: number;
  kind: RecordKind;
  eventName: string;
  eventSource: string;
  eventType: string;
  eventCategory: string;
  eventVersion: string;
  /** The acting principal: IAM user name, role name behind an assumed-role session, "root", the AWS service for service events, etc. */
  principal: string;
  /** IAMUser | AssumedRole | Root | AWSService | FederatedUser | AWSAccount | IdentityCenterUser | WebIdentityUser | SAMLUser | Unknown */
  principalType: string;
  /** The principal's ARN: for an assumed role, the role ARN (sessionIssuer.arn), else userIdentity.arn. */
  principalArn: string;
  /** userIdentity.type as written. */
  identityType: string;
  /** userIdentity.userName as written. */
  userName: string;
  /** Role session name for AssumedRole (the last ARN segment), "" otherwise. */
  sessionName: string;
  /** userIdentity.invokedBy as written (AWS service acting on the principal's behalf). */
  invokedBy: string;
  accessKeyId: string;
  /** userIdentity.accountId (the principal's account); falls back to recipientAccountId. */
  accountId: string;
  recipientAccountId: string;
  region: string;
  sourceIp: string;
  userAgent: string;
  errorCode: string;
  errorMessage: string;
  /** "true" | "false" | "" (unknown). */
  readOnly: string;
  /** "true" | "false" | "" from sessionContext.attributes.mfaAuthenticated or additionalEventData.MFAUsed. */
  mfa: string;
  /** S3 bucket name (requestParameters.bucketName, or the bucket of an S3 resource ARN). */
  bucket: string;
  /** S3 object key (requestParameters.key, or from an S3 object ARN). */
  objectKey: string;
  /** requestParameters.userName: the IAM user an IAM call acts on. */
  targetUser: string;
  /** requestParameters.policyArn. */
  policyArn: string;
  /** requestParameters.roleName. */
  roleName: string;
  /** additionalEventData.bytesTransferredOut, NaN when absent. */
  bytesOut: number;
  /** additionalEventData.bytesTransferredIn, NaN when absent. */
  bytesIn: number;
  /**
   * Other scalar fields worth filtering on that are not in the list above:
   * top-level fields CloudTrail does not define (e.g. the demo's `demo_id`),
   * keyed by their dotted path. Values are stringified scalars.
   */
  extras: Record<string, string>;
}

/** Where one record lies: bytes [offset, offset+length) of source `sourceId` (after decompression). */
export interface RecordLocation {
  sourceId: number;
  offset: number;
  length: number;
}

/** One problem found while reading a file. `line` is 1-based (text formats); `record` is the 0-based index in a JSON array. */
export interface IngestError {
  line?: number;
  record?: number;
  message: string;
}

/** What happened to one file (or archive entry). */
export interface FileReport {
  /** Path as the user sees it; archive entries as "archive.zip!/inner/path.json.gz". */
  path: string;
  /** Format id that read it ("s3-records", "jsonl", …), or "unknown"/"digest". */
  format: string;
  bytes: number;
  events: number;
  /** Records recognised but deliberately not loaded (digest files, non-record lines). */
  skipped: number;
  /** Records dropped because their eventID was already loaded. */
  duplicates: number;
  /** Records or lines that could not be loaded (capped at MAX_REPORTED_ERRORS; see errorCount). */
  errors: IngestError[];
  /** Total number of errors seen (errors[] is capped). */
  errorCount: number;
  /** Records loaded but suspicious (e.g. eventTime in the future); capped like errors. */
  warnings: IngestError[];
}

/** How many errors (and warnings) one file report lists before it only counts. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * A leaf input: one file or one archive entry, after decompression. The
 * engine keeps it to read single records back for the detail view.
 */
export interface LeafSource {
  path: string;
  /** Format id that read it. */
  format: string;
  /** A fresh stream of the decompressed bytes from the start. */
  open(): ReadableStream<Uint8Array>;
  /** Random access to decompressed bytes, when the leaf is stored uncompressed. */
  slice?(start: number, end: number): Promise<Uint8Array>;
}

/** Where `readSource` delivers what it reads. */
export interface RecordSink {
  /** A leaf starts; the sink returns the sourceId that this leaf's RecordLocations will carry. */
  beginLeaf(leaf: LeafSource): number;
  /** One normalised record; returns false when it was a duplicate (eventID already loaded). */
  record(ev: NormalizedEvent, loc: RecordLocation): boolean;
  /** A leaf is done. */
  endLeaf(report: FileReport): void;
  /** Bytes of stored (compressed) input consumed so far, for progress. */
  progress?(storedBytes: number): void;
}
