/** Role-based locators of the timeline, the filter bar and the header, shared by the timeline and filter specs. */
import type { Page } from "@playwright/test";

/** The timeline's landmarks and controls. */
export function timelinePage(page: Page) {
  const header = page.getByRole("banner");
  const filters = page.getByRole("region", { name: "Filters" });
  const events = page.getByRole("region", { name: "Events", exact: true });
  return {
    header,
    nav: page.getByRole("navigation", { name: "Views" }),
    filters,
    search: page.getByRole("searchbox", { name: "Search events" }),
    chips: filters.getByRole("list", { name: "Active filters" }),
    /** The chip whose text is exactly `text` (e.g. "Principal = alex.miller"). */
    chip: (text: string) => filters.getByRole("list", { name: "Active filters" }).getByRole("button", { name: text, exact: true }),
    chart: page.getByRole("region", { name: "Events over time" }),
    bars: page.getByRole("figure", { name: "Histogram of events over time" }).locator("rect[data-bucket]"),
    plot: page.getByRole("figure", { name: "Histogram of events over time" }).locator(".recharts-wrapper"),
    facets: page.getByRole("region", { name: "Facets" }),
    facet: (label: string) => page.getByRole("region", { name: `${label} values` }),
    events,
    table: events.getByRole("grid", { name: "Events" }),
    rows: events.getByRole("grid", { name: "Events" }).locator("tbody tr:not([aria-busy]):not([data-stale])"),
    columnHeader: (name: string) => events.getByRole("columnheader", { name }),
    detail: page.getByRole("complementary", { name: "Event details" }),
    rawJson: page.getByRole("complementary", { name: "Event details" }).getByLabel("Raw record JSON"),
    noDataset: page.getByRole("region", { name: "Timeline" }),
    generate: page.getByRole("button", { name: "Generate demo dataset" }),
    /** "N after filters" in the header. */
    afterFilters: header.getByText(/after filters$/),
    alert: page.getByRole("main").getByRole("alert"),
  };
}
