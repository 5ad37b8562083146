import { beforeAll, describe, expect, it } from "vitest";
import { makeRecord } from "../cloudtrail/testing/factory";
import { contextOfRecords } from "../search/testing/fixture";
import { EXFIL_STORY, SEED_TALKING_POINTS } from "./builtin/exfil";
import { exportHtml, exportMarkdown } from "./export";
import { parseMarkdown, type MdBlock, type MdInline } from "./markdown";
import { markdownToText } from "./markdown-out";
import { resolveStory, type ResolvedStory } from "./resolve";
import { storySchema } from "./schema";
import { demo } from "./testing/data";

const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><script>alert(1)</script>';
const JS_KEY = "javascript:alert(1)//<svg onload=alert(1)>";
const PIPE = "a | b `c` *d* [e](https://x.example)";
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/** Records whose every displayed field is an attack on the report. */
const HOSTILE = [
  makeRecord({ eventID: "h1", eventTime: "2026-01-12T03:15:00Z", userIdentity: { type: "IAMUser", userName: IMG, arn: "arn:aws:iam::1:user/x", accountId: "1", accessKeyId: "AKIAX" }, sourceIPAddress: `'"><iframe src=javascript:alert(1)>`, requestParameters: { bucketName: BREAKOUT, key: JS_KEY } }),
  makeRecord({ eventID: "h2", eventTime: "2026-01-12T03:16:00Z", eventName: `</td><script>alert(2)</script>`, eventSource: "iam.amazonaws.com", requestParameters: { userName: PIPE, policyArn: `${BREAKOUT}\nsecond line` } }),
];

const HOSTILE_STORY = storySchema.parse({
  version: 1,
  id: "hostile",
  title: `</title><script>alert("t")</script>`,
  description: `<style>body{display:none}</style> [x](javascript:alert(1)) **fine**`,
  steps: [
    {
      id: "one",
      title: `<h1 onclick=alert(1)>Step</h1>`,
      talkingPoint: `Look: <script>alert(3)</script> [click](javascript:alert(4)) [ok](https://example.com/a) [in-app](/users?principal=x) &lt;b&gt;`,
      notes: `</p><script>alert(5)</script>\n- not a list`,
      view: { kind: "search", spl: `eventName="<script>" | stats count` },
      filters: { chips: [{ field: "principal", value: BREAKOUT }], text: IMG },
      evidence: { find: [{ label: `all ${IMG}` }] },
    },
    { id: "two", title: "Empty", view: { kind: "timeline" }, evidence: { find: [{ label: "nothing", chips: [{ field: "eventName", value: "Nope" }], missing: `missing ${BREAKOUT}` }] } },
  ],
});

const ALLOWED_TAGS = new Set(["html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "span", "div", "p", "section", "dl", "dt", "dd", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img", "strong", "em", "code", "a", "blockquote"]);
const ALLOWED_ATTRS = new Set(["lang", "charset", "http-equiv", "content", "name", "class", "id", "scope", "href", "rel", "src", "alt", "start"]);

/** Every tag and attribute of an HTML text (the report's markup is regular: quoted attributes, no comments). */
function markup(html: string): { tags: string[]; attrs: [string, string][] } {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
  const tags: string[] = [];
  const attrs: [string, string][] = [];
  for (const m of body.matchAll(/<\/?([A-Za-z][A-Za-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    tags.push(m[1].toLowerCase());
    for (const a of m[2].matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) attrs.push([a[1].toLowerCase(), a[2] ?? ""]);
  }
  return { tags, attrs };
}

function links(blocks: readonly MdBlock[]): string[] {
  const inl = (nodes: readonly MdInline[]): string[] => nodes.flatMap((n) => (n.type === "link" ? [n.href] : n.type === "strong" || n.type === "em" ? inl(n.children) : []));
  return blocks.flatMap((b) => (b.type === "paragraph" ? inl(b.children) : b.type === "quote" ? links(b.children) : b.items.flatMap(inl)));
}

describe("exporting hostile records and text", () => {
  let resolved: ResolvedStory;
  let html: string;
  let md: string;
  beforeAll(async () => {
    resolved = await resolveStory(HOSTILE_STORY, await contextOfRecords(HOSTILE));
    const images = new Map([["one", PNG], ["two", 'data:image/png;base64,AAAA" onerror="alert(1)']]);
    html = exportHtml(resolved, { images });
    md = exportMarkdown(resolved, { images });
  });

  it("HTML: only the report's own tags and attributes, no script, no handler, no unsafe URL", () => {
    const { tags, attrs } = markup(html);
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(attrs.filter(([a]) => !ALLOWED_ATTRS.has(a))).toEqual([]);
    for (const [a, v] of attrs) {
      if (a === "href") expect(v).toMatch(/^https:\/\/example\.com\/a$/);
      if (a === "src") expect(v).toBe(PNG);
    }
    expect(html).not.toMatch(/<script|<iframe|<svg|<img src=x|javascript:alert\(4\)"/i);
    expect(tags.filter((t) => t === "img")).toHaveLength(1);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it("HTML: every value is shown, escaped", () => {
    for (const text of [
      "&lt;img src=x onerror=alert(1)&gt;",
      "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;/javascript:alert(1)//&lt;svg onload=alert(1)&gt;",
      "&#39;&quot;&gt;&lt;iframe src=javascript:alert(1)&gt;",
      "&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
      "<title>&lt;/title&gt;&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</title>",
      "&lt;h1 onclick=alert(1)&gt;Step&lt;/h1&gt;",
      "[click](javascript:alert(4))",
      "in-app",
      "&amp;lt;b&amp;gt;",
      "missing &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
      "&lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;",
      "principal = &quot;&gt;&lt;script&gt;",
    ]) {
      expect(html).toContain(text);
    }
  });

  it("Markdown: no raw HTML, no unsafe link, every value readable as itself", () => {
    // Code spans are literal text in Markdown; outside them every "<" is escaped.
    expect(md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "")).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('- **Search:** `eventName="<script>" | stats count`');
    expect(links(parseMarkdown(md)).filter((h) => !h.startsWith("/") && h !== "https://example.com/a" && !h.startsWith("https://x.example"))).toEqual([]);
    expect(links(parseMarkdown(md))).not.toContain("https://x.example");
    const text = markdownToText(parseMarkdown(md));
    for (const value of [IMG, BREAKOUT, JS_KEY, "</td><script>alert(2)</script>", PIPE, "[click](javascript:alert(4))"]) expect(text).toContain(value);
    expect(md).toContain(`![Chart of step 1](${PNG})`);
    expect(md).not.toContain("onerror=\"alert(1)\")");
  });

  it("Markdown: a value with | stays in its table cell", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    const cells = (row: string): number => row.split(/(?<!\\)\|/).length - 2;
    expect(rows.length).toBe(4);
    for (const row of rows) expect(cells(row)).toBe(6);
  });
});

describe("exporting the exfil story on the demo", () => {
  let resolved: ResolvedStory;
  beforeAll(async () => {
    resolved = await resolveStory(EXFIL_STORY, await demo());
  });

  it.each([
    ["Markdown", (r: ResolvedStory) => exportMarkdown(r, { generatedAt: Date.UTC(2026, 1, 1, 9, 30) })],
    ["HTML", (r: ResolvedStory) => exportHtml(r, { generatedAt: Date.UTC(2026, 1, 1, 9, 30) })],
  ])("%s has every step, the seed's words and the evidence", (_, write) => {
    const out = write(resolved).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\\/g, "");
    for (const s of EXFIL_STORY.steps) expect(out).toContain(s.title);
    for (const quote of Object.values(SEED_TALKING_POINTS)) expect(out).toContain(quote);
    expect(out).toContain("168 events, 2026-01-11");
    const first = resolved.steps[4].evidence.sample[0];
    expect(out).toContain(new Date(first.time).toISOString().slice(0, 19).replace("T", " "));
    expect(out).toContain(`faketshirtco-financial-reports/${first.objectKey}`);
    expect(out).toContain("…and 118 more events.");
    expect(out).toContain("Generated 2026-02-01 09:30 UTC.");
    expect(out).toContain("Speaker notes:");
  });

  it("leaves the baseline's rows out (context, not evidence) and the notes when asked", () => {
    const md = exportMarkdown(resolved, { notes: false, maxRows: 5 });
    const baseline = md.slice(md.indexOf("## 1."), md.indexOf("## 2."));
    expect(baseline).not.toContain("| Time (UTC)");
    expect(md).not.toContain("Speaker notes:");
    expect(md).toContain("…and 163 more events.");
  });
});
