"use client";
/**
 * Resolves a story for a report. With data loaded, the engine resolves it in
 * its worker (where the data is: `resolveStory`, served by the story-mode
 * engine methods); with nothing loaded, it is resolved here against an empty
 * table, so the report says plainly that no data was loaded.
 */
import type { ResolvedStory } from "../../lib/story/resolve";
import type { Story } from "../../lib/story/schema";
import type { EngineClient } from "../../lib/worker/client";

const isResolved = (v: unknown): v is ResolvedStory =>
  typeof v === "object" && v !== null && Array.isArray((v as { steps?: unknown }).steps) && typeof (v as { story?: unknown }).story === "object";

/** The resolved story; rejects with a readable error when the engine cannot resolve it. */
export async function resolveForReport(story: Story, client: EngineClient | null, loadedEvents: number): Promise<ResolvedStory> {
  if (loadedEvents > 0) {
    if (!client) throw new Error("the engine is not ready yet");
    // Typed loosely: the method is declared in lib/worker/protocol.ts by the story-mode work.
    const call = client.call.bind(client) as unknown as (method: string, params: unknown) => Promise<unknown>;
    const reply = await call("resolveStory", { story });
    const resolved = isResolved(reply) ? reply : (reply as { resolved?: unknown } | null)?.resolved;
    if (!isResolved(resolved)) throw new Error("the engine answered with something that is not a resolved story");
    return resolved;
  }
  const [{ resolveStory }, { EventTable }] = await Promise.all([import("../../lib/story/resolve"), import("../../lib/index/table")]);
  return resolveStory(story, { table: new EventTable(), readRecord: () => Promise.reject(new Error("no data is loaded")) });
}
