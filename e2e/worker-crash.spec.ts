/**
 * The engine worker dies mid-job. There is no crash switch in the app: the test makes the worker
 * itself throw an uncaught error through Playwright's access to the page's workers, which is what
 * a bug (or a failed allocation) in the worker looks like from the page.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { DEMO_JSONL } from "./paths";

/** Throws an uncaught error inside the engine worker (the page's first worker). */
async function crashEngine(page: Page): Promise<void> {
  const engine = page.workers()[0];
  if (!engine) throw new Error("the engine worker is not running");
  await engine.evaluate(() => {
    setTimeout(() => {
      throw new RangeError("simulated crash: Array buffer allocation failed");
    });
  });
}

test("a crashed engine is announced, never leaves a spinner, and 'Reload the data' brings the stored data back", async ({ page }, testInfo) => {
  const expected = readExpectations().demo;
  const ui = loadPage(page);
  const banner = page.getByRole("alert", { name: "Engine stopped" });
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();
  await ui.chooseFiles.setInputFiles(DEMO_JSONL);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`);
  await expect(page.getByRole("region", { name: "Local storage" })).toContainText("Stored locally");

  // A long job is running when the engine dies.
  await ui.size.selectOption({ label: "2,000,000 events" });
  await ui.generate.click();
  await expect(ui.progress).toBeVisible();
  await crashEngine(page);

  await expect(banner).toBeVisible();
  await expect(banner).toContainText("The analysis engine stopped: the engine hit an error it could not recover from");
  await expect(banner).toContainText("simulated crash");
  await expect(banner).toContainText("your notes and stories are kept");
  await expect(ui.progress).toHaveCount(0);
  await expect(ui.header).toContainText("No dataset loaded");
  await page.screenshot({ path: testInfo.outputPath("engine-stopped.png"), fullPage: true });

  // Other views do not wait forever either.
  await page.getByRole("link", { name: "Timeline" }).first().click();
  await expect(banner).toBeVisible();

  await banner.getByRole("button", { name: "Reload the data" }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole("link", { name: "Load" }).first().click();
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`);
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toBeVisible();
});
