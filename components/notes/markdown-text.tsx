"use client";
/**
 * Short Markdown (a note, a talking point) as React elements: lib/story's safe
 * token tree rendered as text nodes, never as HTML. In-app links go through
 * the router; external ones open with noopener.
 */
import Link from "next/link";
import { useMemo, type ReactNode } from "react";
import { parseMarkdown, type MdBlock, type MdInline } from "../../lib/story/markdown";

function inline(nodes: readonly MdInline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case "text":
        return n.text;
      case "strong":
        return <strong key={i}>{inline(n.children)}</strong>;
      case "em":
        return <em key={i}>{inline(n.children)}</em>;
      case "code":
        return <code key={i}>{n.text}</code>;
      case "link":
        return n.internal ? (
          <Link key={i} href={n.href} prefetch={false}>
            {inline(n.children)}
          </Link>
        ) : (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.children)}
          </a>
        );
    }
  });
}

function blocks(list: readonly MdBlock[]): ReactNode[] {
  return list.map((b, i) => {
    switch (b.type) {
      case "paragraph":
        return <p key={i}>{inline(b.children)}</p>;
      case "quote":
        return <blockquote key={i}>{blocks(b.children)}</blockquote>;
      case "list": {
        const items = b.items.map((item, j) => <li key={j}>{inline(item)}</li>);
        return b.ordered ? (
          <ol key={i} start={b.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
    }
  });
}

/** `text` rendered as safe Markdown. */
export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const tree = useMemo(() => parseMarkdown(text), [text]);
  return <div className={className}>{blocks(tree)}</div>;
}
