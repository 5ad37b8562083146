/**
 * The engine worker's memory, read over the DevTools protocol: Playwright
 * opens CDP sessions for pages only, so a page session auto-attaches to its
 * dedicated workers (non-flat mode) and talks to them through
 * Target.sendMessageToTarget. Runtime.getHeapUsage counts the JS heap and,
 * separately, ArrayBuffer backing stores (where the index's typed arrays live).
 */
import type { BrowserContext, Page } from "@playwright/test";

/** One worker's memory in bytes. */
export interface WorkerMemory {
  url: string;
  heapUsed: number;
  /** ArrayBuffer backing stores (typed arrays); 0 when this Chromium does not report them. */
  backingStore: number;
  embedder: number;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

/** Memory of every dedicated worker the page runs directly (the engine; its parse workers are its own children). */
export async function workerMemory(context: BrowserContext, page: Page): Promise<WorkerMemory[]> {
  const cdp = await context.newCDPSession(page);
  const workers = new Map<string, string>();
  const replies = new Map<string, (m: { result?: HeapUsage; error?: { message: string } }) => void>();
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: HeapUsage; error?: { message: string } };
    if (m.id !== undefined) replies.get(`${e.sessionId}:${m.id}`)?.(m);
  });
  try {
    await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    // Attach events for existing workers arrive just after the command returns.
    for (let i = 0; i < 50 && workers.size === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const out: WorkerMemory[] = [];
    let id = 1;
    for (const [sessionId, url] of workers) {
      const msgId = id++;
      const reply = new Promise<{ result?: HeapUsage; error?: { message: string } }>((resolve) => replies.set(`${sessionId}:${msgId}`, resolve));
      await cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: msgId, method: "Runtime.getHeapUsage", params: {} }) });
      const m = await Promise.race([reply, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
      if (!m?.result) continue;
      out.push({ url, heapUsed: m.result.usedSize, backingStore: m.result.backingStorageSize ?? 0, embedder: m.result.embedderHeapUsedSize ?? 0 });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
