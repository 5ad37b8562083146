// A Node parse worker (worker_threads): serves RangeRequests for multi-core ingest.
import { parentPort } from "node:worker_threads";
import { serveParseRequest, type ParseRequestMessage } from "../worker/parse-pool";

const port = parentPort;
if (!port) throw new Error("parse-thread.ts must run as a worker thread");
port.on("message", (msg: ParseRequestMessage) => serveParseRequest(msg, (reply, transfer) => port.postMessage(reply, transfer as never)));
