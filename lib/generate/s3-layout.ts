/**
 * CloudTrail's S3 delivery layout: records grouped into gzipped
 * `{"Records":[...]}` files per delivery window, at the key path CloudTrail
 * uses. Pure: returns paths and bytes; writing them is the caller's job.
 */
import { gzipSync } from "fflate";
import type { GenerateOptions } from "./options";
import { compactMinute } from "./calendar";
import { ACCOUNT_ID, REGION, type CloudTrailRecord } from "./events/envelope";
import { planGeneration, recordsOf } from "./generate";
import { Rng } from "./rng";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** One delivery file. */
export interface DeliveryFile {
  /** "AWSLogs/123456789012/CloudTrail/us-east-1/YYYY/MM/DD/123456789012_CloudTrail_us-east-1_YYYYMMDDTHHmmZ_<16>.json.gz" */
  path: string;
  /** Gzipped JSON. */
  bytes: Uint8Array;
  records: number;
}

export interface S3LayoutOptions {
  /** Minutes of activity per file (CloudTrail delivers about every 5 minutes). Default 5; 60 gives hourly files. */
  windowMinutes?: number;
  /** Seeds the random file-name suffixes. */
  seed?: number;
}

/** The delivery path of a file delivered at `deliveredMs`. */
export function deliveryPath(deliveredMs: number, suffix: string): string {
  const iso = new Date(deliveredMs).toISOString();
  const folder = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  return `AWSLogs/${ACCOUNT_ID}/CloudTrail/${REGION}/${folder}/${ACCOUNT_ID}_CloudTrail_${REGION}_${compactMinute(deliveredMs)}_${suffix}.json.gz`;
}

/**
 * Groups time-ordered records into delivery files. A file holds one window's records and is named (and
 * dated) by its delivery time, the window's end, as CloudTrail does; the gzip mtime is that time, so bytes are deterministic.
 */
export function* s3DeliveryFiles(records: Iterable<CloudTrailRecord>, opts: S3LayoutOptions = {}): Generator<DeliveryFile> {
  const windowMs = (opts.windowMinutes ?? 5) * 60_000;
  if (!(windowMs > 0) || !Number.isInteger(opts.windowMinutes ?? 5) || windowMs > 86_400_000) {
    throw new RangeError(`windowMinutes must be an integer from 1 to 1440, got ${JSON.stringify(opts.windowMinutes)}`);
  }
  const rng = Rng.fromKey(opts.seed ?? 0, "s3-layout");
  const encoder = new TextEncoder();
  let window = Number.NaN;
  let parts: string[] = [];
  const flush = (): DeliveryFile => {
    const delivered = window + windowMs;
    const json = `{"Records":[${parts.join(",")}]}`;
    const file = { path: deliveryPath(delivered, rng.chars(ALNUM, 16)), bytes: gzipSync(encoder.encode(json), { mtime: delivered }), records: parts.length };
    parts = [];
    return file;
  };
  for (const r of records) {
    const ms = Date.parse(r.eventTime);
    const w = ms - (((ms % windowMs) + windowMs) % windowMs);
    if (w !== window) {
      if (parts.length > 0) yield flush();
      window = w;
    }
    parts.push(JSON.stringify(r));
  }
  if (parts.length > 0) yield flush();
}

/** The dataset for `options` as S3 delivery files. */
export function generateS3Files(options: Partial<GenerateOptions> = {}, layout: Omit<S3LayoutOptions, "seed"> = {}): Generator<DeliveryFile> {
  const plan = planGeneration(options);
  return s3DeliveryFiles(recordsOf(plan), { ...layout, seed: plan.options.seed });
}
