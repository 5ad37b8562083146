import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_LENGTH, parseInline, parseMarkdown, safeHref, type MdBlock, type MdInline } from "./markdown";
import { escapeMarkdown, markdownToText, plainText } from "./markdown-out";

const text = (t: string): MdInline => ({ type: "text", text: t });
const strong = (...children: MdInline[]): MdInline => ({ type: "strong", children });
const em = (...children: MdInline[]): MdInline => ({ type: "em", children });
const code = (t: string): MdInline => ({ type: "code", text: t });
const link = (href: string, ...children: MdInline[]): MdInline => ({ type: "link", href, internal: !/^[a-z]+:/i.test(href), children });
const para = (...children: MdInline[]): MdBlock => ({ type: "paragraph", children });

/** Every link anywhere in a tree. */
function links(blocks: readonly MdBlock[]): string[] {
  const inl = (nodes: readonly MdInline[]): string[] => nodes.flatMap((n) => (n.type === "link" ? [n.href, ...inl(n.children)] : n.type === "strong" || n.type === "em" ? inl(n.children) : []));
  return blocks.flatMap((b) => (b.type === "paragraph" ? inl(b.children) : b.type === "quote" ? links(b.children) : b.items.flatMap(inl)));
}

/** Depth of the deepest inline node. */
function depth(blocks: readonly MdBlock[]): number {
  const inl = (n: MdInline): number => (n.type === "text" || n.type === "code" ? 0 : 1 + Math.max(0, ...n.children.map(inl)));
  return Math.max(0, ...blocks.map((b) => (b.type === "paragraph" ? Math.max(0, ...b.children.map(inl)) : b.type === "quote" ? 1 + depth(b.children) : Math.max(0, ...b.items.flat().map(inl)))));
}

describe("inline markup", () => {
  it.each<[string, MdInline[]]>([
    ["plain text", [text("plain text")]],
    ["**bold** and *italic* and _also_", [strong(text("bold")), text(" and "), em(text("italic")), text(" and "), em(text("also"))]],
    ["**bold *nested* bold**", [strong(text("bold "), em(text("nested")), text(" bold"))]],
    ["*a **b** c*", [em(text("a "), strong(text("b")), text(" c"))]],
    ["***both***", [em(strong(text("both")))]],
    ["**unclosed", [text("**unclosed")]],
    ["**a*", [text("*"), em(text("a"))]],
    ["snake_case_name stays", [text("snake_case_name stays")]],
    ["2 * 3 * 4", [text("2 * 3 * 4")]],
    ["`code *not* **bold**`", [code("code *not* **bold**")]],
    ["`` a ` b ``", [code("a ` b")]],
    ["`unclosed", [text("`unclosed")]],
    ["\\*escaped\\* \\[x\\]", [text("*escaped* [x]")]],
    ["[a link](https://example.com/x?y=1)", [link("https://example.com/x?y=1", text("a link"))]],
    ["[**bold** link](/timeline?f=principal:alex.miller)", [link("/timeline?f=principal:alex.miller", strong(text("bold")), text(" link"))]],
    ["[mail](mailto:soc@example.com)", [link("mailto:soc@example.com", text("mail"))]],
    ["[step](?step=exfil) [top](#top)", [link("?step=exfil", text("step")), text(" "), link("#top", text("top"))]],
    ["[outer [inner](https://a.b) x](https://c.d)", [text("[outer "), link("https://a.b", text("inner")), text(" x](https://c.d)")]],
    ["[no target] [empty]()", [text("[no target] [empty]()")]],
    ["a\nb", [text("a\nb")]],
  ])("%j", (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });
});

describe("blocks", () => {
  it.each<[string, MdBlock[]]>([
    ["one\n\ntwo", [para(text("one")), para(text("two"))]],
    ["line one\nline two", [para(text("line one\nline two"))]],
    ["- a\n- *b*\n* c", [{ type: "list", ordered: false, start: 1, items: [[text("a")], [em(text("b"))], [text("c")]] }]],
    ["3. three\n4) four\ncontinued", [{ type: "list", ordered: true, start: 3, items: [[text("three")], [text("four\ncontinued")]] }]],
    ["intro\n- item", [para(text("intro")), { type: "list", ordered: false, start: 1, items: [[text("item")]] }]],
    ["- a\n1. b", [{ type: "list", ordered: false, start: 1, items: [[text("a")]] }, { type: "list", ordered: true, start: 1, items: [[text("b")]] }]],
    ['**Backdoor Detection:**\n> "quoted"', [para(strong(text("Backdoor Detection:"))), { type: "quote", children: [para(text('"quoted"'))] }]],
    ["> a\n>\n> - b\n> > c", [{ type: "quote", children: [para(text("a")), { type: "list", ordered: false, start: 1, items: [[text("b")]] }, { type: "quote", children: [para(text("c"))] }] }]],
    ["# not a heading\n---", [para(text("# not a heading\n---"))]],
    ["", []],
    ["\r\n\r\nwindows\r\nlines\r\n", [para(text("windows\nlines"))]],
  ])("%j", (source, expected) => {
    expect(parseMarkdown(source)).toEqual(expected);
  });
});

describe("hostile input stays text", () => {
  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert`1`)",
    "[click](javascript&#58;alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](vbscript:msgbox)",
    "[click](data:text/html;base64,PHNjcmlwdD4=)",
    "[click](//evil.example/path)",
    "[click](/\\evil.example)",
    "[click](https://evil.example\\@good.example)",
    "[click](http://)",
    "[click](mailto:nobody)",
    "[click](file:///etc/passwd)",
    "[click](https:\tevil.example)",
    "<a href=\"javascript:alert(1)\">x</a>",
  ])("%j is text, with no link", (source) => {
    const tree = parseMarkdown(source);
    expect(links(tree)).toEqual([]);
    expect(markdownToText(tree)).toBe(source);
  });

  it("renders an image as a link at most (never an image), to an allowed target", () => {
    expect(parseMarkdown("![image](https://tracker.example/pixel.gif)")).toEqual([para(text("!"), link("https://tracker.example/pixel.gif", text("image")))]);
  });

  it("keeps HTML entities as the characters written (no decoding)", () => {
    expect(plainText("&lt;script&gt; &#x3C;b&#x3E; &amp;")).toBe("&lt;script&gt; &#x3C;b&#x3E; &amp;");
  });

  it("bounds the nesting of emphasis", () => {
    for (const source of ["*_".repeat(500) + "x" + "_*".repeat(500), "*".repeat(200) + "x" + "*".repeat(200), "[".repeat(300) + "x" + "](https://a.b)".repeat(300), "> ".repeat(500) + "deep"]) {
      expect(depth(parseMarkdown(source))).toBeLessThanOrEqual(6);
    }
  });

  it.each([
    ["a megabyte of text", "word ".repeat(200_000)],
    ["unclosed openers", "*".repeat(100_000)],
    ["unclosed brackets", "[".repeat(100_000)],
    ["backtick runs of every length", Array.from({ length: 300 }, (_, i) => "`".repeat(i + 1) + "x").join(" ")],
    ["link starts without ends", "[a](".repeat(30_000)],
    ["alternating markers", "*a _b ".repeat(30_000)],
  ])("parses %s and cuts it at the limit", (_, source) => {
    const out = markdownToText(parseMarkdown(source));
    // The cut text, then a paragraph of its own with "…".
    expect(out.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH + 3);
    if (source.length > MAX_MARKDOWN_LENGTH) expect(out.endsWith("…")).toBe(true);
  });

  it("replaces NUL characters", () => {
    expect(plainText("a\u0000b")).toBe("a\uFFFDb");
  });
});

describe("safeHref", () => {
  it.each<[string, { href: string; internal: boolean } | null]>([
    ["https://example.com", { href: "https://example.com", internal: false }],
    ["HTTP://EXAMPLE.COM/a", { href: "HTTP://EXAMPLE.COM/a", internal: false }],
    ["mailto:soc@example.com", { href: "mailto:soc@example.com", internal: false }],
    ["/users?principal=alex.miller", { href: "/users?principal=alex.miller", internal: true }],
    ["?step=2", { href: "?step=2", internal: true }],
    ["#evidence", { href: "#evidence", internal: true }],
    ["javascript:alert(1)", null],
    [" https://example.com", null],
    ["https://exa mple.com", null],
    ["//example.com", null],
    ["/\\example.com", null],
    ['https://example.com/"onmouseover="x', null],
    ["timeline", null],
    ["ftp://example.com", null],
    ["", null],
    [`https://example.com/${"a".repeat(3000)}`, null],
  ])("%j", (href, expected) => {
    expect(safeHref(href)).toEqual(expected);
  });
});

describe("escapeMarkdown", () => {
  it("makes any single-line text read as itself", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme-ascii", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 })), (s) => {
        expect(plainText(escapeMarkdown(s))).toBe(s.replace(/\r\n?|\n/g, " ").trim());
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["**[x](javascript:alert(1))**", "\\*\\*\\[x\\](javascript:alert(1))\\*\\*"],
    ["<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"],
    ["- item", "\\- item"],
    ["1. first", "1\\. first"],
    ["# title", "\\# title"],
    ["a | b", "a \\| b"],
    ["two\nlines", "two lines"],
    ["alex.miller", "alex.miller"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
