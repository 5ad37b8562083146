import type { Page } from "@playwright/test";
import { ANCHOR_KEY } from "../lib/generate/scenarios/exfil";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { findingFacts } from "./findings-facts";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { DEMO_JSONL, STRATUS_LOGS } from "./paths";

/** The exfil view's landmarks. */
function exfilPage(page: Page) {
  const chain = page.getByRole("region", { name: "Attack chain", exact: true });
  const steps = chain.getByRole("list", { name: "Attack chain steps" });
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    heading: page.getByRole("heading", { level: 1 }),
    principal: page.getByRole("combobox", { name: /^Principal/ }),
    chain,
    chart: chain.getByRole("figure", { name: "Attack chain over time" }),
    steps,
    /** The step cards, in the order shown. */
    step: (name: string) => steps.locator(":scope > li").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) }),
    stepHeadings: steps.locator(":scope > li > h3"),
    reads: page.getByRole("region", { name: "S3 reads by hour and day" }),
    heatmap: page.getByRole("table", { name: "S3 reads by hour of day (UTC) and day" }),
    above: page.getByRole("region", { name: "Hours above baseline" }),
    nights: page.getByRole("table", { name: "Reads per night" }),
    files: page.getByRole("region", { name: "Files taken", exact: true }),
    ips: page.getByRole("table", { name: "Source IPs" }),
    running: page.getByRole("status").filter({ hasText: "Detections running" }),
    alert: page.getByRole("main").getByRole("alert"),
  };
}

async function openExfil(page: Page) {
  const ui = exfilPage(page);
  await ui.nav.getByRole("link", { name: "Exfil" }).click();
  await expect(page).toHaveURL(/\/exfil$/);
  await expect(ui.chain).toBeVisible({ timeout: 60_000 });
  await expect(ui.running).toHaveCount(0);
  return ui;
}

/** The first time a step card shows ("2026-01-09 15:37:12"), as epoch ms. */
function firstTime(text: string): number {
  const m = /(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/.exec(text);
  return m ? Date.parse(`${m[1]!.replace(" ", "T")}Z`) : Number.NaN;
}

test("the demo's exfil pattern: alex.miller's chain in time order, the night reads and the files taken", async ({ page }, testInfo) => {
  const facts = await findingFacts(DEMO_JSONL);
  expect(facts.chains[0]?.principal).toBe("alex.miller");
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().demo.events)} events loaded`, { timeout: 60_000 });
  const ui = await openExfil(page);

  // The default principal: the most severe chain's.
  await expect(ui.heading).toHaveText("Exfil pattern: alex.miller");
  await expect(ui.principal).toHaveValue("alex.miller");

  // Persistence → privilege escalation → discovery → collection/exfiltration, in time order.
  await expect(ui.stepHeadings).toHaveText(["Persistence", "Privilege escalation", "Discovery", "Collection & exfiltration"]);
  const times = await ui.steps.locator(":scope > li").allTextContents();
  const starts = times.map(firstTime);
  expect(starts.every((t) => Number.isFinite(t))).toBe(true);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);

  await expect(ui.step("Persistence")).toContainText("2026-01-08 10:45:00 – 10:46:00 UTC");
  await expect(ui.step("Persistence")).toContainText("alex.miller created user svc-datasync and attached AdministratorAccess");
  await expect(ui.step("Privilege escalation")).toContainText("AdministratorAccess");
  await expect(ui.step("Discovery")).toContainText("ListBucket on faketshirtco-financial-reports");
  await expect(ui.step("Discovery")).toContainText(/2026-01-09 \d\d:\d\d:\d\d UTC/);
  await expect(ui.step("Collection & exfiltration")).toContainText(/2026-01-11 0[1-4]:\d\d:\d\d – 2026-01-14 0[1-4]:\d\d:\d\d UTC/);
  await expect(ui.step("Collection & exfiltration").getByRole("link", { name: "Mass download from an S3 bucket" })).toHaveCount(4);
  await expect(ui.chart.locator(".finding-marker")).not.toHaveCount(0);

  // The discovery step's events: the listing itself.
  await ui.step("Discovery").getByRole("button", { name: "List events" }).click();
  const discovery = page.getByRole("table", { name: "Discovery events" });
  await expect(discovery.getByRole("row").filter({ hasText: "ListBucket" })).toContainText("faketshirtco-financial-reports");
  await expect(discovery.getByRole("row").filter({ hasText: "ListBucket" }).getByRole("link")).toHaveAttribute("href", /^\/timeline\?from=2026-01-09T.*&event=/);

  // Reads by hour: the 01:00–05:00 band of Days 11–14 stands out against alex.miller's own baseline.
  await expect(ui.heatmap).toBeVisible();
  await expect(ui.reads).toContainText("its own reads per day");
  for (const day of ["11", "12", "13", "14"]) {
    await expect(ui.above).toContainText(new RegExp(`2026-01-${day} 0[1-4]:00–0[2-5]:00 UTC`));
    await expect(ui.nights.getByRole("row").filter({ hasText: `2026-01-${day}` })).toHaveCount(1);
  }

  // The files taken, with the bucket's sensitivity.
  await expect(ui.files).toContainText("faketshirtco-financial-reports");
  await expect(ui.files).toContainText("High sensitivity");
  const taken = page.getByRole("table", { name: "Files from faketshirtco-financial-reports" });
  await expect(taken.getByRole("cell", { name: ANCHOR_KEY, exact: true })).toHaveCount(1);
  await expect(taken.getByRole("cell", { name: /annual-financial-report\.xlsx$/ }).first()).toBeVisible();
  await expect(taken.getByRole("cell", { name: /merger-plans-2025\.docx$/ }).first()).toBeVisible();
  await expect(ui.ips.getByRole("row")).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("exfil-demo.png"), fullPage: true });

  // Another principal from the picker: into the URL, and a reload of the same link after reloading the data shows it again.
  const other = facts.chains.find((c) => c.principal !== "alex.miller");
  expect(other).toBeDefined();
  await ui.principal.selectOption(other!.principal);
  await expect(page).toHaveURL(new RegExp(`/exfil\\?principal=${other!.principal.replace(/[.]/g, "\\.")}$`));
  await expect(ui.heading).toHaveText(`Exfil pattern: ${other!.principal}`);
  for (const f of other!.findings) await expect(ui.chain).toContainText(f.summary);
  await page.screenshot({ path: testInfo.outputPath("exfil-other.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});

test("the Stratus Red Team folder: the exfil view lays out the top principal's chain", async ({ page }, testInfo) => {
  const facts = await findingFacts(STRATUS_LOGS);
  const top = facts.chains[0]!;
  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFolder.setInputFiles(STRATUS_LOGS);
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().folder.events)} events loaded`, { timeout: 60_000 });
  const ui = await openExfil(page);

  await expect(ui.heading).toHaveText(`Exfil pattern: ${top.principal}`);
  await expect(ui.chart).toBeVisible();
  await expect(ui.chart.locator(".finding-marker")).not.toHaveCount(0);
  await expect(ui.step("Persistence")).toContainText("IAM backdoor user created");
  await expect(ui.step("Defense evasion")).toContainText("CloudTrail logging tampered with");
  await expect(ui.step("Collection & exfiltration")).toContainText("Snapshot or machine image shared outside the account");
  const starts = (await ui.steps.locator(":scope > li").allTextContents()).map(firstTime);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  await expect(ui.reads).toBeVisible();
  await expect(ui.ips.getByRole("row").filter({ hasText: /\d/ }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("exfil-stratus.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});
