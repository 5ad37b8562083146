/**
 * The shared e2e fixture: every test fails on an uncaught page error or a
 * console error, from the page or from its workers.
 */
import { test as base, expect, type ConsoleMessage } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    const onConsole = (source: string) => (msg: ConsoleMessage) => {
      if (msg.type() === "error") problems.push(`${source} console.error: ${msg.text()}`);
    };
    page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
    page.on("console", onConsole("page"));
    page.on("worker", (worker) => worker.on("console", onConsole(`worker ${worker.url()}`)));
    await use(page);
    expect(problems, "the page logged errors").toEqual([]);
  },
});

export { expect };
