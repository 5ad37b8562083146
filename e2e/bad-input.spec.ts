/**
 * The bad-input corpus through the UI, after a good file: every file's report line says what the
 * manifest promises, the good records are kept, the zip bombs are refused, and a cancelled load
 * afterwards leaves all of it as it was. The 100,000-file folder is covered by the unit test
 * (lib/worker/bad-corpus.test.ts): handing 100,000 files to a file input through the browser
 * protocol takes far longer than reading them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { makeBombs } from "../scripts/make-bad-corpus";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { DEMO_JSONL, E2E_TMP, REPO_ROOT } from "./paths";

const BAD_DIR = path.join(REPO_ROOT, "e2e/fixtures/bad");

interface Expected {
  path: string;
  events: number;
  errors: number;
  line?: number;
  message?: string;
}
const manifest = JSON.parse(readFileSync(path.join(BAD_DIR, "expected.json"), "utf8")) as {
  files: Expected[];
  big: Record<string, { events: number; errors: number; message?: string }>;
};

test("bad files are reported file by file, good records kept, earlier data intact, and a cancelled load changes nothing", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const demo = readExpectations().demo;
  const ui = loadPage(page);
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();
  await ui.chooseFiles.setInputFiles(DEMO_JSONL);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(demo.events)} events loaded`);

  const uploads = [...new Set(manifest.files.map((f) => f.path.split("!/")[0]!))].map((n) => path.join(BAD_DIR, n));
  const bombs = makeBombs(path.join(E2E_TMP, "bad-big"));
  await ui.chooseFiles.setInputFiles([...uploads, bombs.bomb, bombs.streamed]);
  const total = demo.events + manifest.files.reduce((n, f) => n + f.events, 0);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(total)} events loaded`);
  await expect(ui.alert).toHaveCount(0);

  // Exact matches: "truncated.json" is also the start of "truncated.jsonl.gz".
  const rowOf = (p: string) => ui.report.getByRole("row").filter({ has: page.getByRole("cell", { name: p, exact: true }) });
  const problemsOf = (p: string) => page.getByRole("list", { name: `Problems in ${p}`, exact: true });
  for (const f of manifest.files) {
    const row = rowOf(f.path);
    await expect(row, f.path).toBeVisible();
    await expect(row.getByRole("cell").nth(3), `${f.path} events`).toHaveText(formatCount(f.events));
    await expect(row.getByRole("cell").nth(6), `${f.path} errors`).toHaveText(formatCount(f.errors));
    if (f.message) {
      const problems = problemsOf(f.path);
      await expect(problems, f.path).toContainText(f.message);
      if (f.line !== undefined) await expect(problems, f.path).toContainText(`line ${f.line}`);
    }
  }
  for (const [p, want] of Object.entries(manifest.big)) {
    if (!want.message) continue;
    await expect(problemsOf(p)).toContainText(want.message);
  }
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toContainText(formatCount(demo.events));
  await page.screenshot({ path: testInfo.outputPath("bad-input-report.png"), fullPage: true });

  // Load B and cancel it midway: everything above stays.
  // Every count of the overview; index memory may keep the cancelled load's grown capacity and strings.
  const counts = async () => (await ui.dataset.textContent())!.replace(/Index memory.*$/, "");
  const overview = await counts();
  await ui.size.selectOption({ label: "2,000,000 events" });
  await ui.generate.click();
  await expect(ui.progress).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress" }).getByText(/^[1-9][\d,]*$/).first()).toBeVisible();
  await ui.cancel.click();
  await expect(page.getByRole("status").filter({ hasText: "Cancelled:" })).toBeVisible();
  await expect(ui.progress).toHaveCount(0);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(total)} events loaded`);
  expect(await counts()).toBe(overview);
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toContainText(formatCount(demo.events));
});
