import { formatCount } from "../lib/state/format";
import { expect, test } from "./fixtures";
import { waitForStoredCopy } from "./stored-copy";
import { timelinePage } from "./timeline-page";
import { cliCount, cliQuery, privateDemo } from "./users-facts";
import { usersPage } from "./users-page";

/** The demo as the CLI writes it (the app generates the same events). */
let demoFile = "";

const WHO = "alex.miller";
const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: number) => `2026-01-${pad(d)}`;
/** The heatmap's name for one cell, as the app writes it. */
const cellName = (d: number, hour: number, count: number, eventName = "") =>
  `${day(d)} ${pad(hour)}:00–${pad(hour + 1)}:00 UTC: ${count === 0 ? "no" : formatCount(count)} ${eventName ? `${eventName} ` : ""}event${count === 1 ? "" : "s"}`;

/** GetObject calls of alex.miller per (day, UTC hour), from the CLI's search. */
function nightReads(): Map<string, number> {
  const t = cliQuery(`principal=${WHO} eventName=GetObject | eval d=strftime(_time, "%Y-%m-%d") | stats count by d, date_hour`, demoFile);
  const [d, h, n] = ["d", "date_hour", "count"].map((c) => t.columns.indexOf(c));
  return new Map(t.rows.map((r) => [`${r[d!]} ${Number(r[h!])}`, Number(r[n!])]));
}

interface Facts {
  principals: number;
  events: number;
  getObjects: number;
  reads: Map<string, number>;
}
let facts: Facts;

// The CLI answers before the browser starts, outside the tests' own time budget.
test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(240_000);
  demoFile = privateDemo();
  facts = {
    principals: Number(cliQuery("* | stats dc(principal) AS n", demoFile).rows[0]![0]),
    events: cliCount(`principal=${WHO} | stats count`, demoFile),
    getObjects: cliCount(`principal=${WHO} eventName=GetObject | stats count`, demoFile),
    reads: nightReads(),
  };
});

test("the users list finds alex.miller; its page shows the 01:00–05:00 GetObject burst of days 11–14 and quiet nights before", async ({ page }, testInfo) => {
  const ui = usersPage(page);
  await page.goto("/users");
  await expect(ui.noDataset("Users")).toBeVisible();
  await ui.generate.click();
  await expect(ui.link(WHO)).toBeVisible({ timeout: 60_000 });
  await expect(ui.nav.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");

  // The list: one row per principal the engine knows, alex.miller with its event count.
  await expect(ui.list.getByRole("row")).toHaveCount(facts.principals + 1);
  const { events, reads } = facts;
  await expect(ui.row(WHO).getByRole("cell").nth(2)).toHaveText(formatCount(events));
  await page.screenshot({ path: testInfo.outputPath("users-list.png"), fullPage: true });

  // Search narrows the list; sorting by name puts the first name first.
  await ui.search.fill("miller");
  await expect(ui.list.getByRole("row")).toHaveCount(2);
  await ui.search.fill("");
  await ui.list.getByRole("columnheader", { name: "Principal" }).getByRole("button").click();
  await expect(ui.list.getByRole("columnheader", { name: "Principal" })).toHaveAttribute("aria-sort", /ascending|descending/);

  // Open alex.miller: its own URL, its figures.
  await ui.link(WHO).click();
  await expect(page).toHaveURL(/\/users\?principal=alex\.miller$/);
  await expect(ui.title).toHaveText(WHO);
  await expect(ui.stat("Events")).toHaveText(formatCount(events));
  // alex.miller's findings (the backdoor, the night reads) shade its activity chart.
  await expect(page.getByRole("main").locator(".finding-marker").first()).toBeAttached();

  // The heatmap of GetObject: every night cell of days 11–14 between 01:00 and 05:00 counts what the CLI counts…
  await ui.heatmapEvents.selectOption("GetObject");
  const heatmap = ui.heatmap("GetObject");
  await expect(heatmap).toBeVisible();
  for (let d = 11; d <= 14; d++) {
    for (let h = 1; h < 5; h++) {
      const n = reads.get(`${day(d)} ${h}`) ?? 0;
      expect(n, `the CLI counts GetObject on ${day(d)} at ${pad(h)}:00`).toBeGreaterThan(0);
      await expect(heatmap.getByRole("cell", { name: cellName(d, h, n, "GetObject"), exact: true })).toHaveCount(1);
    }
  }
  // …and the nights of days 1–10 (00:00–06:00) are empty, as the CLI says.
  for (let d = 1; d <= 10; d++) {
    for (let h = 0; h < 6; h++) {
      expect(reads.get(`${day(d)} ${h}`) ?? 0, `the CLI finds no GetObject on ${day(d)} at ${pad(h)}:00`).toBe(0);
      await expect(heatmap.getByRole("cell", { name: cellName(d, h, 0, "GetObject"), exact: true })).toHaveCount(1);
    }
  }
  await expect(ui.findings).toContainText(/exfil|download|GetObject|S3/i);
  await page.screenshot({ path: testInfo.outputPath("principal-alex-miller.png"), fullPage: true });

  // A theme switch keeps the heatmap readable (screenshot for review).
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await heatmap.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("principal-heatmap-light.png") });
  await expect(ui.alert).toHaveCount(0);
});

test("clicking values on a principal's page filters, a heatmap cell zooms to its hour, and a reload brings the same view back", async ({ page }, testInfo) => {
  const ui = usersPage(page);
  const tl = timelinePage(page);
  await page.goto(`/users?principal=${WHO}`);
  await expect(ui.noDataset(WHO)).toBeVisible();
  await ui.generate.click();
  await expect(ui.title).toHaveText(WHO, { timeout: 60_000 });

  // Click an API in "Top APIs": a chip, and the page's figures shrink to what the CLI counts.
  await ui.panel("Top APIs").getByRole("button", { name: "GetObject", exact: true }).click();
  await expect(tl.chip("Event = GetObject")).toBeVisible();
  await expect(page).toHaveURL(/f=eventName:GetObject/);
  await expect(ui.stat("Events")).toHaveText(formatCount(facts.getObjects));

  // A busy night cell filters to its hour.
  // (The chip limits the whole page, heatmap included, to GetObject.)
  const hourCount = facts.reads.get(`${day(12)} 3`) ?? 0;
  expect(hourCount).toBeGreaterThan(0);
  await ui.heatmap().getByRole("button", { name: cellName(12, 3, hourCount), exact: true }).click();
  await expect(tl.chips.getByRole("button", { name: "Time 2026-01-12 03:00:00 → 2026-01-12 04:00:00 UTC" })).toBeVisible();
  await expect(ui.stat("Events")).toHaveText(formatCount(hourCount));
  await page.screenshot({ path: testInfo.outputPath("principal-filtered.png"), fullPage: true });

  // Reload: the URL brings the view back, the stored copy the data.
  const before = page.url();
  await waitForStoredCopy(page);
  await page.reload();
  await expect(page).toHaveURL(before);
  await expect(tl.chip("Event = GetObject")).toBeVisible();
  await expect(ui.title).toHaveText(WHO, { timeout: 60_000 });
  await expect(ui.stat("Events")).toHaveText(formatCount(hourCount));
  await expect(page).toHaveURL(before);

  // Its events in the timeline: the same filters plus the principal chip.
  await tl.filters.getByRole("button", { name: "Clear all" }).click();
  await ui.timelineLink.click();
  await expect(page).toHaveURL(/\/timeline\?f=principal:alex\.miller/);
  await expect(tl.chip(`Principal = ${WHO}`)).toBeVisible();
  await expect(tl.afterFilters).toHaveText(`${formatCount(facts.events)} after filters`);

  // g u goes back to the principal's page, which keeps the filters.
  await page.keyboard.press("g");
  await page.keyboard.press("u");
  await expect(page).toHaveURL(/\/users\?f=principal:alex\.miller&principal=alex\.miller$/);
  await expect(ui.title).toHaveText(WHO);
  // Back to the list: only the filtered principal is left.
  await page.getByRole("link", { name: "← All principals" }).click();
  await expect(ui.list.getByRole("row")).toHaveCount(2);
  await expect(ui.alert).toHaveCount(0);
});

test("a hostile principal or bucket in the URL is shown as text and finds nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const ui = usersPage(page);
  const markup = "<img src=x onerror=alert(1)>";
  await page.goto(`/users?principal=${encodeURIComponent(markup)}`);
  await expect(ui.noDataset(markup)).toBeVisible();
  await ui.generate.click();
  await expect(ui.title).toHaveText(markup, { timeout: 60_000 });
  await expect(page.getByText(`No events of ${markup} under the current filters.`)).toBeVisible();

  // A new page load: the stored copy of the demo comes back, and the hostile bucket still finds nothing.
  await waitForStoredCopy(page);
  await page.goto(`/buckets?bucket=__proto__`);
  await expect(page.getByText("No events on __proto__ under the current filters.")).toBeVisible({ timeout: 60_000 });
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.evaluate(() => typeof ({} as Record<string, unknown>).polluted)).toBe("undefined");
  expect(dialogs).toEqual([]);
});
