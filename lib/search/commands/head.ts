/** `head [N]` / `tail [N]` (default 10): the first N results, or the last N in reverse order (as Splunk's tail). */
import { SearchFailure } from "../ast";
import { inEventOrder } from "../frame-order";
import { selectPositions } from "../frame";
import { MESSAGES } from "../messages";
import { parseCount, type Tokens } from "../tokens";
import { defineCommand } from "./types";

const DEFAULT_COUNT = 10;

function parseLimit(tokens: Tokens, command: string): { count: number } {
  let count = DEFAULT_COUNT;
  if (tokens.isOption()) {
    const { key, value } = tokens.option();
    if (key.value.toLowerCase() !== "limit") throw SearchFailure.at(key, MESSAGES.unknownOption(command, key.value, ["limit"]));
    count = parseCount(value, command, "limit");
  } else if (!tokens.atEnd()) count = parseCount(tokens.next("a count"), command, "the count");
  tokens.done();
  return { count };
}

export const head = defineCommand<{ count: number }>({
  name: "head",
  mode: "args",
  transforming: false,
  parse: (tokens) => parseLimit(tokens, "head"),
  reads: () => [],
  run(input, { count }) {
    const frame = inEventOrder(input);
    const n = Math.min(count, frame.n);
    return selectPositions(frame, Uint32Array.from({ length: n }, (_, i) => i));
  },
});

export const tail = defineCommand<{ count: number }>({
  name: "tail",
  mode: "args",
  transforming: false,
  parse: (tokens) => parseLimit(tokens, "tail"),
  reads: () => [],
  run(input, { count }) {
    const frame = inEventOrder(input);
    const n = Math.min(count, frame.n);
    return selectPositions(frame, Uint32Array.from({ length: n }, (_, i) => frame.n - 1 - i));
  },
});
