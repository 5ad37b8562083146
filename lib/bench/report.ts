/**
 * The benchmark's output: the JSON object the issue specifies, and the same
 * figures as a readable table.
 */
import type { ParseFloor } from "./parse-floor";
import type { QueryTiming } from "./query-section";
import { round } from "./timing";

export interface PeerReport {
  name: string;
  /** Load of the same file into the same columns our index holds. */
  ingestMs: number;
  /** CPU time of that load, all of DuckDB's threads. */
  ingestCpuMs?: number;
  /** Load of only the columns the six queries read (DuckDB's lightest load), for reference. */
  queriedColumnsIngestMs?: number;
  /** Load of the whole file as DuckDB infers it (`SELECT *`, inferring the schema from every record first), for reference. */
  fullLoadIngestMs?: number;
  /** The same whole-file load with the inferred schema given up front: the load without the inference, for reference. */
  fullLoadKnownSchemaIngestMs?: number;
  queries: QueryTiming[];
}

export interface BenchReport {
  events: number;
  bytes: number;
  ingest: { ms: number; mbPerSec: number; eventsPerSec: number; threads: number };
  memory: { bytesPerEvent: number };
  queries: QueryTiming[];
  /** The seed's six SPL searches through lib/search (no peer: DuckDB does not speak SPL). */
  searches: QueryTiming[];
  /** One run of every detection rule. */
  detect: { ms: number; findings: number };
  peer?: PeerReport;
  /**
   * With a peer: the CPU floor under any ingest of the file built on JSON.parse (read, decode, split, JSON.parse, one
   * thread, nothing kept: lib/bench/parse-floor.ts), to set beside the peer's load CPU.
   */
  parseFloor?: ParseFloor;
  /** ours / peer: below 1 means we are faster. */
  ratios?: {
    ingest: number;
    ingestVsFullLoad?: number;
    ingestVsFullLoadKnownSchema?: number;
    ingestVsQueriedColumns?: number;
    /** The parse floor's CPU over the peer's same-columns load CPU: at or above 1, no JS ingest built on JSON.parse can match that load. */
    parseFloorVsPeerCpu?: number;
    queries: Record<string, number>;
  };
}

const MB = 1024 * 1024;

/** Ratios span orders of magnitude (0.002 … 5): keep three significant digits, not fixed decimals. */
const ratio = (ours: number, peer: number): number => Number((ours / peer).toPrecision(3));


/** Assembles the report from raw measurements; ratios only when a peer ran. */
export function buildReport(m: {
  events: number;
  bytes: number;
  ingestMs: number;
  threads: number;
  indexBytes: number;
  queries: QueryTiming[];
  searches: QueryTiming[];
  detect: { ms: number; findings: number };
  peer?: PeerReport;
  parseFloor?: ParseFloor;
}): BenchReport {
  const seconds = m.ingestMs / 1000;
  const report: BenchReport = {
    events: m.events,
    bytes: m.bytes,
    ingest: {
      ms: round(m.ingestMs, 1),
      mbPerSec: round(m.bytes / MB / seconds, 1),
      eventsPerSec: Math.round(m.events / seconds),
      threads: m.threads,
    },
    memory: { bytesPerEvent: m.events ? round(m.indexBytes / m.events, 1) : 0 },
    queries: m.queries,
    searches: m.searches,
    detect: m.detect,
  };
  if (m.peer) {
    const peerP50 = new Map(m.peer.queries.map((q) => [q.name, q.p50Ms] as const));
    const queries: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const q of m.queries) {
      const theirs = peerP50.get(q.name);
      if (theirs !== undefined) queries[q.name] = ratio(q.p50Ms, theirs);
    }
    report.peer = m.peer;
    if (m.parseFloor) report.parseFloor = m.parseFloor;
    report.ratios = {
      ingest: ratio(m.ingestMs, m.peer.ingestMs),
      ...(m.peer.fullLoadIngestMs ? { ingestVsFullLoad: ratio(m.ingestMs, m.peer.fullLoadIngestMs) } : {}),
      ...(m.peer.fullLoadKnownSchemaIngestMs ? { ingestVsFullLoadKnownSchema: ratio(m.ingestMs, m.peer.fullLoadKnownSchemaIngestMs) } : {}),
      ...(m.peer.queriedColumnsIngestMs ? { ingestVsQueriedColumns: ratio(m.ingestMs, m.peer.queriedColumnsIngestMs) } : {}),
      ...(m.parseFloor && m.peer.ingestCpuMs ? { parseFloorVsPeerCpu: ratio(m.parseFloor.readDecodeParseCpuMs, m.peer.ingestCpuMs) } : {}),
      queries,
    };
  }
  return report;
}

const pad = (s: string, w: number, right = false): string => (right ? s.padStart(w) : s.padEnd(w));

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));

/** The report as an aligned plain-text table (for people; scripts use --json). */
export function formatReport(r: BenchReport): string {
  const lines: string[] = [];
  lines.push(`events ${r.events.toLocaleString("en-US")}, file ${(r.bytes / MB).toFixed(1)} MB`);
  lines.push(
    `ingest: ${ms(r.ingest.ms)} ms, ${r.ingest.mbPerSec} MB/s, ${r.ingest.eventsPerSec.toLocaleString("en-US")} events/s` +
      (r.peer && r.ratios ? `   ${r.peer.name}: ${ms(r.peer.ingestMs)} ms   ratio ${r.ratios.ingest}` : "") +
      ` (${r.ingest.threads} parse thread${r.ingest.threads === 1 ? "" : "s"})`,
  );
  if (r.parseFloor && r.peer?.ingestCpuMs) {
    lines.push(
      `parse floor (read, decode, JSON.parse; one thread): ${ms(r.parseFloor.readDecodeParseCpuMs)} ms CPU   ` +
        `${r.peer.name} same-columns load: ${ms(r.peer.ingestCpuMs)} ms CPU   ratio ${r.ratios?.parseFloorVsPeerCpu}`,
    );
  }
  lines.push(`index memory: ${r.memory.bytesPerEvent} bytes/event`);
  lines.push("");
  const nameW = Math.max(5, ...r.queries.map((q) => q.name.length));
  const head = [pad("query", nameW), pad("p50 ms", 9, true), pad("p95 ms", 9, true)];
  if (r.peer) head.push(pad(`${r.peer.name} p50`, 11, true), pad(`${r.peer.name} p95`, 11, true), pad("ratio", 7, true));
  lines.push(head.join("  "));
  const peerBy = new Map((r.peer?.queries ?? []).map((q) => [q.name, q] as const));
  for (const q of r.queries) {
    const row = [pad(q.name, nameW), pad(ms(q.p50Ms), 9, true), pad(ms(q.p95Ms), 9, true)];
    const p = peerBy.get(q.name);
    if (r.peer) {
      row.push(pad(p ? ms(p.p50Ms) : "-", 11, true), pad(p ? ms(p.p95Ms) : "-", 11, true));
      const x = r.ratios?.queries[q.name];
      row.push(pad(x === undefined ? "-" : String(x), 7, true));
    }
    lines.push(row.join("  "));
  }
  lines.push("");
  const searchW = Math.max(5, ...r.searches.map((q) => q.name.length));
  lines.push([pad("search", searchW), pad("p50 ms", 9, true), pad("p95 ms", 9, true)].join("  "));
  for (const q of r.searches) lines.push([pad(q.name, searchW), pad(ms(q.p50Ms), 9, true), pad(ms(q.p95Ms), 9, true)].join("  "));
  lines.push("");
  lines.push(`detections: ${r.detect.findings} findings in ${ms(r.detect.ms)} ms`);
  return lines.join("\n");
}
