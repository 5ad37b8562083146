/**
 * The app keeps a copy of what was loaded (the files, or a demo's settings) in the origin-private file
 * system and reads it back on the next visit. It is written in the background after a load, so a spec
 * that reloads waits for it first: then the reload deterministically brings the same data back.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Waits until the stored copy's manifest lists at least one load. */
export async function waitForStoredCopy(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          try {
            const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("trailscope-dataset");
            const manifest = await (await dir.getFileHandle("manifest.json")).getFile();
            return /"kind"/.test(await manifest.text());
          } catch {
            return false;
          }
        }),
      { timeout: 30_000, message: "the loaded data's copy is stored in the browser" },
    )
    .toBe(true);
}
