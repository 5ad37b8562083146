/**
 * The engine's story methods, directly and through the worker client: the
 * built-in exfil story resolves on the generated demo of several seeds and
 * sizes (its evidence found by query), a story from findings comes back as
 * valid story data, and a bad story is refused with its problems named.
 */
import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "../story/builtin/exfil";
import { storySchema, type Story } from "../story/schema";
import { channelDriver, directDriver, type EngineDriver } from "./test-harness";

const DRIVERS = [
  ["direct", directDriver],
  ["worker client", channelDriver],
] as const;

async function withEngine(make: () => EngineDriver, fn: (e: EngineDriver) => Promise<void>): Promise<void> {
  const e = make();
  try {
    await fn(e);
  } finally {
    e.close();
  }
}

describe.each(DRIVERS)("resolveStory (%s)", (_name, make) => {
  it.each([
    { seed: 42, events: 0, start: "2026-01-01" },
    { seed: 7, events: 30_000, start: "2025-06-10" },
  ])("resolves the built-in exfil story on the demo (seed $seed, $events events, from $start)", ({ seed, events, start }) =>
    withEngine(make, async (e) => {
      await e.call("generate", { jobId: 1, options: { seed, events, start } });
      const r = await e.call("resolveStory", { story: EXFIL_STORY, options: { sampleRows: 2_000 } });
      expect(r.problemSteps).toBe(0);
      expect(r.steps.map((s) => s.id)).toEqual(EXFIL_STORY.steps.map((s) => s.id));
      expect(r.dataset.firstDay).toBe(Date.parse(`${start}T00:00:00Z`));
      const step = (id: string) => r.steps.find((s) => s.id === id)!;
      const day = (n: number) => Date.parse(`${start}T00:00:00Z`) + (n - 1) * 86_400_000;

      const backdoor = step("backdoor");
      expect(backdoor.evidence.sample.map((row) => row.eventName)).toEqual(["CreateUser", "AttachUserPolicy"]);
      expect(backdoor.evidence.sample.every((row) => row.principal === "alex.miller")).toBe(true);
      expect(backdoor.evidence.sample[0]?.targetUser).toBe("svc-datasync");
      expect(backdoor.evidence.sample[1]?.policyArn).toMatch(/AdministratorAccess$/);
      expect(backdoor.view.filters.timeRange).toEqual({ start: day(8), end: day(9) });

      const exfil = step("exfil");
      expect(exfil.view.kind).toBe("exfil");
      expect(exfil.view.principal).toBe("alex.miller");
      expect(exfil.evidence.total).toBeGreaterThan(10);
      expect(exfil.evidence.facts.hours.every((n, h) => (h >= 1 && h < 5) || n === 0)).toBe(true);
      expect(exfil.evidence.sample).toHaveLength(exfil.evidence.total);
      const keys = exfil.evidence.sample.map((row) => row.objectKey).join(" ");
      expect(keys).toContain("annual-financial-report.xlsx");
      expect(keys).toContain("merger-plans-2025.docx");
      expect(exfil.evidence.span!.start).toBeGreaterThanOrEqual(day(11));
      expect(exfil.evidence.span!.end).toBeLessThanOrEqual(day(15));

      // The attribution gathers the four attack steps' rows.
      const gathered = ["backdoor", "recon", "test-read", "exfil"].reduce((n, id) => n + step(id).evidence.total, 0);
      expect(step("attribution").evidence.total).toBe(gathered);
    }),
  );

  it("names each step's problem on data without the scenario, and resolves on an empty engine", () =>
    withEngine(make, async (e) => {
      const empty = await e.call("resolveStory", { story: EXFIL_STORY });
      expect(empty.dataset.events).toBe(0);
      expect(empty.steps.every((s) => s.problems[0] === "no data is loaded")).toBe(true);
      await e.call("generate", { jobId: 1, options: { scenarios: [] } });
      const r = await e.call("resolveStory", { story: EXFIL_STORY });
      expect(r.steps.find((s) => s.id === "backdoor")!.problems).toContain("no CreateUser by alex.miller on Day 8 in this dataset");
    }),
  );

  it("refuses a story that is not valid, naming the problem", () =>
    withEngine(make, async (e) => {
      const bad = { ...EXFIL_STORY, steps: [{ ...EXFIL_STORY.steps[0]!, view: { kind: "nowhere" } }] } as unknown as Story;
      await expect(e.call("resolveStory", { story: bad })).rejects.toThrow(/the story is not valid: steps\[0\] \("Baseline: Days 1–7"\)\.view/);
    }),
  );
});

describe.each(DRIVERS)("storyFromFindings (%s)", (_name, make) => {
  it("turns the demo's findings into a valid story: an overview, then alex.miller's chain", () =>
    withEngine(make, async (e) => {
      await e.call("generate", { jobId: 1, options: { seed: 42 } });
      const story = await e.call("storyFromFindings", {});
      expect(storySchema.safeParse(story).success).toBe(true);
      expect(story.steps[0]?.id).toBe("overview");
      expect(story.steps.length).toBeGreaterThan(2);
      expect(story.title).toBe("What happened: alex.miller");
      expect(story.steps.some((s) => s.talkingPoint.includes("alex.miller"))).toBe(true);
      // The story runs on the data it came from without problems.
      const r = await e.call("resolveStory", { story });
      expect(r.steps.filter((s) => s.index > 0 && s.evidence.total === 0)).toEqual([]);
      expect(r.problemSteps).toBe(0);
    }),
  );

  it("passes its options on, and says there is nothing on an empty engine", () =>
    withEngine(make, async (e) => {
      const none = await e.call("storyFromFindings", { id: "mine", title: "Mine" });
      expect(none).toMatchObject({ id: "mine", title: "Mine" });
      expect(none.steps.map((s) => s.id)).toEqual(["overview"]);
      expect(none.steps[0]?.talkingPoint).toContain("no findings");
    }),
  );
});
