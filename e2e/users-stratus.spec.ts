import { formatCount } from "../lib/state/format";
import { SENSITIVE_ACTIONS } from "../lib/worker/entity-rules";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import path from "node:path";
import { readExpectations } from "./expectations";
import { RECORDS_GZ, STRATUS_LOGS } from "./paths";
import { timelinePage } from "./timeline-page";
import { cliRecords, splList } from "./users-facts";
import { bucketsPage, usersPage } from "./users-page";

/** Sensitive calls as the CLI counts them: the app's named list, spelled out as SPL. */
const SENSITIVE_SPL = SENSITIVE_ACTIONS.map((g) => `(eventSource="${g.eventSource}" eventName IN ${splList(g.eventNames)})`).join(" OR ");

interface Facts {
  principals: Map<string, string | number>[];
  sensitive: Map<string, string | number>[];
  buckets: Map<string, string | number>[];
  /** The same questions of AWS's Records .json.gz fixture. */
  gzPrincipals: Map<string, string | number>[];
  gzBuckets: Map<string, string | number>[];
}
let facts: Facts;

// The CLI answers before the browser starts: three searches over the folder, outside the test's own time budget.
test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(240_000);
  facts = {
    principals: cliRecords("principal=* | stats count by principal", STRATUS_LOGS),
    sensitive: cliRecords(`principal=* (${SENSITIVE_SPL}) | stats count by principal`, STRATUS_LOGS),
    buckets: cliRecords("bucket=* | stats count by bucket", STRATUS_LOGS),
    gzPrincipals: cliRecords("principal=* | stats count by principal", RECORDS_GZ),
    gzBuckets: cliRecords("bucket=* | stats count by bucket", RECORDS_GZ),
  };
});

test("real third-party logs (Stratus Red Team detonations, a folder of JSON arrays) render in /users and /buckets", async ({ page }, testInfo) => {
  const load = loadPage(page);
  const ui = usersPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFolder.setInputFiles(STRATUS_LOGS);
  await expect(load.ready).toBeVisible({ timeout: 60_000 });

  // Every principal the CLI finds, with its event count.
  const { principals } = facts;
  expect(principals.length).toBeGreaterThan(1);
  await ui.nav.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(ui.list.getByRole("row")).toHaveCount(principals.length + 1);
  for (const p of principals) {
    await expect(ui.row(String(p.get("principal"))).getByRole("cell").nth(2)).toHaveText(formatCount(Number(p.get("count"))));
  }
  await page.screenshot({ path: testInfo.outputPath("stratus-users.png"), fullPage: true });

  // The most active principal's page: its sensitive calls as the CLI counts the named list.
  const top = [...principals].sort((a, b) => Number(b.get("count")) - Number(a.get("count")))[0]!;
  const name = String(top.get("principal"));
  const sensitive = Number(facts.sensitive.find((r) => r.get("principal") === name)?.get("count") ?? 0);
  expect(sensitive, "the detonations include IAM changes").toBeGreaterThan(0);
  await ui.link(name).click();
  await expect(ui.title).toHaveText(name);
  await expect(ui.stat("Events")).toHaveText(formatCount(Number(top.get("count"))));
  await expect(ui.stat("Sensitive calls")).toHaveText(formatCount(sensitive));
  await expect(ui.heatmap()).toBeVisible();
  await expect(page.getByRole("table", { name: "IAM changes" }).getByRole("row")).toHaveCount(Math.min(sensitive, 200) + 1);
  await page.screenshot({ path: testInfo.outputPath("stratus-principal.png"), fullPage: true });

  // Buckets: exactly the buckets the CLI finds (these detonations touch none), and the view says so.
  const { buckets } = facts;
  await ui.nav.getByRole("link", { name: "Buckets" }).click();
  await expect(page).toHaveURL(/\/buckets$/);
  const list = bucketsPage(page).list;
  await expect(list.getByRole("row")).toHaveCount(buckets.length + 1);
  await expect(page.getByRole("main")).toContainText(`${formatCount(buckets.length)} S3 buckets`);
  if (buckets.length === 0) await expect(page.getByText("No S3 bucket has events under the filters.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("stratus-buckets.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});

test("a Records .json.gz as CloudTrail delivers it (AWS's processing-library fixture) renders in the timeline, /users and /buckets", async ({ page }, testInfo) => {
  const file = readExpectations().mixed.files.find((f) => f.path.endsWith(path.basename(RECORDS_GZ)));
  expect(file?.events, "the CLI reads the fixture").toBeGreaterThan(0);
  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFiles.setInputFiles(RECORDS_GZ);
  await expect(load.ready).toHaveText(`Ready: ${formatCount(file!.events)} events loaded`);

  const tl = timelinePage(page);
  await tl.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(tl.events).toContainText(`${formatCount(file!.events)} events`);
  await expect(tl.bars.first()).toBeVisible();
  await expect(tl.rows.first().getByRole("gridcell").first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
  await tl.rows.first().getByRole("gridcell").first().click();
  await expect(tl.rawJson).toContainText('"eventVersion"');
  await page.keyboard.press("Escape");
  await page.screenshot({ path: testInfo.outputPath("records-gz-timeline.png"), fullPage: true });

  const ui = usersPage(page);
  await ui.nav.getByRole("link", { name: "Users" }).click();
  expect(facts.gzPrincipals.length, "the fixture has principals").toBeGreaterThan(0);
  await expect(ui.list.getByRole("row")).toHaveCount(facts.gzPrincipals.length + 1);
  for (const p of facts.gzPrincipals) {
    await expect(ui.row(String(p.get("principal"))).getByRole("cell").nth(2)).toHaveText(formatCount(Number(p.get("count"))));
  }
  await ui.nav.getByRole("link", { name: "Buckets" }).click();
  await expect(bucketsPage(page).list.getByRole("row")).toHaveCount(facts.gzBuckets.length + 1);
  await page.screenshot({ path: testInfo.outputPath("records-gz-buckets.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});
