/**
 * A resolved story as a file for the case folder: lib/story's self-contained
 * Markdown or HTML report (every value escaped, no script), with a chart
 * image per step when one was drawn.
 */
import { exportHtml, exportMarkdown } from "../../lib/story/export";
import type { ResolvedStory } from "../../lib/story/resolve";

export type ReportFormat = "md" | "html";

export interface ReportFile {
  fileName: string;
  mime: string;
  text: string;
}

export interface ReportOptions {
  /** Chart images per step id (data:image/png URLs). */
  images?: ReadonlyMap<string, string>;
  /** Epoch ms of the "Generated" line. */
  generatedAt?: number;
}

/** The report of an already resolved story in `format`. */
export function buildReport(resolved: ResolvedStory, format: ReportFormat, opts: ReportOptions = {}): ReportFile {
  const options = { ...(opts.images ? { images: opts.images } : {}), ...(opts.generatedAt !== undefined ? { generatedAt: opts.generatedAt } : {}) };
  const base = resolved.story.id;
  return format === "md"
    ? { fileName: `${base}.md`, mime: "text/markdown;charset=utf-8", text: exportMarkdown(resolved, options) }
    : { fileName: `${base}.html`, mime: "text/html;charset=utf-8", text: exportHtml(resolved, options) };
}
