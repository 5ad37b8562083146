/**
 * Two ways to drive the engine for the shared test suite: directly, and
 * through EngineClient over a real MessageChannel (structured clone and
 * transfer semantics as with a Worker).
 */
import { EngineClient, reviveError } from "./client";
import { Engine } from "./engine";
import type { Method, Params, Progress, Request, Result } from "./protocol";

export interface EngineDriver {
  name: string;
  call<M extends Method>(method: M, params: Params<M>): Promise<Awaited<Result<M>>>;
  progress: Progress[];
  close(): void;
}

/** Drives the Engine class in-process, through the same request/reply path the worker uses. */
export function directDriver(): EngineDriver {
  const progress: Progress[] = [];
  const waiting = new Map<number, (m: unknown) => void>();
  let id = 0;
  const engine = new Engine((msg) => {
    if ("type" in msg) progress.push(msg.progress);
    else waiting.get(msg.requestId)?.(msg);
  });
  return {
    name: "direct",
    progress,
    call: <M extends Method>(method: M, params: Params<M>) =>
      new Promise<Awaited<Result<M>>>((resolve, reject) => {
        const reqId = ++id;
        waiting.set(reqId, (m) => {
          waiting.delete(reqId);
          const reply = m as { ok: boolean; result: unknown; error: { name: string; message: string } };
          if (reply.ok) resolve(reply.result as Awaited<Result<M>>);
          else reject(reviveError(reply.error));
        });
        void engine.handle({ id: reqId, method, params } as Request);
      }),
    close: () => undefined,
  };
}

/** Drives the engine through EngineClient over a MessageChannel. */
export function channelDriver(): EngineDriver {
  const { port1, port2 } = new MessageChannel();
  const engine = new Engine((msg, transfer) => port1.postMessage(msg, transfer));
  port1.addEventListener("message", (ev: MessageEvent) => void engine.handle(ev.data as Request));
  port1.start();
  port2.start();
  const client = new EngineClient(port2 as unknown as ConstructorParameters<typeof EngineClient>[0]);
  const progress: Progress[] = [];
  client.onProgress((p) => progress.push(p));
  return {
    name: "worker client",
    progress,
    call: (method, params) => client.call(method, params) as never,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
