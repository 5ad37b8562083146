/**
 * Recent searches, kept in the browser (localStorage) between visits. What
 * is read back is untrusted (another tab, an extension, an old version may
 * have written it): it is validated with zod and anything malformed is
 * dropped rather than shown.
 */
import { z } from "../zod";

/** How many searches are remembered. */
export const SEARCH_HISTORY_LIMIT = 20;
/** Longest search worth remembering (a longer one is still run, just not kept). */
export const MAX_REMEMBERED_LENGTH = 10_000;
/** The localStorage key. */
export const SEARCH_HISTORY_KEY = "trailscope-search-history";

export const searchHistorySchema = z.array(z.string().min(1).max(MAX_REMEMBERED_LENGTH)).max(SEARCH_HISTORY_LIMIT * 5);
export type SearchHistory = z.infer<typeof searchHistorySchema>;

/** The history stored as `raw` (null when nothing is stored); [] when it is not valid. */
export function readSearchHistory(raw: string | null): SearchHistory {
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const parsed = searchHistorySchema.safeParse(json);
  return parsed.success ? mergeHistories(parsed.data, []) : [];
}

/** The history with `query` first (moved there when already present); blank and over-long searches are not kept. */
export function rememberSearch(history: readonly string[], query: string): SearchHistory {
  const q = query.trim();
  if (q === "" || q.length > MAX_REMEMBERED_LENGTH) return history.slice(0, SEARCH_HISTORY_LIMIT);
  return mergeHistories([q], history);
}

/** `newer` then `older`, without repeats, at most SEARCH_HISTORY_LIMIT entries. */
export function mergeHistories(newer: readonly string[], older: readonly string[]): SearchHistory {
  const out: string[] = [];
  for (const q of [...newer, ...older]) {
    if (out.length >= SEARCH_HISTORY_LIMIT) break;
    if (!out.includes(q)) out.push(q);
  }
  return out;
}
