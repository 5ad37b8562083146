/**
 * Bucket or many objects deleted: DeleteBucket, or a burst of object
 * deletions by one principal on one bucket far above its own usual daily
 * volume there (DeleteObjects counts every key it names).
 *
 * Follows SigmaHQ aws_cloudtrail_bucket_deleted.yml (DeleteBucket) and the same
 * per-principal volume baseline as the mass-download rule for object deletion,
 * the data-destruction pattern of S3 ransomware.
 */
import { activityOf } from "../activity";
import { burstBaselines, findBursts, judgeVolume, type VolumeThresholds } from "../bursts";
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { at, list } from "../raw";
import { DAY_MS, HOUR_MS, SUCCEEDED, byTime, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { distinct, fmtWindow, plural, render } from "../text";

export const DELETE_THRESHOLDS: VolumeThresholds = {
  // Tidying up removes a few files; fifty in one burst is wiping.
  minCount: 50,
  // Bytes of deleted objects are not in the record: volume is judged by count only.
  minBytes: Infinity,
  factor: 5,
  minHistoryDays: 3,
};
/** Raw reads at most, to count the keys of DeleteObjects calls. */
const MAX_READS = 5_000;

export const rule: Rule = {
  id: "s3-objects-deleted",
  title: "S3 bucket or many objects deleted",
  severity: "critical",
  stage: "impact",
  mitre: techniques("T1485"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "bucket", "objectKey", "raw:requestParameters.delete"],
  source: "SigmaHQ aws_cloudtrail_bucket_deleted.yml; per-principal volume baseline for DeleteObject(s)",
  explain: "{principal} {what} {window}{context}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const act = activityOf(ctx);
    const out: Finding[] = [];
    for (const row of rowsWhere(t, [where("eventSource", "s3.amazonaws.com"), where("eventName", "DeleteBucket"), SUCCEEDED])) {
      const who = cell(t, "principal", row);
      const bucket = cell(t, "bucket", row);
      const level = ctx.sensitivity(bucket);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity: level === "low" ? "high" : "critical",
          summary: render(rule.explain, { principal: who, what: `deleted bucket ${bucket}${level === "low" ? "" : ` (${level} sensitivity)`}`, window: fmtWindow(t.times.values[row], t.times.values[row]), context: "" }),
          entities: { principals: [who], buckets: [bucket], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    const deletes = byTime(t, rowsWhere(t, [where("eventSource", "s3.amazonaws.com"), where("eventName", "DeleteObject", "DeleteObjects"), SUCCEEDED, where("invokedBy", "")]));
    const multi = deletes.filter((r) => cell(t, "eventName", r) === "DeleteObjects");
    const keys = new Map<number, number>();
    for (const [row, rec] of await ctx.readRecords(multi.slice(0, MAX_READS))) keys.set(row, Math.max(1, list(at(rec, "requestParameters.delete.Object")).length));
    const all = findBursts(t, deletes, HOUR_MS, DAY_MS, (r) => keys.get(r) ?? 1).filter((b) => b.bucket !== 0 && !act.service[b.principal]);
    const big = all.filter((b) => b.count >= DELETE_THRESHOLDS.minCount);
    const bases = burstBaselines(ctx, all, big);
    big.forEach((b, i) => {
      const v = judgeVolume(b, bases[i], DELETE_THRESHOLDS);
      if (!v.mass) return;
      const who = act.names[b.principal];
      const bucket = cell(t, "bucket", b.rows[0]);
      const level = ctx.sensitivity(bucket);
      const base = bases[i];
      const comparison = v.noHistory
        ? ", with too little other activity to compare with"
        : v.firstTime
          ? ", a bucket they did not delete from on any other active day"
          : base.count === 0
            ? `, far above their usual volume there (they deleted from it on only ${base.actDays} of their ${plural(base.days, "other active day")})`
            : `, ${Math.round(v.ratio)}× their usual daily volume there`;
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: b.rows,
          severity: level === "low" ? "high" : "critical",
          summary: render(rule.explain, { principal: who, what: `deleted ${plural(b.count, "object")} from ${bucket}${level === "low" ? "" : ` (${level} sensitivity)`}`, window: fmtWindow(b.start, b.end), context: comparison }),
          entities: { principals: [who], buckets: [bucket], ips: distinct(b.rows.map((r) => cell(t, "sourceIp", r))) },
        }),
      );
    });
    return out;
  },
};
