/** Locators and steps shared by the story specs (role-based first). */
import type { Page } from "@playwright/test";
import { formatCount } from "../lib/state/format";
import { readExpectations } from "./expectations";
import { expect } from "./fixtures";
import { loadPage } from "./load-page";

/** The story page's landmarks. */
export function storyPage(page: Page) {
  const side = page.getByRole("complementary", { name: "Story" });
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    side,
    picker: side.getByLabel("Story"),
    generate: side.getByRole("button", { name: "Generate story from findings" }),
    training: side.getByLabel("Training mode"),
    present: side.getByRole("link", { name: "Present" }),
    steps: side.getByRole("navigation", { name: "Steps" }).getByRole("button"),
    title: page.getByRole("heading", { level: 1 }),
    view: page.getByTestId("step-view"),
    talk: page.getByRole("region", { name: "Talking point" }),
    question: page.getByRole("region", { name: "Question" }),
    callouts: page.getByRole("list", { name: "Callouts" }),
    evidence: page.getByRole("table", { name: "Evidence events" }),
    facts: page.locator('dl[aria-label="Evidence facts"]'),
    problems: page.getByRole("region", { name: "Problems" }),
    score: page.getByRole("region", { name: "Training score" }),
    alert: page.getByRole("main").getByRole("alert"),
  };
}

/** The presenter's landmarks. */
export function presentPage(page: Page) {
  const root = page.getByRole("region", { name: "Presentation" });
  return {
    root,
    progress: root.getByRole("progressbar", { name: "Story progress" }),
    title: root.getByRole("heading", { level: 1 }),
    view: root.getByTestId("step-view"),
    talk: root.getByRole("region", { name: "Talking point" }),
    callouts: root.getByRole("list", { name: "Callouts" }),
    evidence: root.getByRole("table", { name: "Evidence events" }),
    highlighted: root.getByRole("table", { name: "Evidence events" }).locator("tr[data-callout]"),
    facts: root.locator('dl[aria-label="Evidence facts"]'),
    blank: page.getByTestId("blank-screen"),
    controls: root.getByRole("navigation", { name: "Presentation controls" }),
  };
}

/** Generates the demo on the load page and waits until it is loaded. */
export async function generateDemo(page: Page): Promise<void> {
  const load = loadPage(page);
  await page.goto("/");
  await load.generate.click();
  await expect(load.ready).toHaveText(`Ready: ${formatCount(readExpectations().demo.events)} events loaded`, { timeout: 60_000 });
}

/** Opens /story from the header (a client-side navigation: the data stays in this tab's worker). */
export async function openStory(page: Page) {
  const ui = storyPage(page);
  await ui.nav.getByRole("link", { name: "Story" }).click();
  await expect(page).toHaveURL(/\/story(\?.*)?$/);
  await expect(ui.side).toBeVisible();
  return ui;
}
