/** First-load JavaScript: every script the load page fetches until the network is quiet, gzipped as a server would send it. */
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "@playwright/test";

/** Gzip kB of the JS the first visit of `/` loads (the page's chunks and the engine worker's). */
export async function firstLoadJsKb(context: BrowserContext, url: string): Promise<{ kb: number; files: number }> {
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on("response", (res) => {
    const type = res.request().resourceType();
    const path = new URL(res.url()).pathname;
    if (type === "script" || path.endsWith(".js")) bodies.push(res.body().then((b) => gzipSync(b).byteLength, () => 0));
  });
  await page.goto(url + "/", { waitUntil: "networkidle" });
  const sizes = await Promise.all(bodies);
  await page.close();
  return { kb: Math.round((sizes.reduce((a, b) => a + b, 0) / 1024) * 10) / 10, files: sizes.length };
}
