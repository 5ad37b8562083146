/**
 * The benchmark's steps in the app: load a file through the load page's
 * picker, open the timeline, time filter clicks until the chart and the
 * table have painted, and scroll the events table far while recording the
 * main thread's long tasks.
 */
import type { Locator, Page } from "@playwright/test";
import { fieldLabel } from "../../state/field-names";
import { clickToPaint, type BenchProbe } from "./page-probes";

const PAINT_PREFIX = "trailscope:paint:";
const READY_MARK = "trailscope:dataset-ready";

/** What the app reports when a load is ready. */
export interface IngestTiming {
  ms: number;
  events: number;
  indexBytes: number;
}

/** Loads `path` with the "Choose files" picker; ms from the input's change event to the dataset being ready. */
export async function timeIngest(page: Page, url: string, path: string, timeoutMs: number): Promise<IngestTiming> {
  await page.goto(url + "/");
  const input = page.getByLabel("Choose files");
  await page.waitForFunction(() => {
    const el = document.querySelector('input[type="file"]');
    return el instanceof HTMLInputElement && !el.disabled;
  });
  await input.setInputFiles(path);
  await page.waitForFunction((name) => performance.getEntriesByName(name, "mark").length > 0, READY_MARK, { timeout: timeoutMs, polling: 200 });
  return page.evaluate((name) => {
    const start = performance.getEntriesByName("bench:file-selected", "mark")[0];
    const end = performance.getEntriesByName(name, "mark")[0] as PerformanceMark | undefined;
    if (!start || !end) throw new Error("the ingest marks are missing");
    const detail = end.detail as { events: number; indexBytes: number };
    return { ms: end.startTime - start.startTime, events: detail.events, indexBytes: detail.indexBytes };
  }, READY_MARK);
}

/** Waits until both views have painted the filter key `key`. */
async function waitPainted(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    ({ prefix, key }) => {
      const last = (n: string) => {
        const m = performance.getEntriesByName(prefix + n, "mark");
        return (m[m.length - 1] as PerformanceMark | undefined)?.detail;
      };
      return last("chart") === key && last("table") === key;
    },
    { prefix: PAINT_PREFIX, key },
    { timeout: 120_000, polling: 100 },
  );
}

/** Opens the timeline by its nav link (a client-side move: the worker and its data stay). */
export async function openTimeline(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  await waitPainted(page, "{}");
}

/** Clicks `target` and returns ms from the click to both views painting the new result. */
async function timedClick(page: Page, target: Locator): Promise<number> {
  await target.click();
  const handle = await page.waitForFunction(clickToPaint, PAINT_PREFIX, { timeout: 120_000, polling: "raf" });
  return (await handle.jsonValue()) as number;
}

const FACETS = ["principal", "eventName", "eventSource", "sourceIp", "errorCode", "region", "userAgent"];

/** Facet value `k` of `field` (its filter button, not the exclude one). */
function facetValue(page: Page, field: string, k: number): Locator {
  return page
    .getByRole("region", { name: "Facets" })
    .getByRole("region", { name: `${fieldLabel(field)} values` })
    .getByRole("listitem")
    .nth(k)
    .getByRole("button")
    .first();
}

/**
 * Alternates a click on a facet value (adds a chip) and a click on the chip's
 * remove button (back to every event), `warmups` + `clicks` times; returns the
 * timed clicks' durations (warm-ups dropped).
 */
export async function timeFilterClicks(page: Page, clicks: number, warmups = 2): Promise<number[]> {
  const times: number[] = [];
  const facets = page.getByRole("region", { name: "Facets" });
  const remove = page.getByRole("region", { name: "Filters" }).getByRole("button", { name: /^Remove filter / });
  for (let i = 0; i < warmups + clicks; i++) {
    await facets.and(page.locator('[aria-busy="false"]')).waitFor();
    const adding = i % 2 === 0;
    const field = FACETS[Math.floor(i / 2) % FACETS.length]!;
    const target = adding ? facetValue(page, field, Math.floor(i / 2 / FACETS.length) % 3) : remove.first();
    const ms = await timedClick(page, target);
    if (i >= warmups) times.push(ms);
  }
  return times;
}

/** Performance marks around the scrolling step, so a trace of it can be cut to the step (trace-tasks.ts). */
export const SCROLL_START_MARK = "bench:scroll-start";
export const SCROLL_END_MARK = "bench:scroll-end";

/** Scrolls the events table (wheel steps, scrollTop jumps, a drag-like sweep); longest long task and frame gap in ms. */
export async function scrollLongestTask(page: Page): Promise<{ longestTaskMs: number; longestFrameMs: number; tasks: number }> {
  // Resolved once: a role query walks the accessibility tree, which would load the very thread being measured.
  const scroller = await page.getByRole("grid", { name: "Events" }).locator("xpath=..").elementHandle();
  if (!scroller) throw new Error("the events table is not on the page");
  const box = await scroller.boundingBox();
  if (!box) throw new Error("the events table is not visible");
  // Start once the page is idle: the last filter click's follow-up work (the chart settles a frame or two after it
  // painted) is that click's cost, not scrolling's.
  const t0 = await page.evaluate(
    (mark) =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            requestIdleCallback(
              () => {
                (window as unknown as { __benchFrames: (on: boolean) => void }).__benchFrames(true);
                resolve(performance.mark(mark).startTime);
              },
              { timeout: 5000 },
            ),
          ),
        ),
      ),
    SCROLL_START_MARK,
  );
  const frame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 1200);
    await frame();
  }
  // A jump is set at the start of a frame, as a scrollbar drag reaches the page: set from a script task instead, the
  // scrollTop write (and the size reads) would force a layout of whatever the app committed since the last frame
  // inside the benchmark's own task, a long task no user input makes.
  const jump = (f: number) =>
    scroller.evaluate(
      (el, f) =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            el.scrollTop = f * (el.scrollHeight - el.clientHeight);
            resolve();
          }),
        ),
      f,
    );
  for (const f of [0.1, 0.5, 0.9, 0.25, 1, 0.66, 0.02, 0.4]) {
    await jump(f);
    await frame();
  }
  // A scrollbar drag (headless Chromium hides scrollbars): a steady sweep, one position per frame.
  for (let i = 0; i <= 60; i++) {
    await jump(i / 60);
    await frame();
  }
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, -2400);
    await frame();
  }
  return page.evaluate(([t0, mark]) => {
    performance.mark(mark);
    const probe = (window as unknown as { __bench: BenchProbe }).__bench;
    (window as unknown as { __benchFrames: (on: boolean) => void }).__benchFrames(false);
    const tasks = probe.longTasks.filter((t) => t.start >= t0);
    return { longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0), longestFrameMs: probe.frames.longest, tasks: tasks.length };
  }, [t0, SCROLL_END_MARK] as const);
}
