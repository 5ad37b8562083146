import { formatCount } from "../lib/state/format";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { timelinePage } from "./timeline-page";

test("the table scrolls to the last of a million events, fetching only the rows in view", async ({ page }, testInfo) => {
  // Generating and indexing a million events takes about a minute on two cores; leave room for a busy machine.
  test.setTimeout(420_000);
  const load = loadPage(page);
  await page.goto("/");
  await load.size.selectOption({ label: "1,000,000 events" });
  await load.generate.click();
  await expect(load.ready).toHaveText(/^Ready: [\d,]+ events loaded$/, { timeout: 360_000 });
  const total = Number((await load.ready.textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(900_000);

  const ui = timelinePage(page);
  await ui.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(ui.events).toContainText(`${formatCount(total)} events`, { timeout: 60_000 });
  await expect(ui.rows.first()).toBeVisible();
  // Only the visible window is in the DOM.
  expect(await ui.table.locator("tbody tr").count()).toBeLessThan(120);

  const scroller = ui.table.locator("xpath=..");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = ui.table.locator(`tbody tr[aria-rowindex="${total + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last).not.toHaveAttribute("aria-busy", "true");
  // The oldest event comes last (newest first); it is inside the viewport, not clipped below it.
  const [rowBox, viewBox] = await Promise.all([last.boundingBox(), scroller.boundingBox()]);
  expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(viewBox!.y + viewBox!.height + 1);
  await expect(last.getByRole("gridcell").first()).toHaveText(/^2026-01-01 /);

  // And back to the middle.
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  const middle = Math.round(total / 2);
  await expect(ui.table.locator("tbody tr:not([aria-busy])").filter({ has: page.getByRole("gridcell") }).first()).toBeVisible();
  // A jump draws its rows over two frames (row-budget.ts); once settled, no place is still loading or holding an old row.
  await expect(ui.table.locator("tbody tr[data-stale], tbody tr[aria-busy]")).toHaveCount(0);
  const indexes = await ui.table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("aria-rowindex"))));
  expect(Math.min(...indexes)).toBeGreaterThan(middle - 200);
  expect(Math.max(...indexes)).toBeLessThan(middle + 200);
  expect(indexes).toEqual(indexes.map((_, i) => indexes[0]! + i)); // consecutive, in order
  await page.screenshot({ path: testInfo.outputPath("timeline-million.png") });
  await expect(ui.alert).toHaveCount(0);
});

test("the timeline reads on a 1280 px laptop and a 4K screen, dark and light", async ({ page }, testInfo) => {
  const ui = timelinePage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/timeline");
  await ui.generate.click();
  await expect(ui.bars.first()).toBeVisible({ timeout: 60_000 });
  await ui.rows.first().getByRole("gridcell").first().click();
  await expect(ui.rawJson).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow(), "no sideways scrolling of the page").toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("timeline-1280-dark.png"), fullPage: true });

  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.screenshot({ path: testInfo.outputPath("timeline-1280-light.png"), fullPage: true });

  await page.setViewportSize({ width: 3840, height: 2160 });
  await expect(ui.rawJson).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("timeline-4k-light.png") });
});
