/**
 * How sensitive a bucket is: the seed's classification of the FakeTShirtCo
 * buckets, then a guess from words in the name. Rules receive it as an input
 * (ctx.sensitivity) so the UI can let an analyst override it.
 */

export type Sensitivity = "high" | "medium" | "low";

/** The seed's table of sensitive buckets. */
export const DEFAULT_BUCKET_SENSITIVITY: ReadonlyMap<string, Sensitivity> = new Map([
  ["faketshirtco-financial-reports", "high"],
  ["faketshirtco-prod-data", "medium"],
  ["faketshirtco-backups", "medium"],
]);

// Name words that usually mean regulated or secret data (high) or bulk copies of business data (medium).
// Matched as the start of a name token, so "backups" and "customers" count while "chrome" does not match "hr".
const HIGH_WORDS = ["financ", "payroll", "salar", "secret", "credential", "password", "legal", "hr", "pii", "confidential", "tax", "bank", "medical"];
const MEDIUM_WORDS = ["backup", "customer", "invoice", "billing", "export", "dump", "snapshot", "private", "personal", "employee", "contract"];

const startsWithAny = (token: string, words: readonly string[]): boolean => words.some((w) => (w.length <= 2 ? token === w : token.startsWith(w)));

/** Sensitivity guessed from a bucket name alone. */
export function sensitivityFromName(bucket: string): Sensitivity {
  const tokens = bucket.toLowerCase().split(/[^a-z]+/).filter((s) => s !== "");
  if (tokens.some((t) => startsWithAny(t, HIGH_WORDS))) return "high";
  if (tokens.some((t) => startsWithAny(t, MEDIUM_WORDS))) return "medium";
  return "low";
}

/** A sensitivity lookup: analyst overrides first, then the seed's table, then the name heuristic. */
export function bucketSensitivity(overrides: ReadonlyMap<string, Sensitivity> = new Map()): (bucket: string) => Sensitivity {
  return (bucket) => overrides.get(bucket) ?? DEFAULT_BUCKET_SENSITIVITY.get(bucket) ?? sensitivityFromName(bucket);
}
