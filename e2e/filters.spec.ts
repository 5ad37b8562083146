import { NAV_LINKS } from "../components/layout/nav-links";
import { formatCount } from "../lib/state/format";
import { expect, test } from "./fixtures";
import { demoFacts, urlSpec } from "./timeline-facts";
import { timelinePage } from "./timeline-page";

test("? lists the shortcuts, Esc closes them, g t opens the timeline and / focuses the search box", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Generate demo dataset" })).toBeEnabled();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const link of NAV_LINKS) {
    await expect(dialog.getByRole("row", { name: `g then ${link.key} Go to ${link.label}` })).toBeVisible();
  }
  await expect(dialog.getByRole("row", { name: "/ Focus the search box" })).toBeVisible();
  await expect(dialog.getByRole("row", { name: "Esc Close the open panel" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("shortcuts.png") });
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press("g");
  await page.keyboard.press("t");
  await expect(page).toHaveURL(/\/timeline$/);
  const ui = timelinePage(page);
  await expect(ui.noDataset).toBeVisible();
  await expect(ui.nav.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");

  await page.keyboard.press("/");
  await expect(ui.search).toBeFocused();
  await page.keyboard.type("svc-datasync");
  await expect(page).toHaveURL(/[?&]q=svc-datasync/);
  // Shortcut keys typed into the box are text, not navigation.
  await page.keyboard.type(" gl");
  await expect(ui.search).toHaveValue("svc-datasync gl");
  await expect(page).toHaveURL(/\/timeline\?/);

  await page.keyboard.press("Escape");
  await page.keyboard.press("g");
  await page.keyboard.press("l");
  await expect(page).toHaveURL(/\/\?q=svc-datasync/);
});

test("a hostile link shows its values as text, ignores what it does not know and never runs script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const markup = "<img src=x onerror=alert(1)>";
  await page.goto(`/timeline?f=${encodeURIComponent(`eventName:${markup}`)}&f=__proto__:polluted&f=${encodeURIComponent("!userAgent:\"'</script>")}&utm_source=x&from=bogus&to=2026&tz=local&sort=-__proto__&span=13h`);
  const ui = timelinePage(page);
  await expect(ui.chip(`Event = ${markup}`)).toBeVisible();
  await expect(ui.chip(`User agent ≠ "'</script>`)).toBeVisible();
  await expect(ui.chips.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "Time zone" }).getByRole("button", { name: "Local" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => typeof ({} as Record<string, unknown>).polluted)).toBe("undefined");
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("typed time range, free text, the zone switch and a bar click all filter by what the engine counts", async ({ page }, testInfo) => {
    const facts = await demoFacts();
    const ui = timelinePage(page);
    await page.goto("/timeline");
    await ui.generate.click();
    await expect(ui.header).toContainText(`${formatCount(facts.total)} events`, { timeout: 60_000 });
    await expect(ui.bars.first()).toBeVisible();

    // A typed range, read in UTC.
    await ui.filters.getByRole("button", { name: "Time range…" }).click();
    const form = ui.filters.getByRole("form", { name: "Time range" });
    await form.getByLabel("From").fill("2026-01-12 01:00");
    await form.getByLabel("To").fill("2026-01-12 05:00");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(ui.chips.getByRole("button", { name: "Time 2026-01-12 01:00:00 → 2026-01-12 05:00:00 UTC" })).toBeVisible();
    const night = { start: Date.UTC(2026, 0, 12, 1), end: Date.UTC(2026, 0, 12, 5) };
    await expect(ui.afterFilters).toHaveText(`${formatCount(facts.count({ timeRange: night }))} after filters`);

    // The same range in Tokyo time (UTC+9).
    await page.getByRole("group", { name: "Time zone" }).getByRole("button", { name: "Local" }).click();
    await expect(ui.chips.getByRole("button", { name: "Time 2026-01-12 10:00:00 → 2026-01-12 14:00:00 local" })).toBeVisible();
    await expect(page).toHaveURL(/tz=local/);

    // Free text narrows further.
    await ui.search.fill("financial-reports");
    const withText = facts.count({ timeRange: night, text: "financial-reports" });
    await expect(ui.afterFilters).toHaveText(`${formatCount(withText)} after filters`);
    await expect(page).toHaveURL(/q=financial-reports/);
    await page.screenshot({ path: testInfo.outputPath("filters-local-time.png"), fullPage: true });

    // Clear all, then click a bar segment: its series value and its bucket become filters.
    await ui.filters.getByRole("button", { name: "Clear all" }).click();
    await expect(ui.afterFilters).toHaveCount(0);
    await expect(ui.search).toHaveValue("");
    await ui.bars.nth(Math.floor((await ui.bars.count()) / 2)).click();
    await expect(ui.chips.getByRole("button", { name: /^Service = / })).toBeVisible();
    await expect(ui.chips.getByRole("button", { name: /^Time / })).toBeVisible();
    const spec = urlSpec(page.url());
    expect(spec.clauses?.[0]?.field).toBe("eventSource");
    expect(spec.timeRange!.end - spec.timeRange!.start).toBe(3_600_000);
    await expect(ui.afterFilters).toHaveText(`${formatCount(facts.count(spec))} after filters`);
    await page.screenshot({ path: testInfo.outputPath("filters-bar-click.png"), fullPage: true });

    // A table value is a keyboard control too: Tab to it, Shift+Enter excludes it.
    const principal = ui.rows.first().getByRole("gridcell").nth(1);
    const name = (await principal.textContent())!;
    await principal.focus();
    await page.keyboard.press("Shift+Enter");
    await expect(ui.chips.getByRole("button", { name: `Principal ≠ ${name}`, exact: true })).toBeVisible();
    await expect(ui.alert).toHaveCount(0);
  });
});
