/**
 * The analyst's bucket sensitivity levels: kept in the store as a list of
 * [bucket, level] pairs (never an object keyed by bucket names, which are
 * record values), saved in the browser and validated when read back.
 */
import { z } from "../zod";
import type { Sensitivity } from "../detect/sensitivity";
import type { SliceCreator } from "./slice";

/** How many buckets may carry a level: a tampered storage entry must not grow without bound. */
export const MAX_BUCKET_LEVELS = 5_000;
/** S3 names are at most 63 characters; anything much longer did not come from a bucket. */
const MAX_BUCKET_NAME = 1024;

export const sensitivitySchema = z.enum(["high", "medium", "low"]);
export const bucketLevelsSchema = z.array(z.tuple([z.string().min(1).max(MAX_BUCKET_NAME), sensitivitySchema])).max(MAX_BUCKET_LEVELS);
export type BucketLevels = z.infer<typeof bucketLevelsSchema>;

/** Key under which the levels are saved in localStorage. */
export const BUCKET_LEVELS_STORAGE_KEY = "trailscope-bucket-sensitivity";

export interface SensitivitySlice {
  /** [bucket, level] pairs, one per bucket, in the order they were set. */
  bucketLevels: BucketLevels;
  /** Sets one bucket's level; null goes back to the default. */
  setBucketLevel(bucket: string, level: Sensitivity | null): void;
  /** Replaces every level (restoring saved ones). */
  setBucketLevels(levels: BucketLevels): void;
}

/** The levels with one bucket's level set (moved last) or removed. */
export function withBucketLevel(levels: BucketLevels, bucket: string, level: Sensitivity | null): BucketLevels {
  const rest = levels.filter(([b]) => b !== bucket);
  if (level === null) return rest;
  return rest.length >= MAX_BUCKET_LEVELS ? rest : [...rest, [bucket, level]];
}

/** Parses saved text; anything malformed yields no levels. A bucket listed twice keeps its last level. */
export function parseBucketLevels(text: string | null): BucketLevels {
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = bucketLevelsSchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.reduce<BucketLevels>((acc, [b, l]) => withBucketLevel(acc, b, l), []);
}

/** The level the analyst set for a bucket, or null. */
export function levelOf(levels: BucketLevels, bucket: string): Sensitivity | null {
  return levels.find(([b]) => b === bucket)?.[1] ?? null;
}

/** Creates the sensitivity slice. */
export const createSensitivitySlice: SliceCreator<SensitivitySlice> = (set) => ({
  bucketLevels: [],
  setBucketLevel: (bucket, level) => set((s) => ({ bucketLevels: withBucketLevel(s.bucketLevels, bucket, level) })),
  setBucketLevels: (levels) => set({ bucketLevels: levels.reduce<BucketLevels>((acc, [b, l]) => withBucketLevel(acc, b, l), []) }),
});
