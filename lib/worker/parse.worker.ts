// A parse worker of the engine's pool: serves RangeRequests, nothing more.
import { serveParseRequest, type ParseReplyMessage, type ParseRequestMessage } from "./parse-pool";

interface WorkerScope {
  postMessage(message: ParseReplyMessage, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (ev: MessageEvent<ParseRequestMessage>) => void): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener("message", (ev) => serveParseRequest(ev.data, (reply, transfer) => scope.postMessage(reply, transfer)));
