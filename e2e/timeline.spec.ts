import type { Page } from "@playwright/test";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { waitForStoredCopy } from "./stored-copy";
import { loadPage } from "./load-page";
import { demoFacts, urlTimeRange } from "./timeline-facts";
import { timelinePage } from "./timeline-page";

/** Generates the demo on the load page and opens the timeline from the header. */
async function openDemoTimeline(page: Page) {
  const expected = readExpectations().demo;
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`, { timeout: 60_000 });
  const ui = timelinePage(page);
  await ui.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(ui.bars.first()).toBeVisible();
  await expect(ui.rows.first()).toBeVisible();
  return ui;
}

/** How the table shows a value. */
function shown(v: string | number): string {
  return v === "" ? "(empty)" : String(v);
}

/** Drags across the middle of the plot, from `from` to `to` (fractions of its width). */
async function brush(page: Page, plot: ReturnType<typeof timelinePage>["plot"], from: number, to: number) {
  const box = await plot.boundingBox();
  if (!box) throw new Error("the chart has no box");
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 5 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
  await page.mouse.up();
}

test("the timeline draws the demo, filters by clicked values, negates, brushes and sorts", async ({ page }, testInfo) => {
  const facts = await demoFacts();
  const ui = await openDemoTimeline(page);
  await expect(ui.header).toContainText(`${formatCount(facts.total)} events`);
  await expect(ui.events).toContainText(`${formatCount(facts.total)} events`);
  await expect(ui.afterFilters).toHaveCount(0);
  // Detections run after the load: their critical/high findings (the Day 8 backdoor, the night reads) mark the chart.
  await expect(page.locator("figure .finding-marker").first()).toBeAttached();
  expect(await page.locator("figure .finding-marker").count()).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath("timeline.png"), fullPage: true });

  // Click a value in the facets: a chip, and the header counts what the engine counts.
  const top = facts.top("principal");
  await ui.facet("Principal").getByRole("button", { name: top.value, exact: true }).click();
  await expect(ui.chip(`Principal = ${top.value}`)).toBeVisible();
  await expect(ui.afterFilters).toHaveText(`${formatCount(top.count)} after filters`);
  await expect(ui.events).toContainText(`${formatCount(top.count)} events`);
  await expect(page).toHaveURL(new RegExp(`f=principal:${top.value.replace(/[.]/g, "\\.")}`));

  // Click a value in the table (the newest row's event name): a second chip, ANDed.
  const clause = { field: "principal", values: [top.value] };
  const eventCell = ui.rows.first().getByRole("gridcell").nth(2);
  const event = { value: (await eventCell.textContent()) ?? "" };
  expect(event.value).toBe(String(facts.firstValue({ clauses: [clause] }, { field: "time", desc: true }, "eventName")));
  const eventCount = facts.count({ clauses: [clause, { field: "eventName", values: [event.value] }] });

  // The table is a grid: the arrow keys move the focus between cells and rows without opening anything.
  await eventCell.focus();
  await page.keyboard.press("ArrowRight");
  await expect(ui.rows.first().getByRole("gridcell").nth(3)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(ui.rows.nth(2).getByRole("gridcell").nth(2)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(eventCell).toBeFocused();
  await expect(ui.detail).toBeHidden();

  await eventCell.click();
  await expect(ui.chip(`Event = ${event.value}`)).toBeVisible();
  await expect(ui.afterFilters).toHaveText(`${formatCount(eventCount)} after filters`);

  // Negate it: the rest of that principal's events.
  await ui.chip(`Event = ${event.value}`).click();
  await expect(ui.chip(`Event ≠ ${event.value}`)).toBeVisible();
  const negated = facts.count({ clauses: [clause, { field: "eventName", values: [event.value], negate: true }] });
  await expect(ui.afterFilters).toHaveText(`${formatCount(negated)} after filters`);
  await page.screenshot({ path: testInfo.outputPath("timeline-chips.png"), fullPage: true });

  // Remove both chips, then brush the chart: a time range chip, and the counts of that range.
  await ui.chips.getByRole("button", { name: `Remove filter Event ≠ ${event.value}` }).click();
  await ui.chips.getByRole("button", { name: `Remove filter Principal = ${top.value}` }).click();
  await expect(ui.afterFilters).toHaveCount(0);
  await brush(page, ui.plot, 0.35, 0.6);
  const timeChip = ui.chips.getByRole("button", { name: /^Time 2026-01-\d\d .* UTC$/ });
  await expect(timeChip).toBeVisible();
  await expect(page).toHaveURL(/from=2026-01-\d\dT.*&to=2026-01-\d\dT/);
  const range = urlTimeRange(page.url());
  expect(range, "the brush wrote the range into the URL").not.toBeNull();
  const inRange = facts.count({ timeRange: range! });
  expect(inRange).toBeGreaterThan(0);
  expect(inRange).toBeLessThan(facts.total);
  await expect(ui.afterFilters).toHaveText(`${formatCount(inRange)} after filters`);
  await page.screenshot({ path: testInfo.outputPath("timeline-brushed.png"), fullPage: true });

  // Sort by a column, in the worker: the first row is the engine's first row in that order.
  const principalHeader = ui.columnHeader("Principal");
  await principalHeader.getByRole("button").click();
  await expect(principalHeader).toHaveAttribute("aria-sort", "ascending");
  const firstAsc = facts.firstValue({ timeRange: range! }, { field: "principal" }, "principal");
  await expect(ui.rows.first().getByRole("gridcell").nth(1)).toHaveText(shown(firstAsc));
  await principalHeader.getByRole("button").click();
  await expect(principalHeader).toHaveAttribute("aria-sort", "descending");
  const firstDesc = facts.firstValue({ timeRange: range! }, { field: "principal", desc: true }, "principal");
  await expect(ui.rows.first().getByRole("gridcell").nth(1)).toHaveText(shown(firstDesc));
  await expect(page).toHaveURL(/sort=-principal/);
  await expect(ui.alert).toHaveCount(0);
});

test("a row opens its details with the raw JSON; a pivot refilters; a reload gives the same view", async ({ page }, testInfo) => {
  const facts = await demoFacts();
  const ui = await openDemoTimeline(page);

  // Open the newest event.
  await ui.rows.first().getByRole("gridcell").first().click();
  await expect(ui.detail).toBeVisible();
  await expect(ui.rawJson).toContainText('"eventVersion"');
  await expect(ui.rawJson).toContainText('"eventID"');
  await expect(page).toHaveURL(/[?&]event=/);
  const eventId = new URL(page.url()).searchParams.get("event")!;
  await expect(ui.rawJson).toContainText(eventId);
  await page.screenshot({ path: testInfo.outputPath("timeline-detail.png"), fullPage: true });

  // Pivot to this event's principal.
  const principal = String(facts.firstValue({}, { field: "time", desc: true }, "principal"));
  await ui.detail.getByRole("button", { name: "This principal" }).click();
  await expect(ui.chip(`Principal = ${principal}`)).toBeVisible();
  const expected = facts.count({ clauses: [{ field: "principal", values: [principal] }] });
  await expect(ui.afterFilters).toHaveText(`${formatCount(expected)} after filters`);

  // ±5 minutes around it replaces the chips by a time range.
  await ui.detail.getByRole("button", { name: "±5 minutes around this event" }).click();
  await expect(ui.chips.getByRole("button", { name: /^Time / })).toBeVisible();
  await expect(ui.chip(`Principal = ${principal}`)).toHaveCount(0);
  const around = facts.count({ timeRange: urlTimeRange(page.url())! });
  await expect(ui.afterFilters).toHaveText(`${formatCount(around)} after filters`);

  // Back to the principal pivot, then reload: the URL brings the view back, the stored copy the data.
  await page.goBack();
  await expect(ui.chip(`Principal = ${principal}`)).toBeVisible();
  const before = page.url();
  await waitForStoredCopy(page);
  await page.reload();
  await expect(page).toHaveURL(before);
  await expect(ui.chip(`Principal = ${principal}`)).toBeVisible();
  await expect(ui.afterFilters).toHaveText(`${formatCount(expected)} after filters`, { timeout: 60_000 });
  await expect(ui.events).toContainText(`${formatCount(expected)} events`);
  await expect(ui.detail).toBeVisible();
  await expect(ui.rawJson).toContainText(eventId);
  await expect(page).toHaveURL(before);
  await page.screenshot({ path: testInfo.outputPath("timeline-reloaded.png"), fullPage: true });

  // Esc closes the panel.
  await page.keyboard.press("Escape");
  await expect(ui.detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]event=/);
  await expect(ui.alert).toHaveCount(0);
});
