import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect, test } from "./fixtures";
import { waitForStoredCopy } from "./stored-copy";
import { loadPage } from "./load-page";
import { notesUi } from "./notes-page";
import { timelinePage } from "./timeline-page";

test("a note on an event is kept across a reload and shows in the notes list, the table, the detail panel and on the timeline", async ({ page }, testInfo) => {
  const expected = readExpectations().demo;
  const load = loadPage(page);
  const ui = timelinePage(page);
  const notes = notesUi(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(expected.events)} events loaded`, { timeout: 60_000 });
  await ui.nav.getByRole("link", { name: "Timeline" }).click();
  await expect(ui.rows.first()).toBeVisible();
  await expect(notes.inRange).toContainText("No notes in this range");

  // Open the newest event and pin a note to it.
  await ui.rows.first().getByRole("gridcell").first().click();
  await expect(ui.detail).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=/);
  const eventId = new URL(page.url()).searchParams.get("event")!;
  await notes.add("event").click();
  await notes.editor("event").fill("**Odd** call: check who made it\n\n- follow up with IT");
  await notes.save.click();
  const onEvent = notes.on("event");
  await expect(onEvent.getByTestId("note")).toHaveCount(1);
  await expect(onEvent.locator("strong")).toHaveText("Odd");
  await expect(onEvent.getByTestId("note").getByRole("listitem")).toHaveText("follow up with IT");

  // The row carries a badge; the chart a mark at its time; the range lists it.
  await expect(ui.rows.first().getByTestId("event-note-badge")).toBeVisible();
  await expect(ui.rows.first().getByRole("gridcell", { name: /, has a note$/ })).toBeVisible();
  await expect(notes.markers).toHaveCount(1);
  await expect(notes.inRange.getByRole("button", { name: "1 note in this range" })).toBeVisible();
  await expect(notes.inRange).toContainText(`event ${eventId}`);
  await page.screenshot({ path: testInfo.outputPath("event-note.png"), fullPage: true });

  // Reload: the note is kept (and the stored copy of the demo is read back).
  await waitForStoredCopy(page);
  await page.reload();
  await notes.nav.getByRole("link", { name: "Notes" }).click();
  await expect(page).toHaveURL(/\/notes/);
  await expect(notes.notes).toHaveCount(1);
  await expect(notes.allNotes).toContainText("Odd call: check who made it");
  await page.screenshot({ path: testInfo.outputPath("notes-list.png"), fullPage: true });

  // Its link opens the event on the timeline, where the note is.
  await notes.allNotes.getByRole("link", { name: new RegExp(`^event ${eventId}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline\\?.*event=${eventId}`));
  await expect(ui.detail).toBeVisible({ timeout: 60_000 });
  await expect(notes.on("event")).toContainText("Odd call: check who made it");
  await expect(notes.markers).toHaveCount(1);
  await expect(ui.rows.first().getByTestId("event-note-badge")).toBeVisible();

  // Edit it in place, then delete it: every view follows.
  await notes.on("event").getByRole("button", { name: /^Edit note on event/ }).click();
  await notes.on("event").getByRole("textbox").fill("Checked: a normal deploy");
  await notes.save.click();
  await expect(notes.on("event")).toContainText("Checked: a normal deploy");
  await expect(notes.inRange).toContainText("Checked: a normal deploy");
  await notes.on("event").getByRole("button", { name: /^Delete note on event/ }).click();
  await expect(notes.on("event").getByTestId("note")).toHaveCount(0);
  await expect(notes.markers).toHaveCount(0);
  await expect(ui.rows.first().getByTestId("event-note-badge")).toHaveCount(0);
});
