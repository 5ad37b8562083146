/**
 * The built-in exfil story in presenter mode, driven by the keyboard from the
 * first step to the last on the demo generated in the app: at each step the
 * view, the seed's talking point and the evidence shown; B blanks the screen;
 * the presenter window follows and steers the audience's over
 * BroadcastChannel. A 1920×1080 screenshot of every step is an artifact.
 */
import type { Page } from "@playwright/test";
import { EXFIL_STORY, SEED_TALKING_POINTS } from "../lib/story/builtin/exfil";
import { expect, test } from "./fixtures";
import { generateDemo, openStory, presentPage } from "./story-page";

test.use({ viewport: { width: 1920, height: 1080 } });

type Ui = ReturnType<typeof presentPage>;

/** What each step must show, by step id. */
const CHECKS: Record<string, (ui: Ui, page: Page) => Promise<void>> = {
  baseline: async (ui) => {
    await expect(ui.view).toHaveText("View: Timeline · stacked by principal");
    await expect(ui.talk).toContainText("normal rhythm");
    await expect(ui.callouts).toContainText("events on Days 1–7");
    await expect(ui.facts).toContainText("08:00–18:00 UTC");
    // Context rows are not listed one by one.
    await expect(ui.evidence).toHaveCount(0);
  },
  backdoor: async (ui) => {
    await expect(ui.view).toHaveText("View: Timeline · stacked by eventName");
    await expect(ui.talk).toContainText(SEED_TALKING_POINTS["Backdoor Detection"]);
    await expect(ui.callouts.getByRole("listitem")).toHaveCount(2);
    await expect(ui.callouts).toContainText("CreateUser by alex.miller");
    await expect(ui.callouts).toContainText("AttachUserPolicy AdministratorAccess by alex.miller");
    await expect(ui.highlighted).toHaveCount(2);
    await expect(ui.highlighted.nth(0)).toContainText("CreateUser");
    await expect(ui.highlighted.nth(0)).toContainText("svc-datasync");
    await expect(ui.highlighted.nth(1)).toContainText("AttachUserPolicy");
    await expect(ui.highlighted.nth(1)).toContainText("arn:aws:iam::aws:policy/AdministratorAccess");
    await expect(ui.highlighted.nth(0)).toContainText(/2026-01-08 \d\d:\d\d:\d\d/);
    await expect(ui.root.locator("td[data-marked]").first()).toBeVisible();
  },
  recon: async (ui) => {
    await expect(ui.view).toHaveText("View: Bucket · faketshirtco-financial-reports");
    await expect(ui.talk).toContainText("reconnaissance");
    await expect(ui.highlighted).toHaveCount(1);
    await expect(ui.highlighted).toContainText("ListBucket");
    await expect(ui.highlighted).toContainText("faketshirtco-financial-reports");
    await expect(ui.highlighted).toContainText(/2026-01-09 /);
  },
  "test-read": async (ui) => {
    await expect(ui.view).toHaveText(/^View: Event detail · \S+/);
    await expect(ui.talk).toContainText("one");
    await expect(ui.highlighted).toHaveCount(1);
    await expect(ui.highlighted).toContainText("faketshirtco-financial-reports/2026/q1/budget-forecast-2026.xlsx");
    await expect(ui.highlighted).toContainText(/2026-01-10 /);
    await expect(ui.root.getByRole("region", { name: "Raw record" })).toContainText("budget-forecast-2026.xlsx");
  },
  exfil: async (ui) => {
    await expect(ui.view).toHaveText("View: Exfil pattern · alex.miller");
    await expect(ui.talk).toContainText(SEED_TALKING_POINTS["Exfil Pattern"]);
    await expect(ui.facts).toContainText("01:00–05:00 UTC");
    const files = ui.root.getByRole("table", { name: "Files from faketshirtco-financial-reports" });
    await expect(files).toContainText("annual-financial-report.xlsx");
    await expect(files).toContainText("merger-plans-2025.docx");
    // The outlined cells are the night reads of Days 11–14, all between 01:00 and 05:00.
    const marked = ui.root.locator("td[data-marked]");
    await expect(marked.first()).toBeVisible();
    const labels = await marked.evaluateAll((cells) => cells.map((c) => c.getAttribute("aria-label") ?? ""));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const l of labels) expect(l).toMatch(/^2026-01-1[1-4] 0[1-4]:00–0[2-5]:00 UTC: \d+ GetObject events?$/);
    const times = await ui.evidence.locator("tbody tr td:nth-child(2)").allTextContents();
    for (const t of times) expect(t).toMatch(/^2026-01-1[1-4] 0[1-4]:/);
  },
  attribution: async (ui) => {
    await expect(ui.view).toHaveText("View: Search");
    await expect(ui.talk).toContainText(SEED_TALKING_POINTS["Who Did It"]);
    const results = ui.root.getByRole("table", { name: "Search results" });
    await expect(results).toContainText("Linux");
    await expect(results).toContainText("macOS");
    await expect(ui.evidence).toContainText("svc-datasync");
    await expect(ui.evidence).toContainText("ListBucket");
  },
};

/** Dispatches keydowns in one task, so no render can come between them. */
async function pressTogether(page: Page, keys: string[]): Promise<void> {
  await page.evaluate((ks) => {
    for (const key of ks) window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  }, keys);
}

async function expectStep(ui: Ui, page: Page, index: number): Promise<void> {
  const step = EXFIL_STORY.steps[index]!;
  await expect(ui.title).toHaveText(step.title);
  await expect(ui.progress).toHaveAttribute("aria-valuenow", String(index + 1));
  await expect(ui.progress).toHaveAttribute("aria-valuetext", `Step ${index + 1} of ${EXFIL_STORY.steps.length}`);
  await expect(page).toHaveURL(index === 0 ? /\/story\/present\?story=exfil$/ : new RegExp(`/story/present\\?story=exfil&step=${index + 1}$`));
  await CHECKS[step.id]!(ui, page);
}

test("presenter mode: the exfil story from the first step to the last with the keyboard, blanking, and the presenter window in sync", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await generateDemo(page);
  const story = await openStory(page);
  await expect(story.picker).toHaveValue("exfil");
  await story.present.click();
  const ui = presentPage(page);
  await expect(ui.root).toBeVisible();
  const last = EXFIL_STORY.steps.length - 1;

  // End, Home and a number key jump.
  await expectStep(ui, page, 0);
  await page.keyboard.press("End");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[last]!.title);
  await page.keyboard.press("Home");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[0]!.title);
  await page.keyboard.press("3");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[2]!.title);
  // Two keys in one task, before React can render between them (a presenter's
  // quick double tap): each moves a step.
  await pressTogether(page, ["PageUp", "ArrowLeft"]);
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[0]!.title);
  await expect(page).toHaveURL(/\/story\/present\?story=exfil$/);

  // First to last, with each of the "next" keys in turn.
  const nextKeys = ["ArrowRight", "Space", "PageDown"];
  for (let i = 0; i <= last; i++) {
    await expectStep(ui, page, i);
    await page.screenshot({ path: testInfo.outputPath(`present-step-${i + 1}.png`) });
    if (i < last) await page.keyboard.press(nextKeys[i % nextKeys.length]!);
  }
  // Past the end stays on the last step.
  await page.keyboard.press("ArrowRight");
  await expect(ui.progress).toHaveAttribute("aria-valuenow", String(last + 1));

  // B blanks the screen and brings it back.
  await page.keyboard.press("b");
  await expect(ui.blank).toBeVisible();
  await expect(ui.talk).toBeHidden();
  await page.keyboard.press("B");
  await expect(ui.blank).toHaveCount(0);
  await expect(ui.talk).toBeVisible();

  // The presenter window: notes, next step and timer, in sync both ways.
  await page.keyboard.press("Home");
  await expectStep(ui, page, 0);
  const [notes] = await Promise.all([page.context().waitForEvent("page"), ui.controls.getByRole("button", { name: "Open presenter window" }).click()]);
  await notes.waitForLoadState();
  const panel = notes.getByRole("region", { name: "Presenter notes" });
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 1 of 6");
  await expect(panel.getByRole("region", { name: "Current step" })).toContainText(EXFIL_STORY.steps[0]!.notes);
  await expect(panel.getByRole("region", { name: "Next step" })).toContainText(EXFIL_STORY.steps[1]!.title);
  await expect(panel.getByRole("timer", { name: "Elapsed time" })).toHaveText(/^\d\d:\d\d$/);

  // The audience window moves the notes…
  await page.keyboard.press("ArrowRight");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[1]!.title);
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 2 of 6");
  await expect(panel.getByRole("region", { name: "Current step" })).toContainText(EXFIL_STORY.steps[1]!.notes);
  await expect(panel.getByRole("region", { name: "Next step" })).toContainText(EXFIL_STORY.steps[2]!.title);
  // …and the notes window moves the audience's, by key and by button, and blanks it.
  await notes.keyboard.press("ArrowRight");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[2]!.title);
  await panel.getByRole("button", { name: "Next →" }).click();
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[3]!.title);
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 4 of 6");
  // Two keys in the notes window before the audience's answers: two steps.
  await pressTogether(notes, ["ArrowLeft", "ArrowLeft"]);
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[1]!.title);
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 2 of 6");
  await pressTogether(notes, ["ArrowRight", "PageDown"]);
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[3]!.title);
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 4 of 6");
  await notes.keyboard.press("b");
  await expect(ui.blank).toBeVisible();
  await expect(panel.getByTestId("notes-position")).toHaveText("Step 4 of 6 · screen blanked");
  await notes.keyboard.press("b");
  await expect(ui.blank).toHaveCount(0);
  await notes.keyboard.press("End");
  await expect(ui.title).toHaveText(EXFIL_STORY.steps[last]!.title);
  await expect(panel.getByRole("region", { name: "Next step" })).toContainText("This is the last step.");
  await notes.close();

  // Esc leaves presenter mode for the story page, on the same step.
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/story\?story=exfil&step=6$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EXFIL_STORY.steps[last]!.title);
});
