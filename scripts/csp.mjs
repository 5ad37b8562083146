#!/usr/bin/env node
// Post-build step of `npm run build`: gives every exported HTML page a strict
// Content-Security-Policy. A static export cannot use nonces (there is no
// server to mint one per response), so the inline scripts Next writes into
// each page (its RSC payload and bootstrap) are allowed by their SHA-256
// hashes, and nothing else inline runs. The policy goes into each page as a
// <meta http-equiv> (works on any static host) and into DIR/_headers (the
// Netlify / Cloudflare Pages format) for servers that send headers — ours,
// scripts/serve-static.mjs, does — because frame-ancestors only works as a
// header. Usage: node scripts/csp.mjs DIR   (idempotent: re-running replaces the meta).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const META_RE = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** The policy for a page whose inline scripts and styles have these hash sources. */
export function pagePolicy({ scripts = [], styles = [], styleAttrs = [] }, { header = false } = {}) {
  const styleSrc = ["'self'", ...styles];
  // Next's built-in 404 page writes style="" attributes; hashes of attributes need 'unsafe-hashes'.
  if (styleAttrs.length) styleSrc.push("'unsafe-hashes'", ...styleAttrs);
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    "style-src " + styleSrc.join(" "),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  // Browsers ignore (and warn about) frame-ancestors in a <meta>: header only.
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

/** The policy sent with scripts and other assets: it governs the web workers (a worker's CSP comes from its script's response). */
export const ASSET_POLICY = pagePolicy({}, { header: true });

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const unique = (xs) => [...new Set(xs)];

/** Hash sources of a page's inline <script> blocks, <style> blocks and style attributes. */
export function inlineHashes(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? "";
    if (/\ssrc=/.test(attrs) || m[2] === "") continue;
    scripts.push(sha256(m[2]));
  }
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  // Attribute values are hashed as the browser sees them: after entity decoding.
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const styleAttrs = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(decode(m[1])));
  return { scripts: unique(scripts), styles: unique(styles), styleAttrs: unique(styleAttrs) };
}

/** The page with its CSP meta at the top of <head> (after the charset, before any script it governs). */
export function withMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const stripped = html.replace(META_RE, "");
  const head = /<head(\s[^>]*)?>(<meta charSet="utf-8"\/>)?/i.exec(stripped);
  if (!head) throw new Error("no <head> in the page");
  const at = head.index + head[0].length;
  return stripped.slice(0, at) + meta + stripped.slice(at);
}

async function htmlFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".html")) out.push(path.join(e.parentPath ?? e.path, e.name));
  }
  return out.sort();
}

/** URL paths a page is served at: /x.html and /x (index.html also as its folder). */
function urlPaths(rel) {
  const p = "/" + rel.split(path.sep).join("/");
  if (p.endsWith("/index.html")) return unique([p, p.slice(0, -"index.html".length), p.slice(0, -"/index.html".length) || "/"]);
  return [p, p.slice(0, -".html".length)];
}

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/csp.mjs DIR");
    process.exit(2);
  }
  const root = path.resolve(dir);
  const files = await htmlFiles(root);
  if (files.length === 0) throw new Error(`no HTML files in ${root} (run next build first)`);
  const rules = [["/_next/*", ASSET_POLICY]];
  for (const file of files) {
    const html = (await readFile(file, "utf8")).replace(META_RE, "");
    const hashes = inlineHashes(html);
    await writeFile(file, withMeta(html, pagePolicy(hashes)));
    for (const url of urlPaths(path.relative(root, file))) rules.push([url, pagePolicy(hashes, { header: true })]);
  }
  const headers = rules.map(([url, policy]) => `${url}\n  Content-Security-Policy: ${policy}\n`).join("");
  await writeFile(path.join(root, "_headers"), headers);
  console.log(`csp: ${files.length} pages given a Content-Security-Policy; ${rules.length} rules in ${path.join(dir, "_headers")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`csp: ${e.message}`);
    process.exit(1);
  });
}
