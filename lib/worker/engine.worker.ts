// The worker entry: wires the engine to the worker's global scope, nothing more.
import { Engine } from "./engine";
import type { Request } from "./protocol";

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (ev: MessageEvent<Request>) => void): void;
}

const scope = self as unknown as WorkerScope;
const engine = new Engine((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener("message", (ev) => {
  void engine.handle(ev.data);
});
