/**
 * S3 bucket exposure: a bucket policy that lets in everyone or other
 * accounts, an ACL granting AllUsers / AuthenticatedUsers, or Block Public
 * Access turned off (bucket or account level). Sensitive buckets raise the
 * severity.
 *
 * Follows SigmaHQ aws_cloudtrail_bucket_block_public_access_weakened.yml
 * (PutBucketPublicAccessBlock with any flag false) and Elastic "AWS S3 Bucket
 * Policy Added to Share with External Account" (a policy granting another
 * account), extended to "*" principals and public ACL grants.
 */
import type { JsonObject } from "../../cloudtrail/types";
import { makeFinding } from "../evidence";
import type { Finding, Severity } from "../finding";
import { techniques } from "../mitre";
import { externalGrantees } from "../policy";
import { asObject, at, document, stringsUnderKeys, text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, render } from "../text";

const EVENTS = ["PutBucketPolicy", "PutBucketAcl", "PutBucketPublicAccessBlock", "DeleteBucketPublicAccessBlock", "PutAccountPublicAccessBlock", "DeleteAccountPublicAccessBlock"];
const PUBLIC_GROUPS = /AllUsers|AuthenticatedUsers/;
const PUBLIC_CANNED = new Set(["public-read", "public-read-write", "authenticated-read"]);
const PAB_FLAGS = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"];
/** Raw reads at most: bucket configuration calls are rare. */
const MAX_READS = 5_000;

/** What a call exposes, or null when it does not weaken anything. */
function exposure(name: string, rec: JsonObject, ownAccount: string): { what: string; public: boolean } | null {
  if (name === "PutBucketPolicy") {
    const doc = document(at(rec, "requestParameters.bucketPolicy")) ?? document(at(rec, "requestParameters.policy"));
    const ext = externalGrantees(doc, ownAccount);
    if (ext.length === 0) return null;
    const everyone = ext.some((g) => g.kind === "everyone" && !g.conditional);
    const names = [...new Set(ext.map((g) => (g.kind === "everyone" ? (g.conditional ? "everyone (with conditions)" : "everyone") : `account ${g.account}`)))];
    return { what: `set a bucket policy that lets in ${fmtList(names)}`, public: everyone };
  }
  if (name === "PutBucketAcl") {
    const canned = text(rec, "requestParameters.x-amz-acl");
    const uris = stringsUnderKeys(at(rec, "requestParameters"), "uri").filter((u) => PUBLIC_GROUPS.test(u));
    if (!PUBLIC_CANNED.has(canned) && uris.length === 0) return null;
    return { what: `set an ACL granting access to ${PUBLIC_CANNED.has(canned) ? canned : "AllUsers/AuthenticatedUsers"}`, public: true };
  }
  if (name.startsWith("Delete")) return { what: `removed ${name.includes("Account") ? "the account's" : "the"} Block Public Access settings`, public: false };
  const cfg = asObject(at(rec, "requestParameters.PublicAccessBlockConfiguration"));
  const off = PAB_FLAGS.filter((f) => cfg && (cfg[f] === false || cfg[f] === "false"));
  if (off.length === 0) return null;
  return { what: `turned off Block Public Access (${off.join(", ")})${name.includes("Account") ? " for the whole account" : ""}`, public: false };
}

export const rule: Rule = {
  id: "s3-bucket-exposure",
  title: "S3 bucket policy, ACL or public access block weakened",
  severity: "critical",
  stage: "exfiltration",
  mitre: techniques("T1537", "T1530"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "bucket", "accountId", "raw:requestParameters"],
  source: "SigmaHQ aws_cloudtrail_bucket_block_public_access_weakened.yml; Elastic AWS S3 Bucket Policy Added to Share with External Account",
  explain: "{principal} {what} on bucket {bucket}{sensitivity}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "s3.amazonaws.com"), where("eventName", ...EVENTS), SUCCEEDED]);
    const recs = await ctx.readRecords(rows.subarray(0, MAX_READS));
    const out: Finding[] = [];
    for (const [row, rec] of recs) {
      const name = cell(t, "eventName", row);
      const e = exposure(name, rec, cell(t, "recipientAccountId", row) || cell(t, "accountId", row));
      if (!e) continue;
      const bucket = cell(t, "bucket", row);
      const level = bucket ? ctx.sensitivity(bucket) : "low";
      let severity: Severity = e.public ? "high" : "medium";
      if (level === "high" || (level === "medium" && e.public)) severity = e.public ? "critical" : "high";
      const who = cell(t, "principal", row);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity,
          summary: render(rule.explain, { principal: who, what: e.what, bucket: bucket || "(account-wide)", sensitivity: level === "low" ? "" : ` (${level} sensitivity)` }),
          entities: { principals: [who], buckets: bucket ? [bucket] : [], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
