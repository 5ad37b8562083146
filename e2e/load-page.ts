/** Locators of the load page shared by the specs (role-based, like a screen reader sees the page). */
import type { Page } from "@playwright/test";

/** The load page's landmarks and controls. */
export function loadPage(page: Page) {
  return {
    heading: page.getByRole("heading", { level: 1, name: "Load CloudTrail logs" }),
    header: page.getByRole("banner"),
    dropZone: page.getByRole("region", { name: "Drop zone" }),
    chooseFiles: page.getByLabel("Choose files"),
    chooseFolder: page.getByLabel("Choose folder"),
    generate: page.getByRole("button", { name: "Generate demo dataset" }),
    size: page.getByLabel("Size"),
    seed: page.getByLabel("Seed"),
    progress: page.getByRole("progressbar"),
    cancel: page.getByRole("button", { name: "Cancel", exact: true }),
    dataset: page.getByRole("region", { name: "Dataset", exact: true }),
    ready: page.getByRole("status").filter({ hasText: /^Ready: / }),
    report: page.getByRole("table", { name: "Per-file report" }),
    clear: page.getByRole("button", { name: "Clear", exact: true }),
    // Scoped to main: Next's route announcer is an (empty) alert too.
    alert: page.getByRole("main").getByRole("alert"),
    /** The report row of one file (matched by its path). */
    fileRow: (path: string) => page.getByRole("table", { name: "Per-file report" }).getByRole("row").filter({ hasText: path }).first(),
    /** The problem list (errors with lines) of one file. */
    problems: (path: string) => page.getByRole("list", { name: `Problems in ${path}` }),
  };
}
