/** lib/search: Splunk-style searches over the in-memory index (see README.md). */
export { parseSearch } from "./parser";
export { runSearch } from "./run";
export { createRecordReader } from "./record-reader";
export { eventCells, DEFAULT_EVENT_COLUMNS } from "./output";
export { commandNames } from "./commands/registry";
export type { Pipeline, ParseResult, SearchError, SearchNode, CommandNode, Span } from "./ast";
export type { SearchResult, TableResult, TimechartResult, EventsResult, ErrorResult, Cell } from "./result";
export type { RunContext } from "./run-context";
export { SEED_SEARCHES, type SeedSearch } from "./seed-searches";
export { MESSAGES } from "./messages";
