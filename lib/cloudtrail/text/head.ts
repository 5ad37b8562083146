/**
 * Reads the first bytes of a text file into a `Head`: how it is framed
 * (JSON lines or JSON document), what container holds its elements, and its
 * first element, parsed. Formats detect from this.
 */
import { CONTAINER_KEYS } from "../formats/registry";
import type { Framing, Head } from "../formats/types";
import type { Json } from "../types";
import { DocumentScanner } from "./document-scanner";
import { decodeLenient } from "./utf8";

/** How many leading bytes detection looks at… */
export const HEAD_BYTES = 64 * 1024;
/** …or more, up to this, until the first line ends. */
export const MAX_HEAD_BYTES = 4 * 1024 * 1024;

/** Lines looked at when deciding whether a file is JSON lines. */
const PROBE_LINES = 5;

function tryParse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The first value of a JSON-lines head: a line starting with "{" at column 0 that parses as an object. */
function firstLineObject(text: string, eof: boolean): Json | undefined {
  let start = 0;
  let seen = 0;
  while (start < text.length && seen < PROBE_LINES) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) {
      if (!eof) return undefined;
      nl = text.length;
    }
    const raw = text.slice(start, nl);
    start = nl + 1;
    if (raw.trim() === "") continue;
    seen++;
    if (raw.charCodeAt(0) !== 123) continue;
    const v = tryParse(raw);
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
  }
  return undefined;
}

/** What the scanner shows of a document head: the container it entered and the first element. */
function probeDocument(bytes: Uint8Array, eof: boolean): { container: string; first: Json | undefined } {
  let first: Json | undefined;
  let container = "";
  let got = false;
  const decoder = new TextDecoder();
  const scanner = new DocumentScanner(
    {
      element(b, _offset, _line, _index, c) {
        if (got) return;
        got = true;
        container = c;
        first = tryParse(decoder.decode(b));
      },
      error() {},
    },
    CONTAINER_KEYS,
  );
  scanner.push(bytes);
  if (eof) scanner.finish();
  return { container: got ? container : (scanner.firstContainer ?? ""), first };
}

/** Builds the head of a file from its first bytes (after any BOM); undefined when it is not JSON at all. */
export function readHead(path: string, bytes: Uint8Array, eof: boolean): Head | undefined {
  const text = decodeLenient(bytes);
  const lead = text.search(/\S/);
  if (lead < 0) return undefined;
  const c = text[lead];
  const doc = c === "{" || c === "[" ? probeDocument(bytes, eof) : undefined;
  let framing: Framing;
  let container = "";
  let first: Json | undefined;
  if (doc && doc.container !== "") {
    framing = "document";
    container = doc.container;
    first = doc.first;
  } else {
    const lineValue = firstLineObject(text, eof);
    if (lineValue !== undefined) {
      framing = "lines";
      first = lineValue;
    } else if (doc) {
      framing = "document";
      first = doc.first;
    } else {
      return undefined;
    }
  }
  return { path, framing, container, first, text };
}
