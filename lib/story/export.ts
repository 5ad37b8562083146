/**
 * A resolved story as a self-contained report for the case file: Markdown,
 * or one HTML file with inline CSS, no script and a CSP that forbids loading
 * anything. Talking points go through the safe Markdown tree (so imported
 * text cannot smuggle HTML or unsafe links), and every value from the logs is
 * escaped for the format it lands in.
 */
import { parseMarkdown } from "./markdown";
import { codeSpan, escapeHtml, escapeMarkdown, markdownToHtml, markdownToMarkdown } from "./markdown-out";
import type { EvidenceRow, FactField, FieldFacts } from "./evidence";
import type { EvidencePart, ResolvedStep, ResolvedStory } from "./resolve";
import { formatUtc } from "./time-spec";
import { REPORT_CSS } from "./export-style";

export interface ExportOptions {
  /** Chart images per step id, as `data:image/png|jpeg|webp;base64,…` URLs (anything else is left out). */
  images?: ReadonlyMap<string, string>;
  /** Evidence rows listed per step (default 50); the rest are counted. */
  maxRows?: number;
  /** Include speaker notes (default true). */
  notes?: boolean;
  /** "Generated at" line, epoch ms (none when absent). */
  generatedAt?: number;
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
const MAX_CELL = 300;

const clip = (s: string): string => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

/** The image of a step, when it is a well-formed data URL. */
function imageOf(opts: ExportOptions, stepId: string): string | null {
  const url = opts.images?.get(stepId);
  return url !== undefined && DATA_IMAGE.test(url) ? url : null;
}

function rangeText(r: { start: number; end: number } | null): string {
  return r ? `${formatUtc(r.start)} – ${formatUtc(r.end)}` : "all time";
}

/** An evidence span ([first, last + 1 ms)) as its first and last event times. */
function spanText(r: { start: number; end: number }): string {
  return r.end - r.start <= 1 ? formatUtc(r.start) : `${formatUtc(r.start)} – ${formatUtc(r.end - 1)}`;
}

/** "alex.miller (172)", the top values of a fact field, with how many others there are. */
function topText(f: FieldFacts): string {
  const shown = f.top.slice(0, 3).map((v) => `${clip(v.value)} (${v.count})`);
  return f.distinct > shown.length ? `${shown.join(", ")} and ${f.distinct - shown.length} more` : shown.join(", ");
}

const FACT_LABELS: [FactField, string][] = [
  ["principal", "Principals"],
  ["accessKeyId", "Access keys"],
  ["sourceIp", "Source IPs"],
  ["bucket", "Buckets"],
];

/** The plain-text facts of a step: view, time, filters (every value still raw; the writer escapes). */
function viewFacts(s: ResolvedStep): [string, string][] {
  const v = s.view;
  const out: [string, string][] = [["View", v.kind]];
  if (v.principal) out.push(["Principal", v.principal]);
  if (v.bucket) out.push(["Bucket", v.bucket]);
  if (v.spl) out.push(["Search", v.spl]);
  out.push(["Time", rangeText(v.filters.timeRange)]);
  if (v.filters.chips.length) out.push(["Filters", v.filters.chips.map((c) => `${c.field} ${c.negate ? "≠" : "="} ${c.value}`).join("; ")]);
  if (v.filters.text) out.push(["Text", v.filters.text]);
  const e = s.evidence;
  out.push(["Evidence", e.total === 0 || !e.span ? "none found" : `${e.total} event${e.total === 1 ? "" : "s"}, ${spanText(e.span)}`]);
  if (e.list) {
    for (const [field, label] of FACT_LABELS) if (e.facts.fields[field].distinct > 0) out.push([label, topText(e.facts.fields[field])]);
    const objects = e.facts.fields.objectKey.distinct;
    if (objects > 0) out.push(["Objects", `${objects} distinct`]);
  }
  return out;
}

/** "CreateUser by alex.miller: 1, first at 2026-01-08 10:45 UTC". */
function partText(p: EvidencePart): string {
  return `${p.label}: ${p.count}${p.span ? `, first at ${formatUtc(p.span.start)}` : ""}`;
}

const COLUMNS = ["Time (UTC)", "Principal", "Event", "Source IP", "Bucket / key"] as const;

function cells(r: EvidenceRow, iam: boolean): string[] {
  const place = r.bucket ? (r.objectKey ? `${r.bucket}/${r.objectKey}` : r.bucket) : "";
  const row = [new Date(r.time).toISOString().slice(0, 19).replace("T", " "), r.principal, r.eventName, r.sourceIp, place];
  if (iam) row.push([r.targetUser, r.policyArn].filter((x) => x !== "").join(" · "));
  return row.map(clip);
}

function tableOf(s: ResolvedStep, opts: ExportOptions): { header: string[]; rows: string[][]; more: number } | null {
  const e = s.evidence;
  if (!e.list || e.sample.length === 0) return null;
  const shown = e.sample.slice(0, Math.max(0, opts.maxRows ?? 50));
  const iam = shown.some((r) => r.targetUser !== "" || r.policyArn !== "");
  const header = iam ? [...COLUMNS, "IAM target"] : [...COLUMNS];
  return { header, rows: shown.map((r) => cells(r, iam)), more: e.total - shown.length };
}

function datasetLine(r: ResolvedStory): string {
  const d = r.dataset;
  return d.events === 0 ? "No data was loaded." : `Data: ${d.events} events, ${formatUtc(d.start as number)} – ${formatUtc(d.end as number)}.`;
}

/** The story as one Markdown document. */
export function exportMarkdown(r: ResolvedStory, opts: ExportOptions = {}): string {
  const md = (s: string): string => markdownToMarkdown(parseMarkdown(s));
  const out: string[] = [`# ${escapeMarkdown(r.story.title)}`];
  if (r.story.description) out.push(md(r.story.description));
  out.push(`*${escapeMarkdown(datasetLine(r))}${opts.generatedAt !== undefined ? ` Generated ${escapeMarkdown(formatUtc(opts.generatedAt))}.` : ""}*`);
  for (const s of r.steps) {
    out.push(`## ${s.index + 1}. ${escapeMarkdown(s.step.title)}`);
    if (s.step.talkingPoint) out.push(md(s.step.talkingPoint));
    out.push(viewFacts(s).map(([k, v]) => `- **${k}:** ${k === "Search" ? codeSpan(v.replace(/\s*\n\s*/g, " ")) : escapeMarkdown(v)}`).join("\n"));
    if (s.evidence.parts.length) out.push(`*Found:*\n\n${s.evidence.parts.map((p) => `- ${escapeMarkdown(partText(p))}`).join("\n")}`);
    if (s.problems.length) out.push(s.problems.map((p) => `> **Problem:** ${escapeMarkdown(p)}`).join("\n>\n"));
    const table = tableOf(s, opts);
    if (table) {
      const line = (row: readonly string[]): string => `| ${row.map(escapeMarkdown).join(" | ")} |`;
      out.push([line(table.header), `|${table.header.map(() => " --- ").join("|")}|`, ...table.rows.map(line)].join("\n"));
      if (table.more > 0) out.push(`*…and ${table.more} more events.*`);
    }
    const img = imageOf(opts, s.id);
    if (img) out.push(`![Chart of step ${s.index + 1}](${img})`);
    if (opts.notes !== false && s.step.notes) out.push(`**Speaker notes:** ${s.step.notes.split(/\r?\n/).map(escapeMarkdown).join("  \n")}`);
  }
  return `${out.join("\n\n")}\n`;
}

/** The story as one self-contained HTML file (inline CSS, no script, nothing loaded from anywhere). */
export function exportHtml(r: ResolvedStory, opts: ExportOptions = {}): string {
  const md = (s: string): string => markdownToHtml(parseMarkdown(s));
  const parts: string[] = [`<header><h1>${escapeHtml(r.story.title)}</h1>`];
  if (r.story.description) parts.push(`<div class="description">${md(r.story.description)}</div>`);
  parts.push(`<p class="meta">${escapeHtml(datasetLine(r))}${opts.generatedAt !== undefined ? ` Generated ${escapeHtml(formatUtc(opts.generatedAt))}.` : ""}</p></header>`);
  for (const s of r.steps) {
    const sec: string[] = [`<section class="step" id="step-${escapeHtml(s.id)}">`, `<h2><span class="n">${s.index + 1}</span> ${escapeHtml(s.step.title)}</h2>`];
    if (s.step.talkingPoint) sec.push(`<div class="talking-point">${md(s.step.talkingPoint)}</div>`);
    sec.push(`<dl class="facts">${viewFacts(s).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`);
    if (s.evidence.parts.length) {
      sec.push(`<ul class="parts">${s.evidence.parts.map((p) => `<li>${escapeHtml(partText(p))}</li>`).join("")}</ul>`);
    }
    for (const p of s.problems) sec.push(`<p class="problem">${escapeHtml(p)}</p>`);
    const table = tableOf(s, opts);
    if (table) {
      const head = table.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
      const body = table.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
      sec.push(`<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
      if (table.more > 0) sec.push(`<p class="more">…and ${table.more} more events.</p>`);
    }
    const img = imageOf(opts, s.id);
    if (img) sec.push(`<img src="${img}" alt="Chart of step ${s.index + 1}">`);
    if (opts.notes !== false && s.step.notes) sec.push(`<p class="notes"><strong>Speaker notes:</strong> ${escapeHtml(s.step.notes)}</p>`);
    sec.push("</section>");
    parts.push(sec.join("\n"));
  }
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(r.story.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body><main>",
    ...parts,
    "</main></body>",
    "</html>",
    "",
  ].join("\n");
}
