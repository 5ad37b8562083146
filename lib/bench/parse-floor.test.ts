import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureParseFloor } from "./parse-floor";
import { processCpuMs } from "./timing";

describe("measureParseFloor", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "trailscope-floor-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads every non-empty line, with or without a final newline, broken ones included", async () => {
    const path = join(dir, "a.jsonl");
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ eventID: `e${i}`, note: "é€😀".repeat(i % 7) }));
    lines.splice(10, 0, "{not json", "");
    await writeFile(path, lines.join("\r\n"));
    const floor = await measureParseFloor(path);
    expect(floor.lines).toBe(5001);
    expect(floor.readDecodeParseCpuMs).toBeGreaterThan(0);
    expect(floor.readDecodeParseWallMs).toBeGreaterThan(0);
  });

  it("counts lines across its 32 MB reads", async () => {
    const path = join(dir, "big.jsonl");
    const line = JSON.stringify({ eventID: "x", pad: "p".repeat(1000) });
    const n = Math.ceil((40 << 20) / (line.length + 1));
    await writeFile(path, (line + "\n").repeat(n));
    await expect(measureParseFloor(path)).resolves.toMatchObject({ lines: n });
  }, 60_000);

  it("reports the process's CPU time, which grows with work", () => {
    const before = processCpuMs();
    let x = 0;
    for (let i = 0; i < 5e6; i++) x += Math.sqrt(i);
    expect(x).toBeGreaterThan(0);
    expect(processCpuMs()).toBeGreaterThan(before);
  });
});
