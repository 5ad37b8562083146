/**
 * A tiny, safe Markdown subset parsed into a token tree (never into HTML):
 * paragraphs, **bold**, *italics*, `code`, lists, > quotes and links whose
 * target is http(s), mailto or an in-app relative path. Everything else is
 * text: raw HTML, entities (`&lt;` stays those four characters), images,
 * headings, other link schemes. The UI renders the tree as React elements,
 * export.ts as escaped HTML. Input is untrusted (imported stories, talking
 * points built from log values), so sizes and nesting are bounded and the
 * parser runs in about linear time.
 */

export type MdInline =
  | { type: "text"; text: string }
  | { type: "strong"; children: MdInline[] }
  | { type: "em"; children: MdInline[] }
  | { type: "code"; text: string }
  /** `internal` links are app-relative ("/timeline?…", "?step=…", "#…"). */
  | { type: "link"; href: string; internal: boolean; children: MdInline[] };

export type MdBlock =
  | { type: "paragraph"; children: MdInline[] }
  | { type: "list"; ordered: boolean; start: number; items: MdInline[][] }
  | { type: "quote"; children: MdBlock[] };

/** Characters parsed at most; longer input is cut and ends with "…". Talking points are short. */
export const MAX_MARKDOWN_LENGTH = 20_000;
/** Quotes nest at most this deep; deeper ">" lines are text. */
const MAX_QUOTE_DEPTH = 4;
/** Bold/italic/link nest at most this deep; deeper markers stay text (a renderer must never recurse without bound). */
const MAX_INLINE_DEPTH = 6;
const MAX_HREF_LENGTH = 2048;

/** The link target when it is one the app may follow, else null. */
export function safeHref(raw: string): { href: string; internal: boolean } | null {
  if (raw.length === 0 || raw.length > MAX_HREF_LENGTH) return null;
  // No whitespace, controls, backslashes or quotes: browsers "repair" those into other targets (e.g. "/\evil.com").
  if (/[\u0000-\u0020\u007f-\u009f\\"'<>`]/.test(raw)) return null;
  if (raw.startsWith("/")) return raw.startsWith("//") ? null : { href: raw, internal: true };
  if (raw.startsWith("?") || raw.startsWith("#")) return { href: raw, internal: true };
  if (!/^(https?|mailto):/i.test(raw)) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === "mailto:") return url.pathname.includes("@") ? { href: raw, internal: false } : null;
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? { href: raw, internal: false } : null;
  } catch {
    return null;
  }
}

/** Parses Markdown text into blocks. */
export function parseMarkdown(source: string): MdBlock[] {
  let text = String(source ?? "").replace(/\u0000/g, "\uFFFD");
  let cut = false;
  if (text.length > MAX_MARKDOWN_LENGTH) {
    let end = MAX_MARKDOWN_LENGTH;
    if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    text = text.slice(0, end);
    cut = true;
  }
  const blocks = parseBlocks(text.replace(/\r\n?/g, "\n").split("\n"), 0);
  if (cut) blocks.push({ type: "paragraph", children: [{ type: "text", text: "…" }] });
  return blocks;
}

const QUOTE = /^ {0,3}>/;
const ITEM = /^ {0,3}([-+*]|\d{1,9}[.)])(?:[ \t]+|$)(.*)$/;

function parseBlocks(lines: string[], depth: number): MdBlock[] {
  const out: MdBlock[] = [];
  let para: string[] = [];
  // Cast so the closure's assignments are not narrowed away.
  let list = null as { ordered: boolean; start: number; items: string[][] } | null;
  const flush = (): void => {
    if (para.length) out.push({ type: "paragraph", children: parseInline(para.join("\n")) });
    para = [];
    if (list) out.push({ type: "list", ordered: list.ordered, start: list.start, items: list.items.map((l) => parseInline(l.join("\n"))) });
    list = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      flush();
      i++;
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && QUOTE.test(line)) {
      flush();
      const inner: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]); i++) inner.push(lines[i].replace(/^ {0,3}> ?/, ""));
      const children = parseBlocks(inner, depth + 1);
      if (children.length) out.push({ type: "quote", children });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      if (para.length) {
        out.push({ type: "paragraph", children: parseInline(para.join("\n")) });
        para = [];
      }
      const ordered = item[1] >= "0" && item[1] <= "9";
      if (list && list.ordered === ordered) list.items.push([item[2].trim()]);
      else {
        flush();
        list = { ordered, start: ordered ? Number.parseInt(item[1], 10) : 1, items: [[item[2].trim()]] };
      }
      i++;
      continue;
    }
    // A line after a list item continues that item.
    if (list) list.items.at(-1)?.push(line.trim());
    else para.push(line.trim());
    i++;
  }
  flush();
  return out;
}

type Item =
  | { k: "text"; s: string }
  | { k: "node"; n: MdInline; h: number }
  | { k: "delim"; ch: "*" | "_"; n: number; open: boolean; close: boolean }
  | { k: "bracket"; active: boolean };

const PUNCT = /[!-/:-@[-`{-~\p{P}\p{S}]/u;
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && PUNCT.test(c);
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** Parses one paragraph's inline content. */
export function parseInline(s: string): MdInline[] {
  const items: Item[] = [];
  const brackets: number[] = [];
  // Backtick run lengths with no closing run at or after the recorded position: later searches skip them (keeps the scan linear).
  const noCloser = new Map<number, number>();
  let buf = "";
  const text = (t: string): void => {
    buf += t;
  };
  const push = (item: Item): void => {
    if (buf) items.push({ k: "text", s: buf });
    buf = "";
    items.push(item);
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length && ASCII_PUNCT.test(s[i + 1])) {
      text(s[i + 1]);
      i += 2;
    } else if (c === "`") {
      let n = 1;
      while (s[i + n] === "`") n++;
      const close = (noCloser.get(n) ?? Infinity) <= i ? -1 : findRun(s, i + n, n);
      if (close < 0) {
        noCloser.set(n, i);
        text("`".repeat(n));
        i += n;
      } else {
        let body = s.slice(i + n, close).replace(/\n/g, " ");
        if (body.length > 2 && body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "") body = body.slice(1, -1);
        push({ k: "node", n: { type: "code", text: body }, h: 1 });
        i = close + n;
      }
    } else if (c === "*" || c === "_") {
      let n = 1;
      while (s[i + n] === c) n++;
      const before = s[i - 1];
      const after = s[i + n];
      const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      const open = c === "*" ? left : left && (!right || isPunct(before));
      const close = c === "*" ? right : right && (!left || isPunct(after));
      push({ k: "delim", ch: c, n, open, close });
      i += n;
    } else if (c === "[") {
      push({ k: "bracket", active: true });
      brackets.push(items.length - 1);
      i++;
    } else if (c === "]" && brackets.length > 0) {
      const at = brackets.pop() as number;
      const dest = s[i + 1] === "(" ? linkDestination(s, i + 2) : null;
      const opener = items[at] as { k: "bracket"; active: boolean };
      if (!dest || !opener.active) {
        text("]");
        i++;
        continue;
      }
      if (buf) items.push({ k: "text", s: buf });
      buf = "";
      const label = items.splice(at + 1);
      items.pop();
      const children = finish(label);
      const safe = safeHref(dest.href);
      const h = 1 + Math.max(0, ...label.map(height));
      if (safe && h <= MAX_INLINE_DEPTH && children.length > 0) {
        items.push({ k: "node", n: { type: "link", href: safe.href, internal: safe.internal, children }, h });
        // Links do not nest: earlier brackets can no longer open one.
        for (const b of brackets) (items[b] as { active: boolean }).active = false;
      } else {
        // Anything but a safe target is shown as the text it is.
        items.push({ k: "text", s: "[" }, ...children.map((n): Item => ({ k: "node", n, h: 1 + nodeHeight(n) })), { k: "text", s: `](${dest.href})` });
      }
      i = dest.end;
    } else {
      text(c);
      i++;
    }
  }
  if (buf) items.push({ k: "text", s: buf });
  return finish(items);
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(s: string, from: number, n: number): number {
  let i = s.indexOf("`", from);
  while (i >= 0) {
    let m = 1;
    while (s[i + m] === "`") m++;
    if (m === n) return i;
    i = s.indexOf("`", i + m);
  }
  return -1;
}

/** A link destination after "](": up to ")" with no spaces or parentheses. */
function linkDestination(s: string, from: number): { href: string; end: number } | null {
  let i = from;
  while (i < s.length && i - from <= MAX_HREF_LENGTH) {
    const c = s[i];
    if (c === ")") return { href: s.slice(from, i), end: i + 1 };
    if (c === "(" || /\s/.test(c)) return null;
    i++;
  }
  return null;
}

function nodeHeight(n: MdInline): number {
  return n.type === "text" || n.type === "code" ? 0 : 1 + Math.max(0, ...n.children.map(nodeHeight));
}

const height = (it: Item): number => (it.k === "node" ? it.h : 0);

/** Resolves emphasis over the items, then flattens them to nodes (unused markers become text). */
function finish(items: Item[]): MdInline[] {
  processEmphasis(items);
  const out: MdInline[] = [];
  for (const it of items) {
    const node: MdInline | null =
      it.k === "text" ? { type: "text", text: it.s } : it.k === "node" ? it.n : it.k === "delim" ? (it.n > 0 ? { type: "text", text: it.ch.repeat(it.n) } : null) : { type: "text", text: "[" };
    if (!node) continue;
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text") last.text += node.text;
    else if (node.type !== "text" || node.text !== "") out.push(node.type === "text" ? { type: "text", text: node.text } : node);
  }
  return out;
}

/** CommonMark's delimiter matching, simplified: ** → strong, * or _ → em, nesting depth bounded. */
function processEmphasis(items: Item[]): void {
  // Below this index no opener for that character exists (a failed search is not repeated).
  const bottom: Record<string, number> = { "*": -1, _: -1 };
  let c = 0;
  while (c < items.length) {
    const closer = items[c];
    if (closer.k !== "delim" || !closer.close || closer.n === 0) {
      c++;
      continue;
    }
    let o = c - 1;
    for (; o > bottom[closer.ch]; o--) {
      const it = items[o];
      if (it.k === "delim" && it.ch === closer.ch && it.open && it.n > 0) break;
    }
    if (o <= bottom[closer.ch]) {
      bottom[closer.ch] = c - 1;
      if (!closer.open) closer.close = false;
      c++;
      continue;
    }
    const opener = items[o] as Extract<Item, { k: "delim" }>;
    const inner = items.slice(o + 1, c);
    const h = 1 + Math.max(0, ...inner.map(height));
    if (h > MAX_INLINE_DEPTH) {
      closer.close = false;
      c++;
      continue;
    }
    const use = opener.n >= 2 && closer.n >= 2 ? 2 : 1;
    const children = finish(inner);
    const node: MdInline = use === 2 ? { type: "strong", children } : { type: "em", children };
    opener.n -= use;
    closer.n -= use;
    items.splice(o + 1, c - o - 1, { k: "node", n: node, h });
    c = o + 2;
    // Items after o moved; the opener itself may still have markers left, so searches must reach it again.
    for (const k of Object.keys(bottom)) bottom[k] = Math.min(bottom[k], o - 1);
  }
}
