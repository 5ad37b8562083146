/** Role-based locators of analyst notes (wherever they show) and of the stories pages, shared by the notes specs. */
import type { Page } from "@playwright/test";

/** Notes and stories. */
export function notesUi(page: Page) {
  const main = page.getByRole("main");
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    /** The notes section of an event, principal, bucket ("Notes on this event"). */
    on: (noun: "event" | "principal" | "bucket") => main.getByRole("region", { name: `Notes on this ${noun}` }),
    add: (noun: "event" | "principal" | "bucket" | "time range") => main.getByRole("button", { name: `Add note on this ${noun}` }),
    editor: (noun: "event" | "principal" | "bucket" | "time range") => main.getByRole("textbox", { name: `New note on this ${noun}` }),
    save: main.getByRole("button", { name: "Save note" }),
    inRange: main.getByRole("region", { name: "Notes in this time range" }),
    markers: page.getByRole("figure", { name: "Histogram of events over time" }).locator(".note-marker"),
    allNotes: main.getByRole("list", { name: "All notes" }),
    notes: main.getByTestId("note"),
    steps: main.getByRole("list", { name: "Steps" }).getByRole("listitem"),
    savedStories: main.getByRole("list", { name: "Your stories" }),
    importFile: page.getByLabel("Import story JSON…"),
    alert: main.getByRole("alert"),
    status: main.getByRole("status"),
  };
}
