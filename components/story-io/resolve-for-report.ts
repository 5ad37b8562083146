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

/** The resolved story; rejects with a readable error when the engine cannot resolve it. */
export async function resolveForReport(story: Story, client: EngineClient | null, loadedEvents: number): Promise<ResolvedStory> {
  if (loadedEvents > 0) {
    if (!client) throw new Error("the engine is not ready yet");
    return client.call("resolveStory", { story });
  }
  const [{ resolveStory }, { EventTable }] = await Promise.all([import("../../lib/story/resolve"), import("../../lib/index/table")]);
  return resolveStory(story, { table: new EventTable(), readRecord: () => Promise.reject(new Error("no data is loaded")) });
}
