#!/usr/bin/env node
// A tiny dependency-free static file server for the exported app (`out/`).
// Usage: node scripts/serve-static.mjs DIR PORT
// Listens on 127.0.0.1 only. Serves DIR/index.html for directories, /path → /path.html
// (Next's static export layout), 404 otherwise. Never serves outside DIR.
// Sends the Content-Security-Policy that `npm run build` (scripts/csp.mjs)
// wrote to DIR/_headers: per page, and for /_next/* (which governs workers).
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
};

const [dirArg, portArg] = process.argv.slice(2);
const port = Number(portArg);
if (!dirArg || !Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error("usage: node scripts/serve-static.mjs DIR PORT");
  process.exit(2);
}
const root = path.resolve(dirArg);
try {
  if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
} catch {
  console.error(`serve-static: ${root} is not a directory (run \`npm run build\` first)`);
  process.exit(2);
}

/** DIR/_headers (Netlify format: a path line, then indented "Name: value" lines) → [[path, {name: value}]]. */
async function loadHeaderRules() {
  let text;
  try {
    text = await readFile(path.join(root, "_headers"), "utf8");
  } catch {
    console.error("serve-static: no _headers in the folder: pages are served without a Content-Security-Policy header");
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else if (rules.length) {
      const at = line.indexOf(":");
      if (at > 0) rules[rules.length - 1][1][line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const headerRules = await loadHeaderRules();

/** Headers of the first rule matching the URL path exactly, else of the longest matching `/prefix/*` rule. */
function headersFor(urlPath) {
  const exact = headerRules.find(([p]) => p === urlPath);
  if (exact) return exact[1];
  let best = null;
  for (const [p, h] of headerRules) {
    if (p.endsWith("*") && urlPath.startsWith(p.slice(0, -1)) && (!best || p.length > best[0].length)) best = [p, h];
  }
  return best ? best[1] : {};
}

async function fileAt(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? { path: p, size: s.size } : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
}

/** Maps a URL path to a file inside root, trying index.html and the .html suffix. */
async function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const target = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const direct = await fileAt(target);
  if (direct && direct !== "dir") return direct;
  if (direct === "dir") {
    const index = await fileAt(path.join(target, "index.html"));
    if (index && index !== "dir") return index;
  }
  const html = await fileAt(target.replace(/\/+$/, "") + ".html");
  return html && html !== "dir" ? html : null;
}

const server = createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  // The headers file is configuration, not content.
  const file = url.pathname === "/_headers" ? null : await resolve(url.pathname);
  if (!file) {
    const notFound = await fileAt(path.join(root, "404.html"));
    const body = notFound && notFound !== "dir" ? notFound : null;
    res.writeHead(404, { ...headersFor("/404.html"), "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", "Referrer-Policy": "no-referrer" });
    if (body && req.method === "GET") createReadStream(body.path).pipe(res);
    else res.end(req.method === "GET" ? "Not found" : undefined);
    return;
  }
  const type = MIME[path.extname(file.path).toLowerCase()] ?? "application/octet-stream";
  const rel = "/" + path.relative(root, file.path).split(path.sep).join("/");
  res.writeHead(200, {
    ...headersFor(url.pathname),
    ...(type.startsWith("text/html") ? headersFor(rel) : {}),
    "Referrer-Policy": "no-referrer",
    "Content-Type": type,
    "Content-Length": file.size,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": url.pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file.path).on("error", () => res.destroy()).pipe(res);
});

server.on("error", (err) => {
  console.error(`serve-static: cannot listen on 127.0.0.1:${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${dirArg} on http://localhost:${port} (127.0.0.1 only)`);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
