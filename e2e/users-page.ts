/** Role-based locators of the users and buckets views, shared by their specs. */
import type { Page } from "@playwright/test";

/** The users list and a principal's page. */
export function usersPage(page: Page) {
  const list = page.getByRole("table", { name: "Principals" });
  return {
    nav: page.getByRole("navigation", { name: "Views" }),
    title: page.getByRole("heading", { level: 1 }),
    search: page.getByRole("searchbox", { name: "Search principals" }),
    list,
    /** The list row of one principal (by its link). */
    row: (name: string) => list.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) }),
    link: (name: string) => list.getByRole("link", { name, exact: true }),
    /** The value of one figure of the page's summary. */
    stat: (label: string) => page.getByRole("main").locator("dl[aria-label='Summary'] > div").filter({ has: page.getByRole("term").getByText(label, { exact: true }) }).getByRole("definition"),
    heatmapEvents: page.getByRole("combobox", { name: "Heatmap events" }),
    heatmap: (eventName = "") => page.getByRole("table", { name: eventName ? `Hour of day by day: ${eventName}` : "Hour of day by day" }),
    panel: (name: string) => page.getByRole("region", { name, exact: true }),
    findings: page.getByRole("region", { name: "Findings for this principal" }),
    timelineLink: page.getByRole("link", { name: "Events in timeline" }),
    noDataset: (title: string) => page.getByRole("region", { name: title, exact: true }),
    generate: page.getByRole("button", { name: "Generate demo dataset" }),
    alert: page.getByRole("main").getByRole("alert"),
  };
}

/** The buckets list and a bucket's page. */
export function bucketsPage(page: Page) {
  const list = page.getByRole("table", { name: "S3 buckets" });
  return {
    list,
    search: page.getByRole("searchbox", { name: "Search buckets" }),
    row: (name: string) => list.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) }),
    link: (name: string) => list.getByRole("link", { name, exact: true }),
    level: (bucket: string) => page.getByRole("combobox", { name: `Sensitivity of ${bucket}` }),
    objects: page.getByRole("table", { name: "Objects" }),
    listing: page.getByRole("table", { name: "Listing" }),
    offHours: page.getByRole("region", { name: "Off-hours access" }),
    findings: page.getByRole("region", { name: "Findings touching this bucket" }),
    byPrincipal: page.getByRole("figure", { name: "Access over time by principal" }),
    byEvent: page.getByRole("figure", { name: "Access over time by event name" }),
  };
}
