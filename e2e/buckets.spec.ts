import { formatCount } from "../lib/state/format";
import { BUCKET_LEVELS_STORAGE_KEY } from "../lib/state/sensitivity-slice";
import { expect, test } from "./fixtures";
import { waitForStoredCopy } from "./stored-copy";
import { timelinePage } from "./timeline-page";
import { cliCount, cliRecords, privateDemo } from "./users-facts";
import { bucketsPage, usersPage } from "./users-page";

/** The demo as the CLI writes it (the app generates the same events). */
let demoFile = "";

const FINANCE = "faketshirtco-financial-reports";

type Records = Map<string, string | number>[];
interface Facts {
  buckets: Records;
  calls: number;
  objects: Records;
  firsts: Records;
  night: number;
  /** One exfil object key and its call count. */
  annual: { key: string; calls: number };
}
let facts: Facts;

// The CLI answers before the browser starts, outside the tests' own time budget.
test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  demoFile = privateDemo();
  const objects = cliRecords(`bucket=${FINANCE} objectKey IN ("*annual-financial-report.xlsx", "*merger-plans-2025.docx") | stats count by objectKey`, demoFile);
  const key = String(objects.find((o) => String(o.get("objectKey")).startsWith("2026/"))?.get("objectKey") ?? objects[0]?.get("objectKey") ?? "");
  facts = {
    buckets: cliRecords("bucket=* | stats count by bucket", demoFile),
    calls: cliCount(`bucket=${FINANCE} | stats count`, demoFile),
    objects,
    firsts: cliRecords(`bucket=${FINANCE} principal=alex.miller eventName IN ("ListBucket", "GetObject") | stats min(_time) AS first by eventName`, demoFile),
    night: cliCount(`bucket=${FINANCE} date_hour>=1 date_hour<5 | stats count`, demoFile),
    annual: { key, calls: cliCount(`bucket=${FINANCE} objectKey="${key}" | stats count`, demoFile) },
  };
});

test("faketshirtco-financial-reports is HIGH and lists the exfiltrated objects, who listed before reading and its night access", async ({ page }, testInfo) => {
  const ui = bucketsPage(page);
  const common = usersPage(page);
  await page.goto("/buckets");
  await expect(common.noDataset("Buckets")).toBeVisible();
  await common.generate.click();
  await expect(ui.link(FINANCE)).toBeVisible({ timeout: 60_000 });

  // The list: every bucket the CLI sees, the seed's levels as defaults.
  await expect(ui.list.getByRole("row")).toHaveCount(facts.buckets.length + 1);
  await expect(ui.row(FINANCE)).toContainText("HIGH");
  await expect(ui.row("faketshirtco-prod-data")).toContainText("MEDIUM");
  await expect(ui.row("faketshirtco-backups")).toContainText("MEDIUM");
  await page.screenshot({ path: testInfo.outputPath("buckets-list.png"), fullPage: true });

  await ui.link(FINANCE).click();
  await expect(page).toHaveURL(/\/buckets\?bucket=faketshirtco-financial-reports$/);
  await expect(common.title).toHaveText(FINANCE);
  await expect(page.getByRole("main").getByText("HIGH", { exact: true }).first()).toBeVisible();
  // The mass download from this bucket is a finding: it shades the bucket's access charts.
  await expect(page.getByRole("main").locator(".finding-marker").first()).toBeAttached();
  await expect(page.getByText("the seed's table")).toBeVisible();
  await expect(common.stat("Calls")).toHaveText(formatCount(facts.calls));

  // The seed's exfil objects, with the counts the CLI finds.
  const { objects } = facts;
  expect(objects.map((o) => String(o.get("objectKey")))).toEqual(expect.arrayContaining([expect.stringMatching(/annual-financial-report\.xlsx$/), expect.stringMatching(/merger-plans-2025\.docx$/)]));
  for (const o of objects) {
    const row = ui.objects.getByRole("row").filter({ has: page.getByRole("button", { name: String(o.get("objectKey")), exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(1)).toHaveText(formatCount(Number(o.get("count"))));
  }

  // alex.miller listed the bucket before reading it (first ListBucket before first GetObject, by the CLI).
  const first = (name: string) => Number(facts.firsts.find((r) => r.get("eventName") === name)?.get("first"));
  expect(first("ListBucket")).toBeLessThan(first("GetObject"));
  const lister = ui.listing.getByRole("row").filter({ has: page.getByRole("button", { name: "alex.miller", exact: true }) });
  await expect(lister.getByRole("cell").nth(3)).toHaveText("yes");

  // Off-hours: the hours 01–04 carry the night reads.
  expect(facts.night).toBeGreaterThan(0);
  for (let h = 1; h < 5; h++) await expect(ui.offHours.getByRole("listitem", { name: new RegExp(`^0${h}:00 UTC: [1-9]`) })).toHaveCount(1);
  await expect(ui.findings.getByRole("listitem").first()).toBeVisible();
  await expect(ui.byPrincipal).toBeVisible();
  await expect(ui.byEvent).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("bucket-financial-reports.png"), fullPage: true });

  // Click an object key: a chip, and the page narrows to it.
  const { annual } = facts;
  await ui.objects.getByRole("button", { name: annual.key, exact: true }).click();
  await expect(timelinePage(page).chip(`Object key = ${annual.key}`)).toBeVisible();
  await expect(common.stat("Calls")).toHaveText(formatCount(annual.calls));
  await expect(common.alert).toHaveCount(0);
});

test("an analyst's sensitivity level is kept in the browser, survives a reload and can be reset", async ({ page }, testInfo) => {
  const ui = bucketsPage(page);
  const common = usersPage(page);
  const bucket = "faketshirtco-build-artifacts";
  await page.goto("/buckets");
  await common.generate.click();
  await expect(ui.row(bucket)).toContainText("LOW", { timeout: 60_000 });

  await ui.level(bucket).selectOption("high");
  await expect(ui.row(bucket)).toContainText("HIGH");
  expect(await page.evaluate((key) => localStorage.getItem(key), BUCKET_LEVELS_STORAGE_KEY)).toBe(JSON.stringify([[bucket, "high"]]));

  // Reload: the level is kept, and the stored copy of the demo comes back with it.
  await waitForStoredCopy(page);
  await page.reload();
  await expect(ui.row(bucket)).toContainText("HIGH", { timeout: 60_000 });
  await expect(ui.level(bucket)).toHaveValue("high");

  // The bucket's own page says who set it.
  await ui.link(bucket).click();
  await expect(common.title).toHaveText(bucket);
  await expect(page.getByText("set by you")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("bucket-level-set.png"), fullPage: true });

  // Back to the default (a guess from the name).
  await ui.level(bucket).selectOption("");
  await expect(page.getByText("guessed from the name")).toBeVisible();
  await expect(page.getByRole("main").getByText("LOW", { exact: true })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), BUCKET_LEVELS_STORAGE_KEY)).toBeNull();
  await expect(common.alert).toHaveCount(0);
});

test("a tampered saved level is ignored", async ({ page }) => {
  const ui = bucketsPage(page);
  const common = usersPage(page);
  await page.addInitScript((key) => localStorage.setItem(key, '{"__proto__":{"polluted":"high"}}'), BUCKET_LEVELS_STORAGE_KEY);
  await page.goto("/buckets");
  await common.generate.click();
  await expect(ui.row(FINANCE)).toContainText("HIGH", { timeout: 60_000 });
  await expect(ui.row("faketshirtco-build-artifacts")).toContainText("LOW");
  expect(await page.evaluate(() => typeof ({} as Record<string, unknown>).polluted)).toBe("undefined");
});
