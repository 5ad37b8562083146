import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown";
import { escapeHtml, markdownToHtml, markdownToMarkdown, markdownToText } from "./markdown-out";

/** Text made of Markdown's markers and a few words: the shapes that trip serialisers. */
const markdownish = fc
  .array(fc.constantFrom("*", "**", "_", "`", "[", "]", "](", "https://a.b/c", "/timeline", "javascript:x", ")", "(", "a", "bc", " ", "\n", "\n\n", "> ", "- ", "1. ", "<b>", "&amp;", "\\"), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("markdownToHtml", () => {
  it.each<[string, string]>([
    ["**bold** *it* `x<y`", "<p><strong>bold</strong> <em>it</em> <code>x&lt;y</code></p>"],
    ["[out](https://example.com/?a=1&b=2)", '<p><a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer">out</a></p>'],
    ["[in-app](/users?principal=alex.miller)", "<p>in-app</p>"],
    ["- a\n- b", "<ul><li>a</li><li>b</li></ul>"],
    ["2. a\n3. b", '<ol start="2"><li>a</li><li>b</li></ol>'],
    ['> "quoted"', "<blockquote><p>&quot;quoted&quot;</p></blockquote>"],
    ["<script>alert('x')</script>", "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>"],
    ['"><img src=x onerror=alert(1)>', "<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>"],
    ["[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"],
  ])("%j", (source, html) => {
    expect(markdownToHtml(parseMarkdown(source))).toBe(html);
  });

  it("keeps in-app links when asked", () => {
    expect(markdownToHtml(parseMarkdown("[in](/users)"), { internalLinks: "keep" })).toBe('<p><a href="/users" rel="noopener noreferrer">in</a></p>');
  });

  it("never produces a tag other than the subset's, or an attribute other than href/rel/start", () => {
    fc.assert(
      fc.property(markdownish, (s) => {
        const html = markdownToHtml(parseMarkdown(s), { internalLinks: "keep" });
        for (const m of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
          expect(["p", "ul", "ol", "li", "blockquote", "strong", "em", "code", "a"]).toContain(m[1]);
          expect(m[2].replace(/\s(href|rel|start)="[^"<>]*"/g, "")).toBe("");
        }
        expect(html).not.toMatch(/href="(?!https?:|mailto:|\/(?![/\\])|\?|#)/);
      }),
      { numRuns: 500 },
    );
  });
});

/** Realistic Markdown: words, emphasis around words and phrases, code, links, lists and quotes. */
const realistic = fc.letrec((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("word", "alex.miller", "svc-datasync", "01:00–05:00", "<b>", "&amp;", "a|b", "snake_case", "2*3", "#1", "(x)"),
    fc.constantFrom("`code`", "`a*b`", "[seed](https://example.com/a?b=1)", "[view](/timeline?f=principal:alex.miller)", "[x](javascript:alert(1))"),
    // Emphasis around a phrase that starts and ends with words, as people write it.
    tie("phrase").map((p) => `**the ${p} word**`),
    tie("phrase").map((p) => `*a ${p} here*`),
  ),
  phrase: fc.array(tie("inline"), { minLength: 1, maxLength: 4 }).map((parts) => (parts as string[]).join(" ")),
  block: fc.oneof(
    tie("phrase"),
    fc.array(tie("phrase"), { minLength: 1, maxLength: 3 }).map((items) => (items as string[]).map((i) => `- ${i}`).join("\n")),
    fc.array(tie("phrase"), { minLength: 1, maxLength: 3 }).map((items) => (items as string[]).map((i, n) => `${n + 1}. ${i}`).join("\n")),
    tie("phrase").map((p) => `> ${p}`),
  ),
})).block;

const hrefs = (s: string): string[] => [...markdownToHtml(parseMarkdown(s), { internalLinks: "keep" }).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe("markdownToMarkdown", () => {
  // Arbitrary marker soup ("******x*** y***") need not come back as the same tree, but it stays safe (see the next test).
  it("writes realistic Markdown so that it parses back to the same tree", () => {
    fc.assert(
      fc.property(fc.array(realistic, { minLength: 1, maxLength: 4 }), (blocks) => {
        const tree = parseMarkdown(blocks.join("\n\n"));
        expect(parseMarkdown(markdownToMarkdown(tree))).toEqual(tree);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the links of any input, and adds none", () => {
    fc.assert(
      fc.property(markdownish, (s) => {
        expect(hrefs(markdownToMarkdown(parseMarkdown(s)))).toEqual(hrefs(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("turns an unsafe link into escaped text", () => {
    expect(markdownToMarkdown(parseMarkdown("[x](javascript:alert(1)) <b>"))).toBe("\\[x\\](javascript:alert(1)) \\<b\\>");
  });
});

describe("markdownToText and escapeHtml", () => {
  it("gives the text of every block", () => {
    expect(markdownToText(parseMarkdown("**A** b\n\n- one\n- [two](https://x.y)\n\n> quote"))).toBe("A b\n\n- one\n- two\n\nquote");
  });

  it.each([
    ["<>&\"'", "&lt;&gt;&amp;&quot;&#39;"],
    ["plain", "plain"],
    [42, "42"],
  ])("escapeHtml(%j)", (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });
});
