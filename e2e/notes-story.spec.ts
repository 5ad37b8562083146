import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { notesUi } from "./notes-page";
import { bucketsPage, usersPage } from "./users-page";

const WHO = "alex.miller";
const BUCKET = "faketshirtco-financial-reports";
const HOSTILE = "<img src=x onerror=alert(1)>";

/** Empties the stories store behind the app's back (as clearing site data would). */
async function clearStories(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("trailscope");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("stories", "readwrite");
          tx.objectStore("stories").clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The step titles shown by the story editor, in order. */
async function stepTitles(page: Page): Promise<string[]> {
  return notesUi(page).steps.locator("h3").allTextContents();
}

test("principal, bucket and time notes become a story that is reordered, edited, exported, imported back and reported safely", async ({ page }, testInfo) => {
  const notes = notesUi(page);
  const users = usersPage(page);
  const buckets = bucketsPage(page);

  // A principal note, on the principal's page (the demo generated from its empty state).
  await page.goto(`/users?principal=${WHO}`);
  await users.generate.click();
  await expect(users.title).toHaveText(WHO, { timeout: 60_000 });
  await notes.add("principal").click();
  await notes.editor("principal").fill(`Who did it: ${WHO} ${HOSTILE}`);
  await notes.save.click();
  await expect(notes.on("principal").getByTestId("note")).toContainText(`Who did it: ${WHO} ${HOSTILE}`);
  await expect(notes.on("principal").locator("img")).toHaveCount(0);

  // A bucket note, on the bucket's page.
  await notes.nav.getByRole("link", { name: "Buckets" }).click();
  await buckets.link(BUCKET).click();
  await expect(users.title).toHaveText(BUCKET);
  await expect(notes.on("bucket").getByTestId("note")).toHaveCount(0);
  await notes.add("bucket").click();
  await notes.editor("bucket").fill("Exfil target: the *financial reports*");
  await notes.save.click();
  await expect(notes.on("bucket").locator("em")).toHaveText("financial reports");
  await page.screenshot({ path: testInfo.outputPath("bucket-note.png"), fullPage: true });

  // The principal note is on its page only: not on another principal's, back on its own.
  await notes.nav.getByRole("link", { name: "Users" }).click();
  await expect(users.title).toHaveText(WHO);
  await page.getByRole("link", { name: "← All principals" }).click();
  const other = users.list.getByRole("link").filter({ hasNotText: WHO }).first();
  const otherName = (await other.textContent()) ?? "";
  await other.click();
  await expect(users.title).toHaveText(otherName);
  await expect(notes.add("principal")).toBeVisible();
  await expect(notes.on("principal").getByTestId("note")).toHaveCount(0);
  await page.getByRole("link", { name: "← All principals" }).click();
  await users.link(WHO).click();
  await expect(notes.on("principal")).toContainText("Who did it");
  await expect(notes.on("principal").getByTestId("note")).toHaveCount(1);

  // A note on the timeline's whole range.
  await notes.nav.getByRole("link", { name: "Timeline" }).click();
  await notes.add("time range").click();
  await notes.editor("time range").fill("Baseline: two weeks of normal traffic");
  await notes.save.click();
  await expect(notes.inRange.getByRole("button", { name: "1 note in this range" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Histogram of events over time" }).locator(".note-marker-time")).toHaveCount(1);

  // The three notes become steps of "My investigation", in the order their targets happened.
  await notes.nav.getByRole("link", { name: "Notes" }).click();
  await expect(notes.notes).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select all" }).check();
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(notes.status).toContainText("Added 3 steps to “My investigation”.");
  await notes.status.getByRole("link", { name: "Edit the story" }).click();
  await expect(page).toHaveURL(/\/story\/edit\?story=my-investigation$/);
  const principalTitle = `Who did it: ${WHO} ${HOSTILE}`;
  await expect(notes.steps).toHaveCount(3);
  expect(await stepTitles(page)).toEqual(["Baseline: two weeks of normal traffic", principalTitle, "Exfil target: the financial reports"]);

  // Reorder with a button, then with the keyboard (Alt+↓ on the focused step, which keeps focus).
  await page.getByRole("button", { name: "Move step 3 up" }).click();
  await expect(notes.steps.nth(1)).toHaveAttribute("aria-label", "Step 2: Exfil target: the financial reports");
  await notes.steps.first().focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(notes.steps.nth(1)).toHaveAttribute("aria-label", "Step 2: Baseline: two weeks of normal traffic");
  await expect(notes.steps.nth(1)).toBeFocused();
  expect(await stepTitles(page)).toEqual(["Exfil target: the financial reports", "Baseline: two weeks of normal traffic", principalTitle]);

  // Edit a step; an empty title is refused with the schema's message.
  await page.getByRole("button", { name: "Edit step 1" }).click();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(" ");
  await page.getByRole("button", { name: "Save step" }).click();
  await expect(notes.alert.first()).toContainText("title");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("The files taken");
  await page.getByRole("textbox", { name: "Talking point (Markdown)" }).fill("**Financial reports** left the company between 01:00 and 05:00.");
  await page.getByRole("textbox", { name: "Speaker notes" }).fill("Pause here.");
  await page.getByRole("button", { name: "Save step" }).click();
  await expect(notes.steps.first().locator("h3")).toHaveText("The files taken");
  await expect(notes.steps.first().locator("strong")).toHaveText("Financial reports");

  // Delete the baseline step.
  await page.getByRole("button", { name: "Delete step 2" }).click();
  await expect(notes.steps).toHaveCount(2);
  const finalTitles = ["The files taken", principalTitle];
  expect(await stepTitles(page)).toEqual(finalTitles);
  await page.screenshot({ path: testInfo.outputPath("story-editor.png"), fullPage: true });

  // Export as JSON.
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe("my-investigation.story.json");
  const jsonPath = testInfo.outputPath("my-investigation.story.json");
  await jsonDownload.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, "utf8")) as { steps: { title: string; notes: string }[] };
  expect(exported.steps.map((s) => s.title)).toEqual(finalTitles);

  // Clear the stored stories, reload: the library has none. Import the file: the same steps.
  await clearStories(page);
  await page.goto("/story/edit");
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  await expect(notes.savedStories.getByRole("listitem")).toHaveCount(0);
  await notes.importFile.setInputFiles(jsonPath);
  await expect(notes.status).toHaveText("Imported “My investigation” (2 steps) from my-investigation.story.json.");
  await notes.savedStories.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/story\/edit\?story=my-investigation$/);
  expect(await stepTitles(page)).toEqual(finalTitles);
  await expect(notes.steps.first()).toContainText("Speaker notes: Pause here.");

  // A broken file: an error naming the file and each problem's path; nothing is lost.
  await page.getByRole("link", { name: "← All stories" }).click();
  await notes.importFile.setInputFiles({
    name: "broken-story.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ version: 1, id: "broken", title: "Broken", steps: [{ id: "s1", title: "No view" }] })),
  });
  await expect(notes.alert).toContainText("broken-story.json was not imported (nothing was changed)");
  await expect(notes.alert).toContainText('steps[0] ("No view").view');
  await notes.importFile.setInputFiles({ name: "not-json.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
  await expect(notes.alert).toContainText("not-json.json was not imported");
  await expect(notes.alert).toContainText("not valid JSON");
  await expect(notes.savedStories.getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("story-import-error.png"), fullPage: true });

  // The HTML report: self-contained, no script, the hostile note as escaped text.
  const mine = notes.savedStories.getByRole("listitem", { name: "My investigation" });
  const [htmlDownload] = await Promise.all([page.waitForEvent("download"), mine.getByRole("button", { name: "Export HTML" }).click()]);
  expect(htmlDownload.suggestedFilename()).toBe("my-investigation.html");
  const htmlPath = testInfo.outputPath("my-investigation.html");
  await htmlDownload.saveAs(htmlPath);
  const html = await readFile(htmlPath, "utf8");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toContain("<img src=x");
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).toContain("<strong>Financial reports</strong>");

  // And the Markdown report.
  const [mdDownload] = await Promise.all([page.waitForEvent("download"), mine.getByRole("button", { name: "Export Markdown" }).click()]);
  expect(mdDownload.suggestedFilename()).toBe("my-investigation.md");
  const md = await readFile((await mdDownload.path())!, "utf8");
  expect(md).toContain("## 1. The files taken");
  expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
});

test("a built-in story opens read-only, becomes an editable copy that can be renamed, and is deleted after a confirmation", async ({ page }, testInfo) => {
  const notes = notesUi(page);
  await page.goto("/story/edit");
  const builtin = page.getByRole("list", { name: "Built-in stories" }).getByRole("listitem", { name: "The FakeTShirtCo exfiltration" });
  await builtin.getByRole("link", { name: "View / copy" }).click();
  await expect(page).toHaveURL(/\/story\/edit\?story=exfil$/);
  await expect(page.getByRole("main")).toContainText("built-in, read-only");
  await expect(notes.steps).toHaveCount(6);
  await expect(page.getByRole("button", { name: /^Move step/ })).toHaveCount(0);
  const titles = await notes.steps.locator("h3").allTextContents();

  await page.getByRole("button", { name: "Make an editable copy" }).click();
  await expect(page).toHaveURL(/\/story\/edit\?story=exfil-copy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The FakeTShirtCo exfiltration (copy)");
  expect(await notes.steps.locator("h3").allTextContents()).toEqual(titles);
  await expect(page.getByRole("button", { name: "Move step 2 up" })).toBeEnabled();

  await page.getByRole("textbox", { name: "Story title" }).fill("Exfil for the board");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exfil for the board");
  await page.screenshot({ path: testInfo.outputPath("story-copy.png"), fullPage: true });

  await page.getByRole("button", { name: "Delete story" }).click();
  await page.getByRole("button", { name: "Yes, delete “Exfil for the board”" }).click();
  await expect(page).toHaveURL(/\/story\/edit$/);
  await expect(notes.savedStories.getByRole("listitem")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Built-in stories" }).getByRole("listitem")).toHaveCount(1);
});
