/**
 * Mass object download: a burst of GetObject by one principal on one bucket,
 * far above that principal's own usual daily volume there (objects, and bytes
 * where the records carry bytesTransferredOut). Listing the bucket first
 * (ListBucket, ListObjects and ListObjectsV2 are the same act), a bucket never
 * read before and a sensitive bucket raise the severity. One finding per
 * principal × bucket × burst.
 *
 * Follows Splunk security_content "AWS Exfiltration via Anomalous GetObject API
 * Activity" (GetObject counts per principal compared with its own history) and
 * Elastic's hunt "S3 Public Bucket Rapid Object Access Attempts" (many GetObject
 * on one bucket in a short time), with the seed's SPL search 1 (count and distinct
 * files per user × bucket).
 */
import { activityOf } from "../activity";
import { burstBaselines, findBursts, judgeVolume, type VolumeThresholds } from "../bursts";
import { makeFinding } from "../evidence";
import type { Finding, Severity } from "../finding";
import { techniques } from "../mitre";
import { DAY_MS, HOUR_MS, SUCCEEDED, byTime, cell, rowsWhere, timeOf, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { distinct, fmtBytes, fmtSpan, fmtWindow, plural, render } from "../text";

/** Reads of one bucket less than an hour apart belong to the same burst: a script pauses seconds or minutes, not hours. */
export const BURST_GAP_MS = HOUR_MS;
/** A burst is cut after a day, so round-the-clock readers are compared day against day. */
export const BURST_MAX_SPAN_MS = DAY_MS;
export const DOWNLOAD_THRESHOLDS: VolumeThresholds = {
  // A person opens a handful of files; twenty and more in one sitting is a sweep.
  minCount: 20,
  // Ten gigabytes in one burst is a bulk copy even as a few large files; single database dumps of a gigabyte are routine admin reads.
  minBytes: 10e9,
  // Five times the usual daily volume: normal busy days stay within two to three times.
  factor: 5,
  // Three other active days are the least that make a median mean anything.
  minHistoryDays: 3,
};
/** Listings up to a week before the burst count as preparation (the seed's attacker listed two days before). */
export const LISTING_LOOKBACK_MS = 7 * DAY_MS;
export const LISTING_EVENTS = ["ListBucket", "ListObjects", "ListObjectsV2"];
/** Listing rows kept as evidence at most (the latest ones). */
const MAX_LISTING_EVIDENCE = 20;

export const rule: Rule = {
  id: "s3-mass-download",
  title: "Mass download from an S3 bucket",
  severity: "critical",
  stage: "collection",
  mitre: techniques("T1530"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "principalType", "invokedBy", "bucket", "objectKey", "bytesOut", "time"],
  source: "Splunk AWS Exfiltration via Anomalous GetObject API Activity; Elastic hunt S3 Public Bucket Rapid Object Access Attempts; seed SPL search 1",
  explain: "{principal} downloaded {objects}{bytes} from {bucket}{sensitivity} {window}, {comparison}{listing}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const act = activityOf(ctx);
    const reads = rowsWhere(t, [where("eventSource", "s3.amazonaws.com"), where("eventName", "GetObject"), SUCCEEDED, where("invokedBy", "")]);
    const all = findBursts(t, byTime(t, reads), BURST_GAP_MS, BURST_MAX_SPAN_MS).filter((b) => b.bucket !== 0 && !act.service[b.principal]);
    const th = DOWNLOAD_THRESHOLDS;
    const big = all.filter((b) => b.count >= th.minCount || b.bytes >= th.minBytes);
    const bases = burstBaselines(ctx, all, big);
    const out: Finding[] = [];
    big.forEach((b, i) => {
      const verdict = judgeVolume(b, bases[i], th);
      if (!verdict.mass) return;
      const who = act.names[b.principal];
      const bucket = cell(t, "bucket", b.rows[0]);
      const listings = byTime(t, rowsWhere(t, [where("eventName", ...LISTING_EVENTS), where("principal", who), where("bucket", bucket), SUCCEEDED], { timeRange: { start: b.start - LISTING_LOOKBACK_MS, end: b.end + 1 } })).slice(-MAX_LISTING_EVIDENCE);
      const listedBefore = listings.filter((r) => timeOf(t, r) < b.start);
      const level = ctx.sensitivity(bucket);
      // Each aggravating fact adds a point: a sensitive bucket (two for high), preparation by listing, a bucket the principal does not normally read.
      const points = (level === "high" ? 2 : level === "medium" ? 1 : 0) + (listings.length > 0 ? 1 : 0) + (verdict.rare ? 1 : 0);
      const severity: Severity = points >= 4 ? "critical" : points >= 2 ? "high" : "medium";
      const files = distinct(b.rows.map((r) => cell(t, "objectKey", r)));
      const base = bases[i];
      const comparison = verdict.noHistory
        ? "with too little other activity to compare with"
        : verdict.firstTime
          ? "a bucket they did not read on any of their other active days"
          : base.count === 0
            ? `far above their usual volume there (they read it on only ${base.actDays} of their ${plural(base.days, "other active day")})`
            : `${Math.round(verdict.ratio)}× their usual daily volume there`;
      const lastListing = listedBefore[listedBefore.length - 1];
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [...b.rows, ...listings],
          start: b.start,
          end: b.end,
          severity,
          summary: render(rule.explain, {
            principal: who,
            objects: `${plural(b.count, "object")} (${plural(files.length, "distinct file")}`,
            bytes: b.bytes === b.bytes ? `, ${fmtBytes(b.bytes)})` : ")",
            bucket,
            sensitivity: level === "low" ? "" : ` (${level} sensitivity)`,
            window: fmtWindow(b.start, b.end),
            comparison,
            listing: lastListing !== undefined ? `; they had listed the bucket ${fmtSpan(b.start - timeOf(t, lastListing))} before` : listings.length ? "; they listed the bucket while reading" : "",
          }),
          entities: { principals: [who], buckets: [bucket], ips: distinct(b.rows.map((r) => cell(t, "sourceIp", r))) },
        }),
      );
    });
    return out;
  },
};
