/** The static export (`out/`): built when missing, served by scripts/serve-static.mjs on a free port. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** Builds the app when `out/` is missing (or fails when building is not allowed). */
export function ensureBuild(root: string, allowBuild: boolean, log: (s: string) => void): void {
  if (existsSync(join(root, "out", "index.html"))) return;
  if (!allowBuild) throw new Error(`${join(root, "out")} is missing and --no-build was given`);
  log("out/ is missing: npm run -s build");
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
