import { describe, expect, it } from "vitest";
import { EventTable } from "../../lib/index/table";
import { resolveStory } from "../../lib/story/resolve";
import type { EvidenceFacts } from "../../lib/story/evidence";
import { appendNotes, emptyStory } from "./story-model";
import { stepChartModel } from "./chart-bars";
import { buildReport } from "./report";

const HOSTILE = "<img src=x onerror=alert(1)>";

async function hostileResolved() {
  const made = appendNotes(emptyStory("case-1", `Case ${HOSTILE}`), [
    { id: "n1", text: `Look: ${HOSTILE} <script>alert(2)</script>`, target: { kind: "principal", principal: HOSTILE }, createdAt: 1 },
  ]);
  if (!made.ok) throw new Error(made.errors.join());
  return resolveStory(made.story, { table: new EventTable(), readRecord: () => Promise.reject(new Error("no data")) });
}

describe("buildReport", () => {
  it("builds an HTML file with every value escaped and no script", async () => {
    const file = buildReport(await hostileResolved(), "html", { images: new Map([["note-n1", "data:image/png;base64,AAAA"]]) });
    expect(file.fileName).toBe("case-1.html");
    expect(file.mime).toMatch(/^text\/html/);
    expect(file.text).not.toMatch(/<script/i);
    expect(file.text).not.toContain("<img src=x");
    expect(file.text).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(file.text).toContain('<img src="data:image/png;base64,AAAA"');
    expect(file.text).toContain("No data was loaded.");
  });

  it("builds a Markdown file whose HTML-looking text is escaped", async () => {
    const file = buildReport(await hostileResolved(), "md");
    expect(file.fileName).toBe("case-1.md");
    // Markdown escapes with a backslash: no "<" reaches a renderer as a tag.
    expect(file.text).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(file.text).not.toMatch(/(?<!\\)<(img|script)/);
    expect(file.text).toMatch(/^# Case /);
  });
});

function facts(overrides: Partial<EvidenceFacts>): EvidenceFacts {
  return { count: 0, fields: {} as EvidenceFacts["fields"], hours: new Array<number>(24).fill(0), days: [], ...overrides };
}

describe("stepChartModel", () => {
  it("draws nothing without evidence", () => {
    expect(stepChartModel(facts({}), 100, 50)).toBeNull();
  });

  it("draws days when the evidence spans several, scaled to the peak", () => {
    const day = Date.UTC(2026, 0, 11);
    const m = stepChartModel(facts({ count: 30, days: [{ day, count: 10 }, { day: day + 86_400_000, count: 20 }] }), 200, 100)!;
    expect(m.title).toMatch(/per day/);
    expect(m.peak).toBe(20);
    expect(m.bars.map((b) => [b.label, b.count, b.h, b.y])).toEqual([
      ["01-11", 10, 50, 50],
      ["01-12", 20, 100, 0],
    ]);
    expect(m.bars[1]!.x).toBeGreaterThan(m.bars[0]!.x + m.bars[0]!.w);
  });

  it("draws hours of day when the evidence is one day", () => {
    const hours = new Array<number>(24).fill(0);
    hours[2] = 4;
    const m = stepChartModel(facts({ count: 4, hours, days: [{ day: 0, count: 4 }] }), 240, 10)!;
    expect(m.title).toMatch(/per hour/);
    expect(m.bars).toHaveLength(24);
    expect(m.bars[2]).toMatchObject({ label: "02", count: 4, h: 10 });
  });
});
