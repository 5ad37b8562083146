/**
 * Private by construction: during a whole session (load the app, generate the
 * demo, upload a file, browse every view, open an event, run a search,
 * export CSV) every request — from the page and from its workers — goes to
 * the app's own origin; the Content-Security-Policy is sent and applied, no
 * violation happens, and an injected inline script is refused.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoInjection, installInjectionProbe, writeHostileFile } from "./hostile-data";
import { loadPage } from "./load-page";
import { timelinePage } from "./timeline-page";

/** Every request URL the context makes (pages, workers, service workers), recorded from before the first navigation. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (r) => urls.push(r.url()));
  context.on("weberror", (e) => urls.push(`weberror: ${e.error().message}`));
  return urls;
}

/** Requests that left the origin (data: URLs never reach a network; blob: URLs carry their creator's origin). */
function foreign(urls: string[], origin: string): string[] {
  return urls.filter((u) => {
    if (u.startsWith("data:")) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
}

async function visit(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
}

test("a full session makes no request to another origin", async ({ page, context, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const urls = recordRequests(context);
  await installInjectionProbe(page);
  const load = loadPage(page);
  await page.goto("/");
  await expect(load.generate).toBeEnabled();
  await load.generate.click();
  await expect(load.ready).toBeVisible({ timeout: 60_000 });
  await load.chooseFiles.setInputFiles(writeHostileFile(testInfo.outputPath("hostile.jsonl")));
  await expect(load.ready).toBeVisible();

  const tl = timelinePage(page);
  await visit(page, "Timeline");
  await expect(tl.rows.first()).toBeVisible();
  await tl.rows.first().getByRole("gridcell").first().click();
  await expect(tl.rawJson).toBeVisible();
  await page.keyboard.press("Escape");
  const [events] = await Promise.all([page.waitForEvent("download"), tl.events.getByRole("button", { name: "Export CSV" }).click()]);
  expect(readFileSync(await events.path(), "utf8").split("\r\n")[0]).toContain("Time");

  await visit(page, "Users");
  await page.getByRole("table", { name: "Principals" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "Buckets");
  await page.getByRole("table", { name: "S3 buckets" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "Search");
  await page.getByRole("textbox", { name: "Search (SPL)" }).fill("index=cloud | stats count by eventName");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("table", { name: "Search results" }).getByRole("row").nth(1)).toBeVisible();
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  await visit(page, "Findings");
  await expect(page.getByRole("table", { name: "Findings", exact: true }).getByRole("row").nth(1)).toBeVisible();
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  await visit(page, "Exfil");
  // The story views, a story's HTML report and the notes list.
  await visit(page, "Story");
  await page.getByRole("combobox", { name: "Story" }).selectOption({ label: "The FakeTShirtCo exfiltration (built-in)" });
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(/\/story\/present/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await visit(page, "Story");
  await page.getByRole("link", { name: "Edit, import and export stories" }).click();
  const builtIn = page.getByRole("list", { name: "Built-in stories" }).getByRole("listitem").first();
  await Promise.all([page.waitForEvent("download"), builtIn.getByRole("button", { name: "Export HTML" }).click()]);
  await visit(page, "Notes");
  await visit(page, "Load");

  await expectNoInjection(page, "the session");
  expect(urls.length, "requests were recorded").toBeGreaterThan(10);
  expect(urls.some((u) => /\/_next\/static\/.*\.js/.test(u)), "worker and chunk requests were recorded").toBe(true);
  expect(foreign(urls, origin), "requests to other origins").toEqual([]);
});

test("every page is served with a strict Content-Security-Policy, and an injected inline script is refused", async ({ context, request }) => {
  for (const path of ["/", "/timeline", "/users", "/buckets", "/search", "/findings", "/exfil", "/no-such-page"]) {
    const res = await request.get(path);
    const header = res.headers()["content-security-policy"] ?? "";
    expect(header, `${path} CSP header`).toContain("default-src 'self'");
    expect(header).toContain("connect-src 'self'");
    expect(header).toContain("object-src 'none'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toContain("unsafe-inline");
    expect(header).not.toContain("unsafe-eval");
    expect(header).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(await res.text());
    expect(meta?.[1], `${path} CSP meta`).toBe(header.replace("; frame-ancestors 'none'", ""));
  }
  const js = await request.get((/src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(await (await request.get("/")).text()) ?? [])[1]!);
  expect(js.headers()["content-security-policy"], "scripts (and so workers) carry a policy too").toContain("connect-src 'self'");

  // A page of its own: the violations below are provoked on purpose, and the fixture's page fails on console errors.
  const page = await context.newPage();
  await installInjectionProbe(page);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Generate demo dataset" })).toBeEnabled();
  // An attacker who got markup into the page still cannot run inline script or reach another origin.
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/.test(m.text())) refused.push(m.text());
  });
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __csp: string[]; __inline?: number };
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.append(s);
    let fetched = "no";
    try {
      await fetch("http://example.invalid/x", { mode: "no-cors" });
      fetched = "yes";
    } catch {
      fetched = "blocked";
    }
    await new Promise((r) => setTimeout(r, 50));
    const out = { ran: w.__inline ?? null, fetched, violations: w.__csp.slice() };
    s.remove();
    w.__csp.length = 0;
    return out;
  });
  expect(outcome.ran, "the injected inline script did not run").toBeNull();
  expect(outcome.fetched).toBe("blocked");
  expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^connect-src/)]));
  expect(refused.length, "the browser reported the refusals").toBeGreaterThanOrEqual(1);
  await page.close();
});
