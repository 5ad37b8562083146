/**
 * `npm run -s bench:browser -- [--events N] [--json] [--no-build]`: drives the
 * production build in Chromium (Playwright's library API, the flags of
 * playwright.config.ts) and measures ingest of a generated file against the
 * Node ingest of the same file, worker memory, filter-click-to-paint
 * latency, the longest main-thread task while scrolling, and first-load JS.
 */
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import config from "../../../playwright.config";
import { UsageError } from "../../cli/args";
import { defaultThreadCount } from "../../cli/thread-pool";
import { generateDatasetFile } from "../dataset-file";
import { ingestFile } from "../ingest-file";
import { parseBrowserBenchArgs, type BrowserBenchOptions } from "./args";
import { firstLoadJsKb } from "./first-load";
import { installProbes } from "./page-probes";
import { openTimeline, SCROLL_END_MARK, SCROLL_START_MARK, scrollLongestTask, timeFilterClicks, timeIngest } from "./page-steps";
import { clickPercentiles, formatBrowserReport, type BrowserBenchDetails, type BrowserBenchReport } from "./report";
import { ensureBuild, freePort, serveOut } from "./server";
import { tasksBetweenMarks, type TaskTimes, type TraceEvent } from "./trace-tasks";
import { workerMemory } from "./worker-memory";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const MB = 1024 * 1024;
const r1 = (n: number) => Math.round(n * 10) / 10;

function launchOptions() {
  const project = config.projects?.[0]?.use;
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: project?.launchOptions?.args ?? [],
    viewport: project?.viewport ?? { width: 1440, height: 900 },
  };
}

async function run(opts: BrowserBenchOptions, log: (s: string) => void): Promise<{ report: BrowserBenchReport; details: BrowserBenchDetails }> {
  ensureBuild(ROOT, opts.build, log);
  const dataset = await generateDatasetFile(opts.events, log);
  const server = await serveOut(ROOT, opts.port || (await freePort()));
  try {
    const threads = defaultThreadCount();
    log(`node ingest of ${dataset.path} with ${threads} parse thread(s)`);
    const node = await ingestFile(dataset.path, { threads });
    const events = node.table.size;
    log(`node: ${events} events in ${node.ms.toFixed(0)} ms`);
    node.data.clear(); // the browser needs the memory more than this process does

    const { executablePath, args, viewport } = launchOptions();
    const browser = await chromium.launch({ executablePath, args });
    try {
      const context = await browser.newContext({ viewport });
      // tsx (esbuild keepNames) wraps named inner functions in __name(); functions sent to the page need it there too.
      await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
      await context.addInitScript(installProbes);
      const firstLoad = await firstLoadJsKb(context, server.url);
      log(`first load: ${firstLoad.kb} kB gzip JS in ${firstLoad.files} files`);
      const page = await context.newPage();
      page.on("pageerror", (e) => log(`page error: ${e.message}`));
      const ingest = await timeIngest(page, server.url, dataset.path, 30 * 60_000);
      log(`browser: ${ingest.events} events in ${ingest.ms.toFixed(0)} ms`);
      if (ingest.events !== events) throw new Error(`the browser loaded ${ingest.events} events, Node ${events}`);
      await openTimeline(page);
      const memory = await workerMemory(context, page);
      const heap = memory.reduce((n, w) => n + w.heapUsed, 0);
      const buffers = memory.reduce((n, w) => n + w.backingStore, 0);
      log(`worker memory: ${memory.map((w) => `${new URL(w.url).pathname}: heap ${r1(w.heapUsed / MB)} MB, buffers ${r1(w.backingStore / MB)} MB`).join("; ")}`);
      const clicks = await timeFilterClicks(page, opts.clicks);
      log(`filter clicks: ${clicks.map((c) => c.toFixed(0)).join(" ")}`);
      // With --trace, the scrolling step is traced (not by default: the trace's own writing loads the machine), and each
      // task's thread time tells its work from time the OS gave its core to another process.
      const categories = ["toplevel", "blink.user_timing", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "renderer.scheduler"];
      if (opts.trace) await browser.startTracing(page, { path: opts.trace, screenshots: false, categories });
      const scroll = await scrollLongestTask(page);
      log(`scrolling: longest task ${scroll.longestTaskMs.toFixed(0)} ms, longest frame ${scroll.longestFrameMs.toFixed(0)} ms`);
      let cpu: TaskTimes | null = null;
      if (opts.trace) {
        const trace = await browser.stopTracing();
        log(`trace of the scrolling step: ${opts.trace} (${trace.byteLength} bytes)`);
        cpu = tasksBetweenMarks((JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents, SCROLL_START_MARK, SCROLL_END_MARK);
        log(`scrolling trace: ${cpu.tasks} tasks; longest ${cpu.longestMs.toFixed(1)} ms (${cpu.longestCpuMs.toFixed(1)} ms of it on the CPU); most CPU in one task ${cpu.maxCpuMs.toFixed(1)} ms`);
      }
      const report: BrowserBenchReport = {
        events,
        ingestMs: Math.round(ingest.ms),
        nodeIngestMs: Math.round(node.ms),
        workerMemoryMB: r1((heap + buffers) / MB),
        filterToPaintMs: clickPercentiles(clicks),
        longestTaskMs: r1(scroll.longestTaskMs),
        ...(cpu ? { longestTaskCpuMs: r1(cpu.maxCpuMs) } : {}),
        firstLoadJsKb: firstLoad.kb,
      };
      const details: BrowserBenchDetails = {
        clicks,
        workerHeapMB: r1(heap / MB),
        workerBuffersMB: r1(buffers / MB),
        indexMB: r1(ingest.indexBytes / MB),
        longestFrameMs: r1(scroll.longestFrameMs),
        longTasks: scroll.tasks,
        jsFiles: firstLoad.files,
        load: loadavg().map((n) => n.toFixed(2)).join(" "),
      };
      return { report, details };
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    await dataset.cleanup();
  }
}

async function main(): Promise<number> {
  let opts: BrowserBenchOptions;
  try {
    opts = parseBrowserBenchArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message + "\n");
      return 2;
    }
    throw e;
  }
  const onInterrupt = () => process.exit(130);
  process.once("SIGINT", onInterrupt);
  const { report, details } = await run(opts, (s) => process.stderr.write(`[bench:browser] ${s}\n`));
  process.stdout.write(opts.json ? JSON.stringify(report) + "\n" : formatBrowserReport(report, details) + "\n");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench:browser failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
