import { readFileSync } from "node:fs";
import path from "node:path";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { BAD_JSON, DEMO_JSONL, RECORDS_GZ, STRATUS_LOGS } from "./paths";

test("uploaded files add up, a broken file's error shows with its line, and Clear empties", async ({ page }, testInfo) => {
  const expected = readExpectations();
  const ui = loadPage(page);
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();

  await ui.chooseFiles.setInputFiles(DEMO_JSONL);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.demo.events)} events loaded`);
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toContainText(formatCount(expected.demo.events));
  await expect(ui.header).toContainText(path.basename(DEMO_JSONL));

  // More files add to the dataset; the broken one is reported, the good ones are kept.
  await ui.chooseFiles.setInputFiles([RECORDS_GZ, BAD_JSON]);
  const total = expected.demo.events + expected.mixed.events;
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(total)} events loaded`);
  await expect(ui.fileRow(path.basename(DEMO_JSONL))).toBeVisible();
  await expect(ui.fileRow(path.basename(RECORDS_GZ))).toBeVisible();

  const bad = expected.mixed.files.find((f) => f.path.endsWith(path.basename(BAD_JSON)));
  expect(bad?.errors[0]?.line, "the CLI reports the broken file's line").toBeGreaterThan(0);
  const problems = ui.problems(path.basename(BAD_JSON));
  await expect(problems).toBeVisible();
  await expect(problems).toContainText(`line ${bad!.errors[0]!.line}`);
  await expect(ui.dataset.getByText(/2013-11-01 .* → 2026-01-14 /)).toBeVisible();
  await expect(ui.alert).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("upload-ready.png"), fullPage: true });

  await ui.clear.click();
  await expect(page.getByRole("status").filter({ hasText: "Dataset cleared." })).toBeVisible();
  await expect(ui.header).toContainText("No dataset loaded");
  await expect(ui.report).toHaveCount(0);
  await expect(ui.ready).toHaveCount(0);
});

test("a folder upload reads every file in it", async ({ page }) => {
  const expected = readExpectations().folder;
  const ui = loadPage(page);
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();
  await ui.chooseFolder.setInputFiles(STRATUS_LOGS);
  await expect(ui.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`);
  await expect(ui.header).toContainText(`${path.basename(STRATUS_LOGS)}/`);
  await expect(page.getByRole("region", { name: "Files", exact: true })).toContainText(`${expected.files.length} files`);
  for (const file of expected.files) await expect(ui.fileRow(path.basename(file.path))).toBeVisible();
});

test("a dropped file is loaded", async ({ page }) => {
  const lines = readFileSync(DEMO_JSONL, "utf8").split("\n").slice(0, 25).join("\n") + "\n";
  const ui = loadPage(page);
  await page.goto("/");
  await expect(ui.generate).toBeEnabled();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped.jsonl", { type: "application/json" }));
    return dt;
  }, lines);
  await ui.dropZone.dispatchEvent("dragover", { dataTransfer });
  await ui.dropZone.dispatchEvent("drop", { dataTransfer });
  await expect(ui.ready).toHaveText("Ready: 25 events loaded");
  await expect(ui.fileRow("dropped.jsonl")).toBeVisible();
});
