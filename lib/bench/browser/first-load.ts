/**
 * First-load JavaScript: every script the load page and its engine worker fetch until the network is quiet, gzipped
 * as a server would send it. A chunk both load counts once: /_next/static is served immutable, so the worker's copy
 * comes from the cache the page filled.
 */
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "@playwright/test";

/** Gzip kB of the JS the first visit of `/` loads (the page's chunks and the engine worker's). */
export async function firstLoadJsKb(context: BrowserContext, url: string): Promise<{ kb: number; files: number }> {
  const page = await context.newPage();
  const bodies = new Map<string, Promise<number>>();
  page.on("response", (res) => {
    const type = res.request().resourceType();
    const path = new URL(res.url()).pathname;
    if ((type === "script" || path.endsWith(".js")) && !bodies.has(res.url())) bodies.set(res.url(), res.body().then((b) => gzipSync(b).byteLength, () => 0));
  });
  await page.goto(url + "/", { waitUntil: "networkidle" });
  const sizes = await Promise.all(bodies.values());
  await page.close();
  return { kb: Math.round((sizes.reduce((a, b) => a + b, 0) / 1024) * 10) / 10, files: sizes.length };
}
