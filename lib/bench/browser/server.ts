/** The static export (`out/`): built when missing or older than the sources, served by scripts/serve-static.mjs on a free port. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** What the static export is built from. */
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json", "package-lock.json"];
/** Node-only code under lib/ (the benchmark and the CLI): editing it must not cost a rebuild of the app. */
const NOT_IN_APP = ["lib/bench", "lib/cli"];

/** The newest modification time (ms) of a file under `path`, tests and the paths in `skip` excluded; 0 when there is none. */
export function newestMtime(path: string, skip: ReadonlySet<string> = new Set()): number {
  if (!existsSync(path) || skip.has(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name), skip));
  return newest;
}

/**
 * Builds the app when `out/` is missing or older than its sources: a benchmark of a stale build measures code that
 * is no longer there. With building not allowed, a missing build fails and a stale one is used with a warning.
 */
export function ensureBuild(root: string, allowBuild: boolean, log: (s: string) => void): void {
  const built = join(root, "out", "index.html");
  if (existsSync(built)) {
    const skip = new Set(NOT_IN_APP.map((p) => join(root, p)));
    const stale = Math.max(...SOURCES.map((p) => newestMtime(join(root, p), skip))) > statSync(built).mtimeMs;
    if (!stale) return;
    if (!allowBuild) {
      log("warning: out/ is older than the sources; measuring it anyway (--no-build)");
      return;
    }
    log("out/ is older than the sources: npm run -s build");
  } else {
    if (!allowBuild) throw new Error(`${join(root, "out")} is missing and --no-build was given`);
    log("out/ is missing: npm run -s build");
  }
  const r = spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`the build failed (exit ${r.status})`);
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running static server and how to stop it. */
export interface StaticServer {
  url: string;
  stop(): void;
}

/** Serves `out/` on `port` and waits until it answers. */
export async function serveOut(root: string, port: number): Promise<StaticServer> {
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts", "serve-static.mjs"), join(root, "out"), String(port)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  process.once("exit", stop);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the static server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url + "/");
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`the static server did not answer on ${url}`);
}
