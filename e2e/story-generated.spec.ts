/**
 * A story generated from the findings of real third-party logs (the Stratus
 * Red Team detonation folder): one step per correlated finding after an
 * overview, with talking points that name the principals of the data. The
 * expected story is what lib/story makes of the same findings in Node.
 */
import { storyFromFindings } from "../lib/story/from-findings";
import { parseMarkdown, type MdBlock, type MdInline } from "../lib/story/markdown";
import type { Story } from "../lib/story/schema";
import { findingFacts } from "./findings-facts";
import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";
import { STRATUS_LOGS } from "./paths";
import { openStory } from "./story-page";

/** The text a talking point shows (its inline text, without markup), spaces removed: the DOM joins blocks without them. */
function shownText(md: string): string {
  const inline = (n: MdInline): string => (n.type === "text" || n.type === "code" ? n.text : n.children.map(inline).join(""));
  const block = (b: MdBlock): string =>
    b.type === "paragraph" ? b.children.map(inline).join("") : b.type === "quote" ? b.children.map(block).join("") : b.items.map((i) => i.map(inline).join("")).join("");
  return parseMarkdown(md).map(block).join("").replace(/\s+/g, "");
}

let expected: Story;
let principals: string[];

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  const facts = await findingFacts(STRATUS_LOGS);
  expected = storyFromFindings(facts.findings);
  principals = [...new Set(facts.findings.map((f) => f.principal).filter((p) => p !== ""))];
});

test("a story generated from the findings of the Stratus Red Team folder: its steps, talking points naming the data's principals, evidence and views", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  expect(expected.steps.length).toBeGreaterThan(2);
  expect(principals.length).toBeGreaterThan(0);

  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.chooseFolder.setInputFiles(STRATUS_LOGS);
  await expect(load.ready).toBeVisible({ timeout: 60_000 });
  const ui = await openStory(page);
  await ui.generate.click();
  await expect(ui.picker).toHaveValue(expected.id);
  await expect(ui.picker.locator("option:checked")).toHaveText(`${expected.title} (generated)`);
  await expect(page).toHaveURL(new RegExp(`/story\\?story=${expected.id}$`));

  // The same steps as lib/story makes of the same findings.
  await expect(ui.steps).toHaveCount(expected.steps.length);
  await expect(ui.steps).toHaveText(expected.steps.map((s, i) => `${i + 1}${s.title}`));

  // Every talking point is shown as text, and together they name the data's principals.
  const shown: string[] = [];
  for (const [i, step] of expected.steps.entries()) {
    await ui.steps.nth(i).click();
    await expect(ui.title).toHaveText(step.title);
    await expect(page).toHaveURL(i === 0 ? new RegExp(`story=${expected.id}$`) : new RegExp(`story=${expected.id}&step=${i + 1}$`));
    await expect.poll(async () => ((await ui.talk.textContent()) ?? "").replace(/\s+/g, "")).toBe(shownText(step.talkingPoint));
    shown.push((await ui.talk.textContent()) ?? "");
    await expect(ui.problems).toHaveCount(0);
    if (i > 0) {
      // A finding's step: its evidence rows, highlighted at the callout.
      await expect(ui.callouts.getByRole("listitem").first()).toBeVisible();
      await expect(ui.evidence.locator("tr[data-callout]").first()).toBeVisible();
    }
  }
  const all = shown.join("\n");
  for (const p of principals) expect(all, `a talking point names ${p}`).toContain(p);
  await page.screenshot({ path: testInfo.outputPath("generated-story.png"), fullPage: true });

  // Saved in the browser, the story is still listed after a reload (the logs are not: they stay in the tab).
  await ui.side.getByRole("button", { name: "Save story" }).click();
  await expect(ui.side.getByRole("status")).toHaveText("Saved in this browser.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Story" })).toBeVisible();
  await expect(ui.picker).toHaveValue(expected.id);
  await expect(ui.picker.locator("option:checked")).toHaveText(`${expected.title} (saved)`);
  await expect(ui.steps).toHaveCount(expected.steps.length);
});
