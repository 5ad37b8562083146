/**
 * Route /search against the production build: the seed's searches typed or
 * picked as examples give the same answer as the CLI (`npm run -s cli --
 * query '<SPL>' <file> --json`, the same lib/ in Node) on the same generated
 * file; timecharts draw a chart over their table; errors show their message
 * and position; the search lives in the URL.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { SEED_SEARCHES } from "../lib/search/seed-searches";
import { formatCount } from "../lib/state/format";
import { formatTime } from "../lib/state/time-format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { waitForStoredCopy } from "./stored-copy";
import { loadPage } from "./load-page";
import { DEMO_JSONL, REPO_ROOT } from "./paths";

type CliCell = string | number | null;
interface CliResult {
  columns: string[];
  rows: CliCell[][];
}

function seed(title: string): string {
  const s = SEED_SEARCHES.find((x) => x.title === title);
  if (!s) throw new Error(`no seed search titled ${title}`);
  return s.query;
}

const IAM = seed("IAM Backdoor Detection");
const EXFIL = seed("Data Exfiltration Detection");
const BUCKET = seed("Sensitive Bucket Access");
const TIMELINE = seed("Exfil Timeline");
const BAD = "index=cloud sourcetype=aws:cloudtrail\n| statz count";

function cli(args: string[]) {
  return spawnSync("npm", ["run", "-s", "cli", "--", ...args], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** What the CLI answers for `spl` on the demo file written by globalSetup. */
function cliQuery(spl: string): CliResult {
  const out = execFileSync("npm", ["run", "-s", "cli", "--", "query", spl, DEMO_JSONL, "--json"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as CliResult;
}

/** The CLI's error for `spl`: its message, line and column. */
function cliError(spl: string): { message: string; line: number; column: number } {
  const run = cli(["query", spl, DEMO_JSONL, "--json"]);
  const m = /^error: (.*) \(line (\d+), column (\d+)\)$/m.exec(run.stderr);
  if (run.status !== 1 || !m) throw new Error(`expected a search error from the CLI, got status ${run.status}: ${run.stderr}`);
  return { message: m[1]!, line: Number(m[2]), column: Number(m[3]) };
}

let expected: { seeds: Map<string, CliResult>; iam: CliResult; exfil: CliResult; bucket: CliResult; timeline: CliResult; bad: ReturnType<typeof cliError> };

test.beforeAll(() => {
  const seeds = new Map(SEED_SEARCHES.map((s) => [s.title, cliQuery(s.query)]));
  const of = (query: string) => seeds.get(SEED_SEARCHES.find((s) => s.query === query)!.title)!;
  expected = { seeds, iam: of(IAM), exfil: of(EXFIL), bucket: of(BUCKET), timeline: of(TIMELINE), bad: cliError(BAD) };
});

/** Locators of /search (role-based). */
function searchPage(page: Page) {
  const results = page.getByRole("region", { name: "Results" });
  const table = results.getByRole("table", { name: "Search results" });
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    editor: page.getByRole("textbox", { name: "Search (SPL)" }),
    run: page.getByRole("button", { name: "Run", exact: true }),
    example: (title: string) => page.getByRole("region", { name: "Example searches" }).getByRole("button", { name: new RegExp(`^${title}`) }),
    suggestions: page.getByRole("listbox", { name: /^Suggestions/ }),
    results,
    summary: results.getByRole("status"),
    table,
    /** Body rows (the header row has aria-rowindex 1). */
    rows: table.locator("tbody").getByRole("row"),
    chart: page.getByRole("figure", { name: "Search result chart" }),
    error: page.getByRole("region", { name: "Search" }).getByRole("alert"),
    filters: page.getByRole("region", { name: "Filters for the other views" }),
    generate: page.getByRole("button", { name: "Generate demo dataset" }),
    alert: page.getByRole("main").getByRole("alert"),
  };
}

/** Generates the demo on the load page and opens /search from the header. */
async function openSearch(page: Page) {
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().demo.events)} events loaded`, { timeout: 60_000 });
  const ui = searchPage(page);
  await ui.nav.getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(ui.editor).toBeVisible();
  return ui;
}

/** How the result table shows a CLI cell. */
function shown(column: string, cell: CliCell): string {
  if (cell === null) return "";
  if (column === "_time" && typeof cell === "string") return formatTime(Date.parse(cell), "utc");
  return String(cell);
}

test("a typed seed search runs with Ctrl+Enter, shows its table, and stays in the URL across a reload", async ({ page }, testInfo) => {
  const ui = await openSearch(page);
  await ui.editor.click();
  await ui.editor.pressSequentially(IAM);
  await expect(ui.editor).toHaveValue(IAM);
  await ui.editor.press("Control+Enter");

  await expect(ui.table).toBeVisible();
  await expect(ui.table.getByRole("columnheader")).toHaveText(expected.iam.columns);
  await expect(ui.rows).toHaveCount(expected.iam.rows.length);
  for (const [i, row] of expected.iam.rows.entries()) {
    await expect(ui.rows.nth(i).getByRole("cell")).toHaveText(row.map((c, k) => shown(expected.iam.columns[k]!, c)));
  }
  const backdoor = ui.rows.filter({ hasText: "alex.miller" }).filter({ hasText: "svc-datasync" });
  await expect(backdoor).toHaveCount(1);
  await expect(ui.summary).toContainText(`${expected.iam.rows.length} results`);
  await expect(page).toHaveURL(/\/search\?spl=index%3Dcloud/);
  await page.screenshot({ path: testInfo.outputPath("search-iam.png"), fullPage: true });

  // Reload: the search stays in the URL, the stored copy of the demo is read back, and the search runs again on it.
  const url = page.url();
  await waitForStoredCopy(page);
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(ui.editor).toHaveValue(IAM);
  await expect(backdoor).toHaveCount(1, { timeout: 60_000 });
  await page.screenshot({ path: testInfo.outputPath("search-reloaded.png"), fullPage: true });
  await expect(page).toHaveURL(url);
  await expect(ui.alert).toHaveCount(0);
});

test("the exfiltration example gives the CLI's numbers; values filter, sort and export", async ({ page }, testInfo) => {
  const ui = await openSearch(page);
  await ui.example("Data Exfiltration Detection").click();
  await expect(ui.editor).toHaveValue(EXFIL);
  await expect(ui.table.getByRole("columnheader")).toHaveText(expected.exfil.columns);

  const col = (name: string) => expected.exfil.columns.indexOf(name);
  const top = expected.exfil.rows.find((r) => r[col("userIdentity.userName")] === "alex.miller" && r[col("requestParameters.bucketName")] === "faketshirtco-financial-reports");
  expect(top, "the CLI finds alex.miller's downloads").toBeDefined();
  expect(Number(top![col("count")])).toBeGreaterThan(0);
  const row = ui.rows.filter({ hasText: "alex.miller" }).filter({ hasText: "faketshirtco-financial-reports" });
  await expect(row.getByRole("cell")).toHaveText(top!.map((c, k) => shown(expected.exfil.columns[k]!, c)));
  await expect(ui.rows).toHaveCount(expected.exfil.rows.length);
  await page.screenshot({ path: testInfo.outputPath("search-exfil.png"), fullPage: true });

  // Sorting is client-side: ascending, then descending.
  const countHeader = ui.table.getByRole("columnheader", { name: "count" });
  await countHeader.getByRole("button").click();
  await expect(countHeader).toHaveAttribute("aria-sort", "ascending");
  await countHeader.getByRole("button").click();
  await expect(countHeader).toHaveAttribute("aria-sort", "descending");

  // A value clicks into the shared filters.
  await row.getByRole("button", { name: "alex.miller", exact: true }).click();
  await expect(ui.filters.getByRole("button", { name: "User name = alex.miller", exact: true })).toBeVisible();

  // CSV export: the header and the row, as the CLI has them.
  const download = page.waitForEvent("download");
  await ui.results.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(expected.exfil.columns.join(","));
  expect(csv).toContain(`\r\n${top!.join(",")}\r\n`);
  await expect(ui.alert).toHaveCount(0);
});

test("the timechart searches draw a chart over their table, as columns or lines", async ({ page }, testInfo) => {
  const ui = await openSearch(page);
  for (const [title, result] of [
    ["Sensitive Bucket Access", expected.bucket],
    ["Exfil Timeline", expected.timeline],
  ] as const) {
    await ui.example(title).click();
    await expect(ui.table.getByRole("columnheader")).toHaveText(result.columns);
    await expect(ui.table).toHaveAttribute("aria-rowcount", String(result.rows.length + 1));
    await expect(ui.chart.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
    const series = result.columns.slice(1);
    await expect(ui.chart.getByRole("list", { name: "Series" }).getByRole("listitem")).toHaveText(series);
    await expect(ui.rows.first().getByRole("cell")).toHaveText(result.rows[0]!.map((c, k) => shown(result.columns[k]!, c)));
    await page.screenshot({ path: testInfo.outputPath(`search-${title.toLowerCase().replace(/ /g, "-")}.png`), fullPage: true });
  }

  // The tooltip names the bucket and its series, as text.
  const plot = await ui.chart.locator(".recharts-wrapper").boundingBox();
  await page.mouse.move(plot!.x + plot!.width * 0.6, plot!.y + plot!.height * 0.5);
  await expect(ui.chart.getByText(/^2026-01-\d\d 00:00:00 UTC$/)).toBeVisible();

  await page.getByRole("group", { name: "Chart style" }).getByRole("button", { name: "Lines" }).click();
  await expect(ui.chart.locator("svg .recharts-line-curve")).toHaveCount(expected.timeline.columns.length - 1);
  await expect(ui.chart.locator("svg .recharts-bar-rectangle")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("search-lines.png"), fullPage: true });
  await expect(ui.alert).toHaveCount(0);
});

test("a syntax error shows its message and position; autocomplete offers commands, fields and values", async ({ page }, testInfo) => {
  const ui = await openSearch(page);
  await ui.editor.fill(BAD);
  await ui.run.click();
  await expect(ui.error).toContainText(expected.bad.message);
  await expect(ui.error).toContainText(`Line ${expected.bad.line}, column ${expected.bad.column}`);
  await expect(ui.error.getByLabel("Where in the search").locator("mark")).toHaveText("statz");
  await expect(ui.results).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("search-error.png"), fullPage: true });

  // Autocomplete: a command after the pipe…
  await ui.editor.fill("");
  await ui.editor.pressSequentially("demo_id=exfil | sta");
  await expect(ui.suggestions.getByRole("option", { name: "stats", exact: true })).toBeVisible();
  await ui.editor.press("Tab");
  await expect(ui.editor).toHaveValue("demo_id=exfil | stats ");
  // …a field name…
  await ui.editor.pressSequentially("count by eventNa");
  await expect(ui.suggestions.getByRole("option", { name: "eventName", exact: true })).toBeVisible();
  await ui.editor.press("Tab");
  await expect(ui.editor).toHaveValue("demo_id=exfil | stats count by eventName");
  // …and the data's own values after `field=`.
  await ui.editor.fill("");
  await ui.editor.pressSequentially("eventName=CreateU");
  await expect(ui.suggestions.getByRole("option", { name: "CreateUser", exact: true })).toBeVisible();
  await ui.editor.press("ArrowDown");
  await ui.editor.press("Enter");
  await expect(ui.editor).toHaveValue("eventName=CreateUser");
  await ui.editor.pressSequentially(" | stats count by eventName");
  await ui.editor.press("Control+Enter");
  await expect(ui.error).toHaveCount(0);
  await expect(ui.table.getByRole("columnheader")).toHaveText(["eventName", "count"]);
  await expect(ui.rows.getByRole("cell").first()).toHaveText("CreateUser");
  await expect(page.getByRole("button", { name: /^Recent \(\d+\)$/ })).toBeEnabled();
  await expect(ui.alert).toHaveCount(0);
});

test("a value Ctrl-clicked in the timeline opens as a search of its events", async ({ page }, testInfo) => {
  const ui = await openSearch(page);
  await ui.nav.getByRole("link", { name: "Timeline" }).click();
  const facet = page.getByRole("region", { name: "Principal values" });
  const value = facet.getByRole("button").first();
  const principal = (await value.textContent()) ?? "";
  expect(principal).not.toBe("");
  await value.click({ modifiers: ["Control"] });
  await expect(page).toHaveURL(/\/search\?spl=principal%3D%22/);
  await expect(ui.editor).toHaveValue(`principal="${principal}"`);
  const events = ui.results.getByRole("table", { name: "Search events" });
  const count = cliQuery(`principal="${principal}" | stats count`).rows[0]![0];
  await expect(ui.summary).toHaveText(new RegExp(`^${formatCount(Number(count))} events in `));
  const first = events.locator("tbody").getByRole("row").first();
  await expect(first.getByRole("cell").nth(3)).toHaveText(principal);
  await page.screenshot({ path: testInfo.outputPath("search-sent.png"), fullPage: true });

  // The time opens the event in the timeline; its detail panel sends any field to search.
  const eventName = (await first.getByRole("cell").nth(2).textContent()) ?? "";
  await first.getByRole("cell").first().getByRole("button").click();
  await expect(page).toHaveURL(/\/timeline\?.*event=/);
  const detail = page.getByRole("complementary", { name: "Event details" });
  await expect(detail.getByRole("heading", { name: eventName })).toBeVisible();
  await detail.getByRole("button", { name: `Search for Event = ${eventName}`, exact: true }).click();
  await expect(page).toHaveURL(/\/search\?/);
  await expect(ui.editor).toHaveValue(`eventName="${eventName}"`);
  await expect(ui.summary).toHaveText(/ events in /);
  await expect(ui.alert).toHaveCount(0);
});

test("every seed example runs and answers with as many rows as the CLI", async ({ page }) => {
  const ui = await openSearch(page);
  for (const s of SEED_SEARCHES) {
    const result = expected.seeds.get(s.title)!;
    await ui.example(s.title).click();
    await expect(ui.editor).toHaveValue(s.query);
    await expect(ui.table.getByRole("columnheader")).toHaveText(result.columns);
    await expect(ui.table).toHaveAttribute("aria-rowcount", String(result.rows.length + 1));
    await expect(ui.error).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: `Recent (${SEED_SEARCHES.length})` })).toBeEnabled();
  await expect(ui.alert).toHaveCount(0);
});
