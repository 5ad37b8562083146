import path from "node:path";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { DEMO_JSONL } from "./paths";

test("loaded files survive a reload, and 'Forget this data' deletes the stored copy", async ({ page }, testInfo) => {
  const expected = readExpectations().demo;
  const ui = loadPage(page);
  const storage = page.getByRole("region", { name: "Local storage" });
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();

  await ui.chooseFiles.setInputFiles(DEMO_JSONL);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`);
  await expect(storage).toContainText(/Stored locally, [\d.]+ MB: a reload of this page loads it again\./);

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Restored from this browser's storage: aws_cloudtrail.log." })).toBeVisible();
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`);
  await expect(ui.header).toContainText(path.basename(DEMO_JSONL));
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toContainText(formatCount(expected.events));
  await page.screenshot({ path: testInfo.outputPath("restored.png"), fullPage: true });

  // The rows were read from the stored copy, so forgetting it clears them too, and says so.
  await storage.getByRole("button", { name: "Forget this data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stored copy deleted. The dataset was cleared too" })).toBeVisible();
  await expect(storage).toContainText("Nothing stored in this browser.");
  await expect(ui.ready).toHaveCount(0);
  await page.reload();
  await expect(ui.generate).toBeEnabled();
  await expect(storage).toContainText("Nothing stored in this browser.");
  await expect(ui.header).toContainText("No dataset loaded");
});

test("a generated demo is stored as its settings and regenerated on reload; Clear forgets it", async ({ page }) => {
  const ui = loadPage(page);
  const storage = page.getByRole("region", { name: "Local storage" });
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();
  await ui.generate.click();
  await expect(ui.ready).toBeVisible();
  const ready = await ui.ready.textContent();
  await expect(storage).toContainText("Stored locally, 0 B (demo settings only)");

  await page.reload();
  await expect(ui.ready).toHaveText(ready!);
  await expect(ui.header).toContainText("FakeTShirtCo demo");

  // Forgetting keeps data that was not read from the stored copy: a fresh demo.
  await ui.clear.click();
  await expect(page.getByRole("status").filter({ hasText: "Dataset cleared." })).toBeVisible();
  await expect(storage).toContainText("Nothing stored in this browser.");
  await ui.generate.click();
  await expect(ui.ready).toHaveText(ready!);
  await storage.getByRole("button", { name: "Forget this data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stored copy deleted. The data stays loaded in this tab" })).toBeVisible();
  await expect(ui.ready).toHaveText(ready!);
  await page.reload();
  await expect(ui.generate).toBeEnabled();
  await expect(ui.header).toContainText("No dataset loaded");
});
