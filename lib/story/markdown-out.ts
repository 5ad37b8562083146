/**
 * The Markdown tree written back out: as escaped HTML (exported reports),
 * as plain text (labels, search, tests) and as normalised Markdown (the
 * Markdown report, where unsafe links have already become text). Also the
 * escapers for putting untrusted values into HTML and Markdown.
 */
import { parseMarkdown, type MdBlock, type MdInline } from "./markdown";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text that reads as itself in Markdown (CommonMark/GFM and ours): markup
 * characters and HTML's < > & are backslash-escaped, line breaks become
 * spaces, and a leading list, quote or heading marker is neutralised.
 */
export function escapeMarkdown(value: unknown): string {
  const flat = String(value).replace(/\r\n?|\n/g, " ");
  const escaped = flat.replace(/[\\`*_[\]<>&|~]/g, "\\$&");
  // Markers that start a block only at the start of a line (and, for lists and headings, before a space).
  return escaped.replace(/^(\s*)([>=]|(?:[#+-]|\d+[.)])(?=\s|$))/, (_, space: string, mark: string) => `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}

export interface HtmlOptions {
  /** In-app links mean nothing outside the app (a saved report): "text" shows their label only. Default "text". */
  internalLinks?: "keep" | "text";
}

function inlineHtml(nodes: readonly MdInline[], opts: HtmlOptions): string {
  let out = "";
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        out += escapeHtml(n.text);
        break;
      case "code":
        out += `<code>${escapeHtml(n.text)}</code>`;
        break;
      case "strong":
        out += `<strong>${inlineHtml(n.children, opts)}</strong>`;
        break;
      case "em":
        out += `<em>${inlineHtml(n.children, opts)}</em>`;
        break;
      case "link":
        if (n.internal && (opts.internalLinks ?? "text") === "text") out += inlineHtml(n.children, opts);
        else out += `<a href="${escapeHtml(n.href)}" rel="noopener noreferrer">${inlineHtml(n.children, opts)}</a>`;
        break;
    }
  }
  return out;
}

/** The tree as HTML: every text escaped, only p/ul/ol/li/blockquote/strong/em/code/a elements. */
export function markdownToHtml(blocks: readonly MdBlock[], opts: HtmlOptions = {}): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "paragraph":
          return `<p>${inlineHtml(b.children, opts)}</p>`;
        case "quote":
          return `<blockquote>${markdownToHtml(b.children, opts)}</blockquote>`;
        case "list": {
          const items = b.items.map((item) => `<li>${inlineHtml(item, opts)}</li>`).join("");
          if (!b.ordered) return `<ul>${items}</ul>`;
          return b.start === 1 ? `<ol>${items}</ol>` : `<ol start="${b.start}">${items}</ol>`;
        }
      }
    })
    .join("\n");
}

function inlineText(nodes: readonly MdInline[]): string {
  return nodes.map((n) => (n.type === "text" || n.type === "code" ? n.text : inlineText(n.children))).join("");
}

/** The tree as plain text: blocks separated by blank lines, list items on their own lines. */
export function markdownToText(blocks: readonly MdBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === "paragraph") return inlineText(b.children);
      if (b.type === "quote") return markdownToText(b.children);
      return b.items.map((item, i) => `${b.ordered ? `${b.start + i}.` : "-"} ${inlineText(item)}`).join("\n");
    })
    .join("\n\n");
}

/** Plain text of Markdown source (parse, then markdownToText). */
export function plainText(source: string): string {
  return markdownToText(parseMarkdown(source));
}

/** Text as a Markdown code span, fenced with more backticks than it contains. */
export function codeSpan(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  // Parsing strips one space from each end when both ends have one (and the span is not all spaces): pad to undo that.
  const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

const isEmphasis = (n: MdInline): boolean => n.type === "em" || n.type === "strong";

/**
 * Inline nodes as Markdown. An emphasis that is the only child of another is
 * written with the other marker family (`**_x_**`, `*_x_*`), since `***x***`
 * and `**x**` would read back as different trees.
 */
function inlineMarkdown(nodes: readonly MdInline[], alt = false): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case "text":
          return n.text.split("\n").map(escapeMarkdown).join("\n");
        case "code":
          return codeSpan(n.text);
        case "strong":
        case "em": {
          const m = (alt ? "_" : "*").repeat(n.type === "strong" ? 2 : 1);
          const sole = n.children.length === 1 && isEmphasis(n.children[0]);
          return `${m}${inlineMarkdown(n.children, sole ? !alt : false)}${m}`;
        }
        case "link":
          return `[${inlineMarkdown(n.children)}](${n.href})`;
      }
    })
    .join("");
}

/** The tree as normalised Markdown (text escaped, only safe links left); `prefix` starts every line (quotes). */
export function markdownToMarkdown(blocks: readonly MdBlock[], prefix = ""): string {
  return blocks
    .map((b) => {
      let body: string;
      if (b.type === "paragraph") body = inlineMarkdown(b.children);
      else if (b.type === "quote") return markdownToMarkdown(b.children, `${prefix}> `);
      else body = b.items.map((item, i) => `${b.ordered ? `${b.start + i}.` : "-"} ${inlineMarkdown(item).replace(/\n/g, "\n  ")}`).join("\n");
      return body
        .split("\n")
        .map((line) => prefix + line)
        .join("\n");
    })
    .join(`\n${prefix.trimEnd()}\n`);
}
