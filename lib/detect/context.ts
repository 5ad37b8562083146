/**
 * Builds the RuleContext detections run against: caches raw records read
 * during one run (several rules look at the same few candidates) and shares
 * derived per-run values between rules.
 */
import type { JsonObject } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import type { RuleContext } from "./rule";
import { bucketSensitivity, type Sensitivity } from "./sensitivity";

export interface ContextOptions {
  table: EventTable;
  readRecord(row: number): Promise<JsonObject>;
  /** A faster batch read (one pass per file); defaults to readRecord per row. */
  readRecords?(rows: number[]): Promise<Map<number, JsonObject>>;
  sensitivity?(bucket: string): Sensitivity;
}

/** Raw records kept per run at most: candidates are few, but a hostile file must not make a run hold everything. */
const MAX_CACHED_RECORDS = 20_000;
/** Concurrent single reads when no batch reader is given. */
const READ_CONCURRENCY = 16;

/** A RuleContext over a table and a raw-record reader. */
export function createRuleContext(opts: ContextOptions): RuleContext {
  const cache = new Map<number, JsonObject>();
  const shared = new Map<string, unknown>();
  const remember = (row: number, rec: JsonObject): void => {
    if (cache.size < MAX_CACHED_RECORDS) cache.set(row, rec);
  };
  const batch =
    opts.readRecords ??
    (async (rows: number[]): Promise<Map<number, JsonObject>> => {
      const out = new Map<number, JsonObject>();
      for (let i = 0; i < rows.length; i += READ_CONCURRENCY) {
        const part = rows.slice(i, i + READ_CONCURRENCY);
        const recs = await Promise.all(part.map((r) => opts.readRecord(r).catch(() => undefined)));
        part.forEach((r, j) => {
          const rec = recs[j];
          if (rec) out.set(r, rec);
        });
      }
      return out;
    });
  return {
    table: opts.table,
    readRecord: async (row) => {
      const hit = cache.get(row);
      if (hit) return hit;
      const rec = await opts.readRecord(row);
      remember(row, rec);
      return rec;
    },
    readRecords: async (rows) => {
      const out = new Map<number, JsonObject>();
      const missing: number[] = [];
      for (let i = 0; i < rows.length; i++) {
        const hit = cache.get(rows[i]);
        if (hit) out.set(rows[i], hit);
        else missing.push(rows[i]);
      }
      if (missing.length > 0) {
        // A file that vanished or changed since loading leaves its rows unread; rules then skip what needs them.
        const got = await batch(missing).catch(() => new Map<number, JsonObject>());
        for (const [row, rec] of got) {
          out.set(row, rec);
          remember(row, rec);
        }
      }
      return out;
    },
    sensitivity: opts.sensitivity ?? bucketSensitivity(),
    shared: <T>(key: string, build: () => T): T => {
      if (!shared.has(key)) shared.set(key, build());
      return shared.get(key) as T;
    },
  };
}
