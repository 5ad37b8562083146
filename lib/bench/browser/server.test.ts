import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newestMtime } from "./server";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function touch(path: string, seconds: number): void {
  writeFileSync(path, "x");
  utimesSync(path, seconds, seconds);
}

describe("newestMtime (is out/ older than the sources?)", () => {
  it("finds the newest source file at any depth and ignores tests", () => {
    const root = mkdtempSync(join(tmpdir(), "trailscope-mtime-"));
    dirs.push(root);
    mkdirSync(join(root, "lib", "index"), { recursive: true });
    touch(join(root, "lib", "a.ts"), 1_000);
    touch(join(root, "lib", "index", "b.ts"), 2_000);
    touch(join(root, "lib", "index", "b.test.ts"), 9_000);
    expect(newestMtime(join(root, "lib"))).toBe(2_000_000);
    expect(newestMtime(join(root, "missing"))).toBe(0);
    // Node-only folders are skipped: the app is not built from them.
    expect(newestMtime(join(root, "lib"), new Set([join(root, "lib", "index")]))).toBe(1_000_000);
  });
});
