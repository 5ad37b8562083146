import { readFile } from "node:fs/promises";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";

test("the built-in exfil story exported as HTML over the demo carries its evidence and a chart image per step, and no script", async ({ page }, testInfo) => {
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().demo.events)} events loaded`, { timeout: 60_000 });

  // In-app navigation: a reload would start without the generated data.
  await page.getByRole("banner").getByRole("link", { name: "Story" }).click();
  await page.getByRole("link", { name: "Edit, import and export stories" }).click();
  await expect(page).toHaveURL(/\/story\/edit$/);
  const exfil = page.getByRole("list", { name: "Built-in stories" }).getByRole("listitem", { name: "The FakeTShirtCo exfiltration" });
  const [download] = await Promise.all([page.waitForEvent("download"), exfil.getByRole("button", { name: "Export HTML" }).click()]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const html = await readFile(path, "utf8");

  expect(html).not.toMatch(/<script/i);
  // The evidence is found in the loaded data, not written into the story.
  for (const fact of ["svc-datasync", "AdministratorAccess", "alex.miller", "faketshirtco-financial-reports"]) expect(html).toContain(fact);
  expect(html).not.toContain("No data was loaded.");
  // Each step with evidence gets its chart as an embedded PNG.
  const images = html.match(/<img[^>]+src="data:image\/png;base64,[A-Za-z0-9+/=]{100,}"/g) ?? [];
  expect(images.length).toBeGreaterThanOrEqual(4);
});
