import type { Page } from "@playwright/test";
import path from "node:path";
import { DEFAULT_FINDINGS_VIEW, visibleFindings } from "../lib/state/findings-slice";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { findingFacts } from "./findings-facts";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { DEMO_JSONL, STRATUS_LOGS } from "./paths";
import { demoFacts } from "./timeline-facts";

/** The findings page's landmarks. */
function findingsPage(page: Page) {
  const table = page.getByRole("table", { name: "Findings", exact: true });
  const detail = page.getByRole("complementary", { name: "Finding details" });
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    heading: page.getByRole("heading", { level: 1, name: "Findings" }),
    count: page.getByText(/^\d[\d,]* (of \d[\d,]* )?findings$/),
    running: page.getByRole("status").filter({ hasText: "Detections running" }),
    table,
    rows: table.locator("tbody tr"),
    row: (text: string | RegExp) => table.locator("tbody tr").filter({ hasText: text }),
    header: (name: string) => table.getByRole("columnheader", { name }),
    filters: page.getByRole("group", { name: "Filter findings" }),
    detail,
    evidence: detail.getByRole("table", { name: "Evidence events" }),
    alert: page.getByRole("main").getByRole("alert"),
  };
}

async function openFindings(page: Page) {
  const ui = findingsPage(page);
  await ui.nav.getByRole("link", { name: "Findings" }).click();
  await expect(page).toHaveURL(/\/findings$/);
  await expect(ui.heading).toBeVisible();
  await expect(ui.rows.first()).toBeVisible({ timeout: 60_000 });
  await expect(ui.running).toHaveCount(0);
  return ui;
}

const BACKDOOR_SUMMARY = "alex.miller created user svc-datasync and attached AdministratorAccess to it 1 minute later";

test("the demo's findings: the backdoor and the night downloads, sorted, filtered, opened with their evidence", async ({ page }, testInfo) => {
  const facts = await findingFacts(DEMO_JSONL);
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().demo.events)} events loaded`, { timeout: 60_000 });
  const ui = await openFindings(page);
  await expect(ui.count).toHaveText(`${formatCount(facts.findings.length)} findings`);
  await expect(ui.rows).toHaveCount(facts.findings.length);

  // The backdoor: most severe first, so it leads the list.
  const backdoor = ui.row(BACKDOOR_SUMMARY);
  await expect(backdoor).toHaveCount(1);
  await expect(ui.rows.first()).toContainText(BACKDOOR_SUMMARY);
  await expect(backdoor).toContainText("Critical");
  await expect(backdoor).toContainText("IAM backdoor user created");
  await expect(backdoor).toContainText("2026-01-08 10:45:00 – 10:46:00 UTC");
  await expect(backdoor).toContainText("T1136.003");
  await expect(backdoor).toContainText("Create Account: Cloud Account");

  // The night downloads from the financial bucket, Days 11–14 between 01:00 and 05:00.
  const downloads = facts.byRule("s3-mass-download");
  expect(downloads.length).toBe(4);
  const night = ui.row(/downloaded .* from faketshirtco-financial-reports \(high sensitivity\) on \w{3} 2026-01-1[1-4] between 0[1-4]:\d\d and 0[1-4]:\d\d UTC/);
  await expect(night).toHaveCount(4);
  for (const day of ["11", "12", "13", "14"]) await expect(night.filter({ hasText: `2026-01-${day} 0` })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("findings-demo.png"), fullPage: true });

  // Sort by time: the earliest finding first; again: the newest first.
  const first = (desc: boolean) => visibleFindings(facts.findings, { ...DEFAULT_FINDINGS_VIEW, sort: { field: "time", desc } })[0]!;
  expect(first(false).summary).toBe(BACKDOOR_SUMMARY);
  await ui.header("Time").getByRole("button").click();
  await expect(ui.header("Time")).toHaveAttribute("aria-sort", "ascending");
  await expect(ui.rows.first()).toContainText(first(false).summary);
  await ui.header("Time").getByRole("button").click();
  await expect(ui.header("Time")).toHaveAttribute("aria-sort", "descending");
  await expect(ui.rows.first()).toContainText(first(true).summary);
  await expect(page).toHaveURL(/order=-time/);

  // Filter: critical only, then one rule; Clear brings everything back.
  const critical = facts.findings.filter((f) => f.severity === "critical").length;
  await ui.filters.getByRole("button", { name: `Critical ${critical}` }).click();
  await expect(ui.rows).toHaveCount(critical);
  await expect(ui.count).toHaveText(`${critical} of ${facts.findings.length} findings`);
  await ui.filters.getByLabel("Rule").selectOption({ label: `Mass download from an S3 bucket (${downloads.length})` });
  await expect(ui.rows).toHaveCount(downloads.length);
  await expect(page).toHaveURL(/severity=critical&rule=s3-mass-download/);
  await ui.filters.getByRole("button", { name: "Clear filters" }).click();
  await expect(ui.rows).toHaveCount(facts.findings.length);

  // Open the backdoor: its evidence is the CreateUser and the AttachUserPolicy.
  await ui.row(BACKDOOR_SUMMARY).getByRole("button", { name: "IAM backdoor user created" }).click();
  await expect(ui.detail).toBeVisible();
  await expect(ui.detail.getByRole("heading", { name: "IAM backdoor user created" })).toBeVisible();
  await expect(ui.evidence.getByRole("row").filter({ hasText: "CreateUser" })).toContainText("user svc-datasync");
  await expect(ui.evidence.getByRole("row").filter({ hasText: "AttachUserPolicy" })).toContainText("policy AdministratorAccess");
  await expect(ui.detail).toContainText("2 of 2 events");
  await expect(page).toHaveURL(/[?&]finding=iam-backdoor-user/);
  const timeline = ui.detail.getByRole("link", { name: "Show in timeline" });
  await expect(timeline).toHaveAttribute("href", /^\/timeline\?f=principal:alex\.miller&from=2026-01-08T10:45:00Z&to=2026-01-08T10:47:00Z/);
  await expect(ui.detail.getByRole("link", { name: "Principal page" })).toHaveAttribute("href", /^\/users\?principal=alex\.miller$/);
  await page.screenshot({ path: testInfo.outputPath("findings-backdoor.png"), fullPage: true });

  // Local time: the span says so.
  await page.getByRole("group", { name: "Time zone" }).getByRole("button", { name: "Local" }).click();
  await expect(ui.row(BACKDOOR_SUMMARY)).toContainText(/2026-01-0[789] \d\d:\d\d:00 – (2026-01-0[789] )?\d\d:\d\d:00 local/);

  // The timeline link: the principal and the finding's minutes.
  await timeline.click();
  await expect(page).toHaveURL(/\/timeline\?f=principal:alex\.miller&from=2026-01-08T10:45:00Z&to=2026-01-08T10:47:00Z/);
  const filters = page.getByRole("region", { name: "Filters" });
  await expect(filters.getByRole("button", { name: "Principal = alex.miller", exact: true })).toBeVisible();
  const T = Date.UTC(2026, 0, 8, 10, 45);
  const inTimeline = (await demoFacts()).count({ clauses: [{ field: "principal", values: ["alex.miller"] }], timeRange: { start: T, end: T + 120_000 } });
  expect(inTimeline).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("region", { name: "Events", exact: true })).toContainText(`${formatCount(inTimeline)} events`);

  // Back: the opened finding comes back from the URL.
  await page.goBack();
  await expect(ui.detail.getByRole("heading", { name: "IAM backdoor user created" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(ui.detail).toHaveCount(0);
  await expect(ui.alert).toHaveCount(0);
});

test("the Stratus Red Team folder: trail tampering and snapshot sharing are found and open with their evidence", async ({ page }, testInfo) => {
  const facts = await findingFacts(STRATUS_LOGS);
  const expected = readExpectations().folder;
  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFolder.setInputFiles(STRATUS_LOGS);
  await expect(load.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`, { timeout: 60_000 });
  await expect(load.header).toContainText(`${path.basename(STRATUS_LOGS)}/`);
  const ui = await openFindings(page);
  await expect(ui.count).toHaveText(`${formatCount(facts.findings.length)} findings`);

  const tampering = facts.byRule("cloudtrail-tampering");
  const shared = facts.byRule("snapshot-or-image-shared");
  expect(tampering.length).toBeGreaterThan(0);
  expect(shared.length).toBeGreaterThan(0);
  await expect(ui.row("CloudTrail logging tampered with")).toHaveCount(tampering.length);
  await expect(ui.row("Snapshot or machine image shared outside the account")).toHaveCount(shared.length);
  for (const f of [...tampering, ...shared]) await expect(ui.row(f.summary)).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("findings-stratus.png"), fullPage: true });

  // The stopped trail opens with its StopLogging call.
  const stop = tampering.find((f) => f.summary.includes("stopped logging"));
  expect(stop, "the engine finds the StopLogging detonation").toBeDefined();
  await ui.row(stop!.summary).getByRole("button", { name: "CloudTrail logging tampered with" }).click();
  await expect(ui.detail).toContainText(stop!.summary);
  await expect(ui.detail).toContainText("T1562.008");
  await expect(ui.evidence.getByRole("row").filter({ hasText: "StopLogging" })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("findings-stratus-open.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});
