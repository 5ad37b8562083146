import { describe, expect, it } from "vitest";
import { Activity } from "./activity";

/** An Activity on a fake clock: sleeping advances it, and serves the requests scheduled meanwhile. */
function fakeClock() {
  let t = 0;
  const events: { at: number; run: () => void }[] = [];
  const activity = new Activity(
    () => t,
    async (ms) => {
      const until = t + ms;
      for (const e of events.filter((e) => e.at <= until).sort((a, b) => a.at - b.at)) {
        t = e.at;
        e.run();
        events.splice(events.indexOf(e), 1);
      }
      t = until;
    },
    300,
  );
  return { activity, at: (ms: number, run: () => void) => events.push({ at: ms, run }), now: () => t, advance: (ms: number) => (t += ms) };
}

describe("Activity", () => {
  it("is quiet at once when nothing was asked", async () => {
    const { activity, now } = fakeClock();
    await activity.quiet();
    expect(now()).toBe(0);
  });

  it("waits while a request is served and for the quiet time after the last one", async () => {
    const { activity, at, now } = fakeClock();
    activity.begin();
    at(500, () => activity.end());
    at(600, () => activity.begin()); // the next query of the same interaction
    at(650, () => activity.end());
    await activity.quiet();
    expect(now()).toBeGreaterThanOrEqual(950);
    expect(activity.isQuiet).toBe(true);
  });

  it("unbalanced ends never leave it busy for ever", () => {
    const { activity, advance } = fakeClock();
    activity.end();
    activity.end();
    activity.begin();
    activity.end();
    expect(activity.isQuiet).toBe(false); // just ended
    advance(300);
    expect(activity.isQuiet).toBe(true);
  });
});
