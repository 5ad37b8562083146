/**
 * The one method map between the UI thread and the engine worker. Request,
 * reply and progress message types are all derived from `EngineApi`, so the
 * two sides cannot drift apart.
 */
import type { FileReport } from "../cloudtrail/types";
import type { Finding } from "../detect/finding";
import type { Sensitivity } from "../detect/sensitivity";
import type { ErrorResult, EventsResult, TableResult, TimechartResult } from "../search/result";
import type { GenerateOptions } from "../generate/options";
import type { CellValue, GroupResult, HistogramResult, QuerySpec, SortSpec } from "../index/types";
import type { BucketDetail, BucketRow, PrincipalDetail, PrincipalRow } from "./entity-types";
import type { ExfilStats, ExfilStatsParams } from "./exfil-stats";
import type { FromFindingsOptions } from "../story/from-findings";
import type { ResolveOptions, ResolvedStory } from "../story/resolve";
import type { Story } from "../story/schema";

/** A file handed to the worker: the File object itself (never read on the main thread) and its path. */
export interface InputFile {
  /** Folder-relative path for folder uploads (webkitRelativePath), else the file name. */
  path: string;
  file: Blob;
}

/** What is loaded, after any ingest/generate/clear. */
export interface DatasetSummary {
  events: number;
  duplicates: number;
  files: FileReport[];
  /** Epoch ms, or null when empty. */
  timeRange: { start: number; end: number } | null;
  principals: number;
  /** Most active accounts first, at most SUMMARY_LIST_LIMIT of them; accountCount is the total. */
  accounts: string[];
  accountCount: number;
  /** Most active regions first, capped like accounts; regionCount is the total. */
  regions: string[];
  regionCount: number;
  eventSources: number;
  /** Bytes of index memory (raw bytes excluded). */
  indexBytes: number;
}

/** One long job's progress. Sent unsolicited (no requestId) while the job runs. */
export interface Progress {
  jobId: number;
  phase: "read" | "parse" | "index" | "generate" | "detect" | "done";
  bytes: number;
  totalBytes: number;
  files: number;
  totalFiles: number;
  events: number;
  errors: number;
  elapsedMs: number;
}

/** Handle to a materialised row selection held in the worker; fetch windows with `rows`, then `release`. */
export interface SelectResult {
  resultId: number;
  total: number;
}

export interface RowWindow {
  /** Absolute positions [start, end) within the selection. */
  start: number;
  rowIds: Uint32Array;
  /** One array per requested field, aligned with rowIds. */
  columns: Record<string, CellValue[]>;
}

/** The raw record of one row, read back from its file. */
export interface RawRecord {
  row: number;
  path: string;
  /** The CloudTrail record as JSON text (pretty-printing is the UI's job). */
  json: string;
  fields: Record<string, CellValue>;
}

/** A field the index can filter and group on. */
export interface FieldInfo {
  name: string;
  kind: "string" | "number" | "time";
  /** Distinct values seen (strings), or -1 for numbers. */
  cardinality: number;
}

/** A search's answer as it crosses to the UI: events come back as a selection handle to window with `rows`. */
export type SearchReply = TableResult | TimechartResult | ErrorResult | (Omit<EventsResult, "rowIds"> & SelectResult);

/** The stored copy of the dataset (lib/worker/persist-store.ts), which a reload restores. */
export interface StorageStatus {
  /** Where loads are kept ("opfs", "indexeddb"), or null when the browser offers no storage. */
  backend: string | null;
  /** Bytes of stored input files (a generated demo keeps only its options). */
  bytes: number;
  /** Stored loads, restored in order on start. */
  loads: number;
  /** Why something was not stored or restored (quota, eviction), or null. */
  problem: string | null;
}

/** Every method the engine serves: name → (params) => result. */
export interface EngineApi {
  /** `label` names the load in the stored copy (the UI's name for it). */
  ingest(p: { jobId: number; files: InputFile[]; label?: string }): DatasetSummary;
  generate(p: { jobId: number; options: Partial<GenerateOptions>; label?: string }): DatasetSummary;
  /** Loads the stored copy again (on start, after a crash); `labels` name the restored loads in order. */
  restore(p: { jobId: number }): { summary: DatasetSummary; labels: string[] };
  storage(p: Record<string, never>): StorageStatus;
  /** Deletes the stored copy; the loaded data stays unless it was read from that copy (`cleared`). */
  forget(p: Record<string, never>): { storage: StorageStatus; summary: DatasetSummary; cleared: boolean };
  /** Liveness check for the client's watchdog. */
  ping(p: Record<string, never>): true;
  cancel(p: { jobId: number }): boolean;
  /** Empties the dataset and forgets its stored copy. */
  clear(p: Record<string, never>): DatasetSummary;
  summary(p: Record<string, never>): DatasetSummary;
  fields(p: Record<string, never>): FieldInfo[];
  count(p: { spec: QuerySpec }): number;
  groupBy(p: { spec: QuerySpec; fields: string[]; limit?: number }): GroupResult;
  /** Top values of each field over one selection (a facets panel in one round trip); results[i] is fields[i]. */
  facets(p: { spec: QuerySpec; fields: string[]; limit: number }): GroupResult[];
  histogram(p: { spec: QuerySpec; spanMs: number; range?: { start: number; end: number }; stackBy?: string; topN?: number; alignMs?: number }): HistogramResult;
  select(p: { spec: QuerySpec; sort?: SortSpec }): SelectResult;
  rows(p: { resultId: number; start: number; end: number; fields: string[] }): RowWindow;
  release(p: { resultId: number }): boolean;
  record(p: { row: number }): RawRecord;
  /** Runs an SPL search (lib/search) over the loaded data; syntax and run errors come back as `kind: "error"`, never thrown. */
  search(p: { query: string }): SearchReply;
  /** Findings of the current dataset (detections re-run in the background after every load). */
  findings(p: Record<string, never>): Finding[];
  /** The analyst's bucket sensitivity levels; detections re-run with them. */
  setSensitivity(p: { levels: [string, Sensitivity][] }): boolean;
  /** Every principal under the filters with its activity figures (lib/worker/entity-stats.ts). */
  principals(p: { spec: QuerySpec }): PrincipalRow[];
  /** One principal in depth; `heatmapEventName` limits the heatmap to one event name. */
  principal(p: { name: string; spec: QuerySpec; heatmapEventName?: string }): PrincipalDetail;
  /** Every S3 bucket under the filters; `levels` are the analyst's sensitivity overrides (default: those last set with setSensitivity). */
  buckets(p: { spec: QuerySpec; levels?: [string, Sensitivity][] }): BucketRow[];
  /** One bucket in depth, with `levels` as for `buckets`. */
  bucket(p: { name: string; spec: QuerySpec; levels?: [string, Sensitivity][] }): BucketDetail;
  /** The exfil view's reads heatmap, nights, taken files and source IPs for one chain's identities (lib/worker/exfil-stats.ts). */
  exfilStats(p: ExfilStatsParams): ExfilStats;

  // stories
  /** Runs a story (validated again here: it may come from storage) against the loaded data; see lib/story resolveStory. */
  resolveStory(p: { story: Story; options?: ResolveOptions }): ResolvedStory;
  /** A story with one step per correlated finding of the current data (waits for a detection run in flight). */
  storyFromFindings(p: FromFindingsOptions): Story;
}

export type Method = keyof EngineApi;
export type Params<M extends Method> = Parameters<EngineApi[M]>[0];
export type Result<M extends Method> = ReturnType<EngineApi[M]>;

export type Request = { [M in Method]: { id: number; method: M; params: Params<M> } }[Method];

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export type Reply =
  | { requestId: number; ok: true; result: unknown }
  | { requestId: number; ok: false; error: SerializedError };

export type ProgressMessage = { type: "progress"; progress: Progress };

export type WorkerMessage = Reply | ProgressMessage;
