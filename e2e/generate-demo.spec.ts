import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";

test("generating the demo reaches ready with its events, 2026-01-01…2026-01-14 and a file report", async ({ page }, testInfo) => {
  const expected = readExpectations().demo;
  const ui = loadPage(page);
  await page.goto("/");
  await ui.generate.click();

  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`, { timeout: 60_000 });
  await expect(ui.dataset.getByText(/2026-01-01 \d\d:\d\d:\d\d → 2026-01-14 \d\d:\d\d:\d\d/)).toBeVisible();
  await expect(ui.header).toContainText("FakeTShirtCo demo");
  await expect(ui.header).toContainText(`${formatCount(expected.events)} events`);
  await expect(ui.dataset).toContainText("123456789012");
  await expect(ui.dataset).toContainText("us-east-1");
  await expect(ui.report.getByRole("row")).toHaveCount(2); // header + the generated file
  await expect(ui.report).toContainText(formatCount(expected.events));
  await expect(ui.alert).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("demo-ready.png"), fullPage: true });
});

test("a large demo shows progress and can be cancelled without an error", async ({ page }) => {
  const ui = loadPage(page);
  await page.goto("/");
  await ui.size.selectOption({ label: "1,000,000 events" });
  await ui.generate.click();

  await expect(ui.progress).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress" })).toContainText("events/s");
  await ui.cancel.click();
  await expect(page.getByRole("status").filter({ hasText: "Cancelled" })).toBeVisible();
  await expect(ui.progress).toHaveCount(0);
  await expect(ui.alert).toHaveCount(0);
  // The engine is usable again after the cancel.
  await expect(ui.generate).toBeEnabled();
});
