/**
 * Hostile content: records whose user agents, request parameters (keys and
 * values), user names, bucket names and keys, error messages, source IPs,
 * event names and role session names carry HTML/JS payloads are loaded
 * through the UI; every view is visited (chart tooltips, table, detail panel
 * and raw JSON, facets, principal and bucket pages, a search over the hostile
 * fields, findings, exfil) and no payload runs, no element is injected, and
 * the payloads read as text. A CSV export of the same data has every formula
 * neutralised.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { HOSTILE_BUCKET, HOSTILE_USER, P, expectNoInjection, installInjectionProbe, writeHostileFile } from "./hostile-data";
import { loadPage } from "./load-page";
import { timelinePage } from "./timeline-page";
import { bucketsPage, usersPage } from "./users-page";

test("payloads in every record field render as text in every view", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const file = writeHostileFile(testInfo.outputPath("hostile.jsonl"));
  await installInjectionProbe(page);
  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFiles.setInputFiles(file);
  await expect(load.ready).toHaveText(/^Ready: 136 events loaded/);
  await expectNoInjection(page, "load");

  // Timeline: table cells, chart tooltip (stacked by principal, so the label is the payload), facets.
  const tl = timelinePage(page);
  await tl.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(tl.rows.first()).toBeVisible();
  await expect(tl.table.getByText(P.js, { exact: true }).first()).toBeVisible();
  // The role named by the payload acts further down: the table draws only the rows on screen, so scroll to them.
  await expect(async () => {
    const cell = tl.table.getByText(P.script, { exact: true }).first();
    if (!(await cell.isVisible())) await tl.table.locator("xpath=..").evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
    await expect(cell).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await tl.chart.getByLabel("Stack by").selectOption({ label: "Principal" });
  await expect(tl.bars.first()).toBeVisible();
  for (const bar of (await tl.bars.all()).slice(0, 3)) await bar.hover({ force: true });
  await expect(tl.chart.getByText(HOSTILE_USER).first()).toBeVisible();
  await expect(tl.facets.getByText(HOSTILE_USER).first()).toBeVisible();
  await expectNoInjection(page, "timeline, chart tooltips and facets");

  // Detail panel and raw JSON of a failed call by the hostile role session.
  await tl.search.fill("AccessDenied");
  await expect(tl.afterFilters).toContainText("12");
  await tl.rows.first().getByRole("gridcell").first().click();
  await expect(tl.detail).toBeVisible();
  await expect(tl.detail.getByText(`${P.svg} ${P.script}`, { exact: true }).first()).toBeVisible();
  await expect(tl.rawJson).toContainText(P.iframe.replace(/"/g, '\\"'));
  await expect(tl.rawJson).toContainText('"hostile top-level key"');
  await expectNoInjection(page, "the event detail panel");
  await page.screenshot({ path: testInfo.outputPath("hostile-detail.png"), fullPage: true });
  await page.keyboard.press("Escape");
  await tl.search.fill("");

  // Users list and the hostile principal's page.
  const users = usersPage(page);
  await users.nav.getByRole("link", { name: "Users" }).click();
  await expect(users.link(HOSTILE_USER)).toBeVisible();
  await users.link(HOSTILE_USER).click();
  await expect(users.title).toContainText(HOSTILE_USER);
  await expect(page.getByRole("main").getByText(P.formula).first()).toBeVisible();
  await expectNoInjection(page, "the principal page");

  // Buckets list and the hostile bucket's page (objects named by payloads).
  const buckets = bucketsPage(page);
  await users.nav.getByRole("link", { name: "Buckets" }).click();
  await expect(buckets.link(HOSTILE_BUCKET)).toBeVisible();
  await buckets.link(HOSTILE_BUCKET).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE_BUCKET);
  await expect(buckets.objects.getByText(P.script, { exact: true })).toBeVisible();
  await expectNoInjection(page, "the bucket page");

  // A search over the hostile fields, and its CSV export.
  await users.nav.getByRole("link", { name: "Search" }).click();
  const editor = page.getByRole("textbox", { name: "Search (SPL)" });
  await editor.fill("index=cloud | stats count by userAgent, requestParameters.key | sort userAgent, requestParameters.key");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const results = page.getByRole("region", { name: "Results" }).getByRole("table", { name: "Search results" });
  await expect(results.getByText(P.formula, { exact: true }).first()).toBeVisible();
  await expect(results.getByText(P.script, { exact: true }).first()).toBeVisible();
  await expectNoInjection(page, "search results");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  const cells = csv.split("\r\n").slice(1, -1).map((l) => l.split(",")[0]);
  expect(csv).toContain(`"'${P.formula.replace(/"/g, '""')}"`);
  expect(csv).toContain(`'${P.at}`);
  for (const cell of cells) expect(cell, "no CSV cell starts a formula").not.toMatch(/^"?[=+\-@\t\r]/);

  // Findings and the exfil view name the hostile principal as text.
  await users.nav.getByRole("link", { name: "Findings" }).click();
  const findings = page.getByRole("table", { name: "Findings", exact: true });
  await expect(findings.getByRole("row").nth(1)).toBeVisible();
  await expect(findings.getByText(HOSTILE_USER).first()).toBeVisible();
  await findings.getByRole("row").nth(1).getByRole("button").first().click();
  await expect(page.getByRole("complementary", { name: "Finding details" })).toBeVisible();
  await expectNoInjection(page, "findings");
  await users.nav.getByRole("link", { name: "Exfil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByText(HOSTILE_USER).first()).toBeVisible();
  await expectNoInjection(page, "the exfil view");
  await page.screenshot({ path: testInfo.outputPath("hostile-exfil.png"), fullPage: true });
});

test("a 1 MB user agent, 10,000-deep nesting and a 100,000-element array are shown cut, in full on demand", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const ua = `ua-start ${"x".repeat(1 << 20)} ua-end`;
  const deepText = JSON.stringify({ a: 1 }).replace("1", `${'{"d":'.repeat(10_000)}"bottom"${"}".repeat(10_000)}`);
  const base = { eventVersion: "1.09", eventTime: "2026-01-05T01:00:00Z", eventSource: "s3.amazonaws.com", awsRegion: "us-east-1", recipientAccountId: "123456789012" };
  const user = { type: "IAMUser", userName: "huge", arn: "arn:aws:iam::123456789012:user/huge", accountId: "123456789012" };
  const lines = [
    JSON.stringify({ ...base, userIdentity: user, eventName: "HugeAgent", userAgent: ua, eventID: "00000000-0000-4000-8000-000000000001" }),
    // JSON.stringify cannot write 10,000 levels, so the nested part is spliced in as text.
    JSON.stringify({ ...base, userIdentity: user, eventName: "DeepNesting", eventID: "00000000-0000-4000-8000-000000000002", requestParameters: "DEEP" }).replace('"DEEP"', deepText),
    JSON.stringify({ ...base, userIdentity: user, eventName: "HugeArray", eventID: "00000000-0000-4000-8000-000000000003", responseElements: { items: Array.from({ length: 100_000 }, (_, i) => i) } }),
  ];
  const file = testInfo.outputPath("huge-values.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");

  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFiles.setInputFiles(file);
  await expect(load.ready).toHaveText(/^Ready: 3 events loaded/);

  const tl = timelinePage(page);
  await tl.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(tl.rows).toHaveCount(3);
  // A cell shows the start of the user agent only.
  await expect(tl.rows.filter({ hasText: "HugeAgent" })).toBeVisible();
  await tl.search.fill("ua-start");
  await expect(tl.rows).toHaveCount(1);
  await tl.rows.first().getByRole("gridcell").first().click();
  await expect(tl.detail).toBeVisible();
  const showField = tl.detail.getByRole("button", { name: /^Show all of User agent \(1\.0 MB\)$/ });
  await expect(showField).toBeVisible();
  await expect(tl.detail.getByText("ua-end")).toHaveCount(0);
  await showField.click();
  await expect(tl.detail.getByRole("definition").getByText(/ua-end$/)).toBeVisible();
  const showRaw = tl.detail.getByRole("button", { name: /^Show all \(1\.0 MB\)$/ });
  await expect(showRaw).toBeVisible();
  expect((await tl.rawJson.textContent())!.length).toBeLessThanOrEqual(100_000);
  await showRaw.click();
  await expect(tl.rawJson).toContainText("ua-end");
  await tl.detail.getByRole("button", { name: "Close event details" }).click();
  await expect(tl.detail).toHaveCount(0);

  await tl.search.fill("");
  await expect(tl.rows).toHaveCount(3);
  for (const [name, text] of [["DeepNesting", '"bottom"'], ["HugeArray", "99999"]] as const) {
    await tl.rows.filter({ hasText: name }).getByRole("gridcell").first().click();
    await expect(tl.detail.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(tl.rawJson).toBeVisible();
    const show = tl.detail.getByRole("button", { name: /^Show all \(/ });
    if (await show.isVisible()) await show.click();
    await expect(tl.rawJson).toContainText(text);
    await tl.detail.getByRole("button", { name: "Close event details" }).click();
    await expect(tl.detail).toHaveCount(0);
  }
  await page.screenshot({ path: testInfo.outputPath("huge-values.png"), fullPage: true });
});
